using System.Runtime.InteropServices;

namespace Kino.Feed.Ranking;

/// <summary>A published video as the ranking knows it.</summary>
public sealed record FeedVideo(Guid Id, string CreatorId, string Prompt, DateTimeOffset PublishedAt, VisualSignature? Visual = null,
    bool AgeGated = false, bool Public = true, IReadOnlyList<string>? CameoIds = null, Guid? RemixOf = null);

/// <summary>How a page is ordered: Kino's learned ranking, or one of the two baselines it is measured against.</summary>
public enum RankingMode { Personalised, Popularity, Chronological }

public static class EngagementKinds
{
    public const string View = "view", Like = "like", Share = "share", Remix = "remix", Report = "report", NotInterested = "not_interested";
    public static readonly string[] All = [View, Like, Share, Remix, Report, NotInterested];
}

/// <summary>One engagement: who, which video, what, and for a view the share of the video watched (0–1).</summary>
public sealed record EngagementSignal(string UserId, Guid VideoId, string Kind, double WatchFraction, DateTimeOffset At);

public sealed record FeedRequest(string UserId, int Limit, RankingMode Mode, bool Teen, DateTimeOffset Now);

/// <summary>A ranked video, its score and which candidate source found it (following, fresh, popular, topic, similar, explore).</summary>
public sealed record RankedVideo(FeedVideo Video, double Score, string Source);

/// <summary>The ranking's knobs; the defaults are what the evaluation measured (docs/feed.md).</summary>
public sealed class FeedSettings
{
    public int MaxPerCreatorInWindow { get; set; } = 2;
    public int MaxPerTopicInWindow { get; set; } = 3;
    /// <summary>How many recently served videos the per-creator and per-topic limits look back over (across pages).</summary>
    public int DiversityWindow { get; set; } = 10;
    public double FreshnessHours { get; set; } = 72;
    public double PopularityHalfLifeHours { get; set; } = 24;
    public double DuplicatePenalty { get; set; } = 0.25;
    /// <summary>Distinct reporters that hide a video pending review.</summary>
    public int ReportThreshold { get; set; } = 3;
    /// <summary>Share of a page given to fresh videos with few views (so new videos get seen and learned).</summary>
    public double ExploreShare { get; set; } = 0.1;
}

/// <summary>
/// The feed's in-memory index and ranker. Candidates come from five sources (following, fresh, popular, the user's
/// topics, and nearest to the user's taste by text and visual embedding); an FTRL logistic model scores them from
/// user × video features and learns from every engagement as it arrives; freshness decays scores; near-duplicates
/// (by perceptual video hash) are demoted; a greedy pass keeps at most N per creator and per topic in a sliding window.
/// Only visible videos are served: not removed, not hidden by reports, public (or the viewer's own), and for teens
/// not age-gated. Thread-safe: one lock over the index, the model has its own.
/// </summary>
public sealed class FeedEngine(FeedSettings? settings = null)
{
    private readonly FeedSettings _settings = settings ?? new FeedSettings();
    private readonly Lock _gate = new();
    private readonly Turnstile _pageTurns = new();
    private readonly Dictionary<Guid, Entry> _videos = [];
    private readonly List<Entry> _byTime = [];
    private readonly Dictionary<string, List<Entry>> _byCreator = [];
    private readonly Dictionary<string, List<Entry>> _byTopic = [];
    private readonly Dictionary<string, int> _documentFrequency = [];
    private readonly Dictionary<string, User> _users = [];
    private readonly Dictionary<ulong, List<Entry>> _hashBands = [];
    private Entry[] _popular = [];
    private DateTimeOffset _popularAt = DateTimeOffset.MinValue;
    private readonly Random _random = new(7);

    public FtrlModel Model { get; } = new();

    /// <summary>First come, first served: a ticket lock that blocks instead of spinning.</summary>
    private sealed class Turnstile
    {
        private readonly object _sync = new();
        private long _next, _serving;

        public void Enter()
        {
            lock (_sync)
            {
                long ticket = _next++;
                while (ticket != _serving) Monitor.Wait(_sync);
            }
        }

        public void Exit()
        {
            lock (_sync)
            {
                _serving++;
                Monitor.PulseAll(_sync);
            }
        }
    }

    /// <summary>A video in the index, with its running engagement statistics.</summary>
    private sealed class Entry(FeedVideo video, string topic, float[] text)
    {
        public FeedVideo Video { get; set; } = video;
        public string Topic { get; } = topic;
        public float[] Text { get; } = text;
        public uint CreatorHash { get; } = TextEmbedding.Fnv(video.CreatorId);
        public uint TopicHash { get; } = TextEmbedding.Fnv(topic);
        public Guid? DuplicateOf { get; set; }
        public bool Removed, Hidden;
        public int Views, Likes, Shares, Remixes, NotInterested;
        public double WatchSum;
        public double Popularity;
        public DateTimeOffset PopularityAt = video.PublishedAt;
        public HashSet<string>? Reporters;

        public double PopularityAt_(DateTimeOffset now, double halfLifeHours) =>
            Popularity * Math.Pow(0.5, Math.Max(0, (now - PopularityAt).TotalHours) / halfLifeHours);
    }

    private sealed class User(string id)
    {
        public uint Hash { get; } = TextEmbedding.Fnv(id);
        public HashSet<string> Follows { get; } = [];
        public float[] Taste { get; } = new float[TextEmbedding.Dimensions];
        public float[] VisualTaste { get; } = new float[48];
        public Dictionary<string, double> Topics { get; } = [];
        public Dictionary<string, double> Disliked { get; } = [];
        public HashSet<Guid> Served { get; } = [];
        public Queue<Guid> ServedOrder { get; } = new();
        /// <summary>Videos the user watched: never served again, in this session or a later one.</summary>
        public HashSet<Guid> Watched { get; } = [];
        public Queue<Guid> WatchedOrder { get; } = new();
        public bool Seen(Guid id) => Served.Contains(id) || Watched.Contains(id);
        public Queue<(string Creator, string Topic)> Window { get; } = new();
        public string Id => id;
    }

    public int Count { get { lock (_gate) return _videos.Count; } }

    /// <summary>Indexes a published video; returns the earlier video it near-duplicates, if any.</summary>
    public Guid? Add(FeedVideo video)
    {
        var words = TextEmbedding.ContentWords(video.Prompt);
        lock (_gate)
        {
            if (_videos.ContainsKey(video.Id)) return _videos[video.Id].DuplicateOf;
            foreach (var w in words.Distinct()) _documentFrequency[w] = _documentFrequency.GetValueOrDefault(w) + 1;
            // The topic: the rarest of the first four content words (the subject, more often than a colour or a verb).
            var topic = words.Take(4).OrderBy(w => _documentFrequency.GetValueOrDefault(w)).ThenBy(w => w, StringComparer.Ordinal).FirstOrDefault() ?? "misc";
            var entry = new Entry(video, topic, TextEmbedding.Embed(words));
            entry.DuplicateOf = video.Visual is { } signature ? FindDuplicate(signature) : null;
            _videos[video.Id] = entry;
            _byTime.Add(entry);
            if (_byTime.Count > 1 && _byTime[^2].Video.PublishedAt > video.PublishedAt) _byTime.Sort((a, b) => a.Video.PublishedAt.CompareTo(b.Video.PublishedAt));
            ListOf(_byCreator, video.CreatorId).Add(entry);
            ListOf(_byTopic, topic).Add(entry);
            if (video.Visual is { FrameHashes.Length: > 0 } v)
                foreach (var band in Bands(v)) ListOf(_hashBands, band).Add(entry);
            return entry.DuplicateOf;
        }
    }

    private static List<Entry> ListOf<TKey>(Dictionary<TKey, List<Entry>> index, TKey key) where TKey : notnull
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
        return list ??= [];
    }

    /// <summary>Locality-sensitive buckets: the middle frame's hash cut into four 16-bit bands (a near-duplicate shares one).</summary>
    private static IEnumerable<ulong> Bands(VisualSignature v)
    {
        ulong middle = v.FrameHashes[v.FrameHashes.Length / 2];
        for (int b = 0; b < 4; b++) yield return ((ulong)b << 16) | ((middle >> (16 * b)) & 0xFFFF);
    }

    private Guid? FindDuplicate(VisualSignature signature)
    {
        if (signature.FrameHashes.Length == 0) return null;
        foreach (var band in Bands(signature))
            if (_hashBands.TryGetValue(band, out var bucket))
                foreach (var other in bucket)
                    if (!other.Removed && other.Video.Visual is { } o && signature.IsNearDuplicateOf(o))
                        return other.DuplicateOf ?? other.Video.Id;
        return null;
    }

    public FeedVideo? Get(Guid id) { lock (_gate) return _videos.TryGetValue(id, out var e) && !e.Removed ? e.Video : null; }

    public Guid? DuplicateOf(Guid id) { lock (_gate) return _videos.TryGetValue(id, out var e) ? e.DuplicateOf : null; }

    /// <summary>Takes a video out for good (deleted, consent revoked).</summary>
    public bool Remove(Guid id)
    {
        lock (_gate)
        {
            if (!_videos.TryGetValue(id, out var e) || e.Removed) return false;
            e.Removed = true;
            return true;
        }
    }

    /// <summary>Hides or restores a video (reports, admin review); true when that changed anything.</summary>
    public bool SetHidden(Guid id, bool hidden)
    {
        lock (_gate)
        {
            if (!_videos.TryGetValue(id, out var e) || e.Removed || e.Hidden == hidden) return false;
            e.Hidden = hidden;
            if (!hidden) e.Reporters?.Clear();
            return true;
        }
    }

    public bool IsHidden(Guid id) { lock (_gate) return _videos.TryGetValue(id, out var e) && e.Hidden; }

    public void Follow(string follower, string followee, bool follows)
    {
        lock (_gate)
        {
            var user = UserOf(follower);
            if (follows) user.Follows.Add(followee); else user.Follows.Remove(followee);
        }
    }

    private User UserOf(string id)
    {
        ref var user = ref CollectionsMarshal.GetValueRefOrAddDefault(_users, id, out _);
        return user ??= new User(id);
    }

    /// <summary>
    /// Learns from one engagement: the video's statistics and popularity, the user's taste, and one FTRL step.
    /// Returns true when a report just pushed the video over the threshold (it is hidden pending review).
    /// </summary>
    public bool Record(EngagementSignal signal)
    {
        Span<Feature> features = stackalloc Feature[16];
        int count;
        double label, weight;
        lock (_gate)
        {
            if (!_videos.TryGetValue(signal.VideoId, out var e)) return false;
            var user = UserOf(signal.UserId);
            double popularity = 0;
            switch (signal.Kind)
            {
                case EngagementKinds.View:
                    if (user.Watched.Add(e.Video.Id)) user.WatchedOrder.Enqueue(e.Video.Id);
                    while (user.WatchedOrder.Count > 5000) user.Watched.Remove(user.WatchedOrder.Dequeue());
                    e.Views++;
                    e.WatchSum += Math.Clamp(signal.WatchFraction, 0, 1);
                    popularity = 1 + signal.WatchFraction;
                    break;
                case EngagementKinds.Like: e.Likes++; popularity = 3; break;
                case EngagementKinds.Share: e.Shares++; popularity = 5; break;
                case EngagementKinds.Remix: e.Remixes++; popularity = 5; break;
                case EngagementKinds.NotInterested:
                    e.NotInterested++;
                    user.Disliked[e.Topic] = user.Disliked.GetValueOrDefault(e.Topic) + 1;
                    user.Disliked["@" + e.Video.CreatorId] = user.Disliked.GetValueOrDefault("@" + e.Video.CreatorId) + 1;
                    break;
                case EngagementKinds.Report:
                    (e.Reporters ??= []).Add(signal.UserId);
                    if (!e.Hidden && e.Reporters.Count >= _settings.ReportThreshold) { e.Hidden = true; return true; }
                    return false;
                default: return false;
            }
            if (popularity > 0)
            {
                e.Popularity = e.PopularityAt_(signal.At, _settings.PopularityHalfLifeHours) + popularity;
                e.PopularityAt = signal.At;
            }
            bool positive = signal.Kind is EngagementKinds.Like or EngagementKinds.Share or EngagementKinds.Remix
                            || (signal.Kind == EngagementKinds.View && signal.WatchFraction >= 0.6);
            if (positive) Learn(user, e, signal.Kind == EngagementKinds.View ? signal.WatchFraction : 1);
            count = Features(user, e, signal.At, features);
            (label, weight) = signal.Kind switch
            {
                EngagementKinds.View => (Math.Clamp(signal.WatchFraction, 0, 1), 1.0),
                EngagementKinds.NotInterested => (0.0, 2.0),
                _ => (1.0, 1.0),
            };
        }
        Model.Update(features[..count], label, weight);
        return false;
    }

    /// <summary>The user's taste moves towards what they enjoyed: text and visual embeddings, and topic affinity.</summary>
    private static void Learn(User user, Entry e, double strength)
    {
        const float rate = 0.1f;
        for (int i = 0; i < user.Taste.Length; i++) user.Taste[i] = (1 - rate) * user.Taste[i] + rate * e.Text[i];
        if (e.Video.Visual is { } v)
            for (int i = 0; i < user.VisualTaste.Length; i++) user.VisualTaste[i] = (1 - rate) * user.VisualTaste[i] + rate * v.ColourLayout[i];
        user.Topics[e.Topic] = user.Topics.GetValueOrDefault(e.Topic) * 0.98 + strength;
    }

    private static int Bucket(double value, double step, int max) => Math.Clamp((int)Math.Floor(value / step), 0, max);

    private static int Index(uint kind, uint a, uint b = 0)
    {
        uint h = kind * 0x9E3779B1u ^ a;
        h = (h ^ (h >> 15)) * 0x85EBCA77u ^ b;
        h = (h ^ (h >> 13)) * 0xC2B2AE3Du;
        return (int)(h ^ (h >> 16));
    }

    /// <summary>The user × video features the model scores (indicator features, hashed).</summary>
    private int Features(User user, Entry e, DateTimeOffset now, Span<Feature> into)
    {
        double ageHours = Math.Max(0, (now - e.Video.PublishedAt).TotalHours);
        double quality = (e.WatchSum + 1.0) / (e.Views + 2.0);       // mean share watched, smoothed towards 0.5
        double likeRate = (e.Likes + 0.1) / (e.Views + 2.0);
        double taste = TextEmbedding.Cosine(user.Taste, e.Text);
        double visual = e.Video.Visual is { } v ? TextEmbedding.Cosine(user.VisualTaste, v.ColourLayout) : 0;
        int n = 0;
        into[n++] = new(Index(1, 0), 1);
        into[n++] = new(Index(2, e.CreatorHash), 1);
        into[n++] = new(Index(3, e.TopicHash), 1);
        into[n++] = new(Index(4, user.Hash, e.TopicHash), 1);
        into[n++] = new(Index(5, user.Hash, e.CreatorHash), 1);
        into[n++] = new(Index(6, user.Follows.Contains(e.Video.CreatorId) ? 1u : 0u), 1);
        into[n++] = new(Index(7, (uint)Bucket(Math.Log2(1 + e.PopularityAt_(now, _settings.PopularityHalfLifeHours)), 1, 20)), 1);
        into[n++] = new(Index(8, (uint)Bucket(Math.Log2(1 + ageHours), 1, 12)), 1);
        into[n++] = new(Index(9, (uint)Bucket(quality, 0.1, 10)), 1);
        into[n++] = new(Index(10, (uint)Bucket(likeRate, 0.05, 10)), 1);
        into[n++] = new(Index(11, (uint)Bucket(taste + 1, 0.1, 20)), 1);
        into[n++] = new(Index(12, (uint)Bucket(visual + 1, 0.2, 10)), 1);
        into[n++] = new(Index(13, e.DuplicateOf is null ? 0u : 1u), 1);
        into[n++] = new(Index(14, user.Hash, (uint)Bucket(quality, 0.2, 5)), 1);
        return n;
    }

    private bool Visible(Entry e, User viewer, bool teen) =>
        !e.Removed && !e.Hidden && (e.Video.Public || e.Video.CreatorId == viewer.Id) && !(teen && e.Video.AgeGated);

    /// <summary>The next page of the endless feed: never a video this user was served recently.</summary>
    public IReadOnlyList<RankedVideo> Page(FeedRequest request)
    {
        // Pages take turns in arrival order. The index lock alone is not fair: a thread that has just released it takes
        // it straight back, and .NET lets a waiting thread be overtaken like that for up to 100 ms, so under steady load
        // about 1 page in 100 waited 50–100 ms while another thread served page after page (docs/feed.md, Speed).
        _pageTurns.Enter();
        try { return NextPage(request); }
        finally { _pageTurns.Exit(); }
    }

    private IReadOnlyList<RankedVideo> NextPage(FeedRequest request)
    {
        lock (_gate)
        {
            var user = UserOf(request.UserId);
            var candidates = new Dictionary<Guid, (Entry Entry, string Source)>();
            void Offer(Entry e, string source)
            {
                if (!user.Seen(e.Video.Id) && Visible(e, user, request.Teen)) candidates.TryAdd(e.Video.Id, (e, source));
            }

            if (request.Mode == RankingMode.Chronological)
            {
                for (int i = _byTime.Count - 1; i >= 0 && candidates.Count < request.Limit; i--) Offer(_byTime[i], "fresh");
                return Serve(user, candidates.Values.Select(c => new RankedVideo(c.Entry.Video, c.Entry.Video.PublishedAt.ToUnixTimeSeconds(), c.Source)).ToList(), request.Limit, diversify: false);
            }

            foreach (var e in Popular(request.Now)) Offer(e, "popular");
            if (request.Mode == RankingMode.Personalised)
            {
                foreach (var creator in user.Follows)
                    if (_byCreator.TryGetValue(creator, out var theirs))
                        for (int i = theirs.Count - 1, taken = 0; i >= 0 && taken < 20; i--, taken++) Offer(theirs[i], "following");
                for (int i = _byTime.Count - 1, taken = 0; i >= 0 && taken < 200; i--, taken++) Offer(_byTime[i], "fresh");
                foreach (var (topic, _) in user.Topics.OrderByDescending(t => t.Value).Take(4))
                    if (_byTopic.TryGetValue(topic, out var ofTopic))
                        for (int i = ofTopic.Count - 1, taken = 0; i >= 0 && taken < 60; i--, taken++) Offer(ofTopic[i], "topic");
                foreach (var e in Nearest(user, 100)) Offer(e, "similar");
            }
            // A heavy scroller may have been served every video the sources offer (the popular list is the top 300):
            // top up with the most popular of the rest, so the feed stays endless while unserved videos remain.
            if (candidates.Count < request.Limit)
            {
                var rest = new PriorityQueue<Entry, double>();
                int missing = request.Limit - candidates.Count;
                foreach (var e in _byTime)
                    if (!candidates.ContainsKey(e.Video.Id) && !user.Seen(e.Video.Id) && Visible(e, user, request.Teen))
                    {
                        double p = e.PopularityAt_(request.Now, _settings.PopularityHalfLifeHours);
                        if (rest.Count < missing) rest.Enqueue(e, p); else rest.EnqueueDequeue(e, p);
                    }
                foreach (var (e, _) in rest.UnorderedItems) Offer(e, "popular");
            }
            var scored = new List<RankedVideo>(candidates.Count);
            Span<Feature> features = stackalloc Feature[16];
            foreach (var (e, source) in candidates.Values)
            {
                double score = request.Mode == RankingMode.Personalised
                    ? Model.Predict(features[..Features(user, e, request.Now, features)])
                      * (0.6 + 0.4 * Math.Exp(-Math.Max(0, (request.Now - e.Video.PublishedAt).TotalHours) / _settings.FreshnessHours))
                      * Math.Pow(0.5, user.Disliked.GetValueOrDefault(e.Topic) + user.Disliked.GetValueOrDefault("@" + e.Video.CreatorId))
                    : e.PopularityAt_(request.Now, _settings.PopularityHalfLifeHours);
                if (e.DuplicateOf is { } original && _videos.TryGetValue(original, out var o) && !o.Removed) score *= _settings.DuplicatePenalty;
                scored.Add(new RankedVideo(e.Video, score, source));
            }
            scored.Sort((a, b) => b.Score.CompareTo(a.Score));
            if (request.Mode == RankingMode.Personalised) Explore(user, request, scored);
            return Serve(user, scored, request.Limit, diversify: request.Mode == RankingMode.Personalised);
        }
    }

    /// <summary>Moves a few fresh, little-seen videos up, so new videos get seen and the model learns about them.</summary>
    private void Explore(User user, FeedRequest request, List<RankedVideo> scored)
    {
        int slots = (int)Math.Round(request.Limit * _settings.ExploreShare);
        var fresh = scored.Where(r => _videos[r.Video.Id].Views < 20).Skip(request.Limit).Take(50).ToList();
        for (int s = 0; s < slots && fresh.Count > 0; s++)
        {
            var pick = fresh[_random.Next(fresh.Count)];
            fresh.Remove(pick);
            scored.Remove(pick);
            scored.Insert(Math.Min(scored.Count, _random.Next(request.Limit)), pick with { Source = "explore" });
        }
    }

    /// <summary>Takes the page greedily in score order under the diversity limits, and remembers what was served.</summary>
    private List<RankedVideo> Serve(User user, List<RankedVideo> ranked, int limit, bool diversify)
    {
        var page = new List<RankedVideo>(limit);
        var window = new List<(string Creator, string Topic)>(user.Window);
        var skipped = new List<RankedVideo>();
        var duplicateGroups = new HashSet<Guid>();
        foreach (var r in ranked)
        {
            if (page.Count == limit) break;
            var e = _videos[r.Video.Id];
            var group = e.DuplicateOf ?? e.Video.Id;
            bool crowded = diversify && (window.Count(w => w.Creator == e.Video.CreatorId) >= _settings.MaxPerCreatorInWindow
                                         || window.Count(w => w.Topic == e.Topic) >= _settings.MaxPerTopicInWindow
                                         || duplicateGroups.Contains(group));
            if (crowded) { skipped.Add(r); continue; }
            Take(r, e);
        }
        // Too few without breaking the limits: fill up with the best of the rest rather than serve a short page.
        foreach (var r in skipped)
        {
            if (page.Count == limit) break;
            Take(r, _videos[r.Video.Id]);
        }
        return page;

        void Take(RankedVideo r, Entry e)
        {
            page.Add(r);
            duplicateGroups.Add(e.DuplicateOf ?? e.Video.Id);
            window.Add((e.Video.CreatorId, e.Topic));
            if (window.Count > _settings.DiversityWindow) window.RemoveAt(0);
            user.Window.Enqueue((e.Video.CreatorId, e.Topic));
            if (user.Window.Count > _settings.DiversityWindow) user.Window.Dequeue();
            if (user.Served.Add(e.Video.Id)) user.ServedOrder.Enqueue(e.Video.Id);
            while (user.ServedOrder.Count > 5000) user.Served.Remove(user.ServedOrder.Dequeue());
        }
    }

    /// <summary>
    /// Starts a new session: what was served but not watched may be shown again (the API does this for a page without
    /// a cursor); what the user watched stays out.
    /// </summary>
    public void ResetSession(string userId)
    {
        lock (_gate)
        {
            var user = UserOf(userId);
            user.Served.Clear();
            user.ServedOrder.Clear();
        }
    }

    /// <summary>The most popular videos now (decayed engagement), recomputed at most once a second.</summary>
    private Entry[] Popular(DateTimeOffset now)
    {
        if (now - _popularAt < TimeSpan.FromSeconds(1) && now >= _popularAt) return _popular;
        var top = new PriorityQueue<Entry, double>();
        foreach (var e in _byTime)
        {
            if (e.Removed || e.Hidden) continue;
            double p = e.PopularityAt_(now, _settings.PopularityHalfLifeHours);
            if (top.Count < 300) top.Enqueue(e, p);
            else if (p > top.Peek().PopularityAt_(now, _settings.PopularityHalfLifeHours)) top.EnqueueDequeue(e, p);
        }
        _popular = top.UnorderedItems.OrderByDescending(x => x.Priority).Select(x => x.Element).ToArray();
        _popularAt = now;
        return _popular;
    }

    /// <summary>The recent videos closest to the user's taste (text and visual embedding).</summary>
    private IEnumerable<Entry> Nearest(User user, int count)
    {
        if (user.Topics.Count == 0) return [];
        var best = new PriorityQueue<Entry, double>();
        for (int i = _byTime.Count - 1, seen = 0; i >= 0 && seen < 2000; i--, seen++)
        {
            var e = _byTime[i];
            double similarity = TextEmbedding.Cosine(user.Taste, e.Text) + (e.Video.Visual is { } v ? 0.5 * TextEmbedding.Cosine(user.VisualTaste, v.ColourLayout) : 0);
            if (best.Count < count) best.Enqueue(e, similarity);
            else best.EnqueueDequeue(e, similarity);
        }
        return best.UnorderedItems.Select(x => x.Element);
    }

    /// <summary>The newest visible videos of the creators a user follows.</summary>
    public IReadOnlyList<FeedVideo> Following(string userId, int limit, DateTimeOffset? before, bool teen)
    {
        lock (_gate)
        {
            var user = UserOf(userId);
            return user.Follows.Where(_byCreator.ContainsKey).SelectMany(c => _byCreator[c])
                .Where(e => Visible(e, user, teen) && (before is null || e.Video.PublishedAt < before))
                .OrderByDescending(e => e.Video.PublishedAt).Take(limit).Select(e => e.Video).ToList();
        }
    }

    /// <summary>A creator's visible videos, newest first (a profile page), and their follower count.</summary>
    public (IReadOnlyList<FeedVideo> Videos, int Followers) Profile(string creatorId, string viewerId, int limit, DateTimeOffset? before, bool teen)
    {
        lock (_gate)
        {
            var viewer = UserOf(viewerId);
            var videos = (_byCreator.GetValueOrDefault(creatorId) ?? []).Where(e => Visible(e, viewer, teen) && (before is null || e.Video.PublishedAt < before))
                .OrderByDescending(e => e.Video.PublishedAt).Take(limit).Select(e => e.Video).ToList();
            return (videos, _users.Values.Count(u => u.Follows.Contains(creatorId)));
        }
    }

    /// <summary>A video's remix chain: its ancestors (oldest first) and every remix made of it, at any depth.</summary>
    public (IReadOnlyList<FeedVideo> Ancestors, IReadOnlyList<FeedVideo> Descendants) RemixChain(Guid id)
    {
        lock (_gate)
        {
            var ancestors = new List<FeedVideo>();
            var cursor = _videos.GetValueOrDefault(id)?.Video.RemixOf;
            while (cursor is { } parent && _videos.TryGetValue(parent, out var p) && ancestors.Count < 100)
            {
                if (!p.Removed && !p.Hidden) ancestors.Insert(0, p.Video);
                cursor = p.Video.RemixOf;
            }
            var descendants = new List<FeedVideo>();
            var frontier = new Queue<Guid>([id]);
            var children = _byTime.Where(e => e.Video.RemixOf is not null).ToLookup(e => e.Video.RemixOf!.Value);
            while (frontier.Count > 0 && descendants.Count < 1000)
                foreach (var child in children[frontier.Dequeue()])
                {
                    if (!child.Removed && !child.Hidden) descendants.Add(child.Video);
                    frontier.Enqueue(child.Video.Id);
                }
            return (ancestors, descendants);
        }
    }

    /// <summary>A video's engagement counts (for the API).</summary>
    public (int Views, int Likes, int Shares, int Remixes, double MeanWatched) Stats(Guid id)
    {
        lock (_gate)
            return _videos.TryGetValue(id, out var e) ? (e.Views, e.Likes, e.Shares, e.Remixes, e.Views == 0 ? 0 : e.WatchSum / e.Views) : default;
    }

    public string? TopicOf(Guid id) { lock (_gate) return _videos.TryGetValue(id, out var e) ? e.Topic : null; }
}
