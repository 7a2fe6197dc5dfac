using System.Diagnostics;
using System.Numerics;
using Kino.Feed.Ranking;

namespace Kino.Feed.Evaluation;

/// <summary>
/// The hidden truth the ranking is evaluated against: topics, creators with a main topic and a quality, videos (with
/// Kino-like prompts and visual signatures; a share of them "slop": near-duplicate re-uploads of popular videos with low
/// quality), and users with sparse topic preferences, a few follows and a patience. Nothing here is visible to the
/// engine except what a real deployment would see: the videos as published, the follows, and the engagement.
/// </summary>
public sealed class SyntheticWorld
{
    public const double VideoSeconds = 4;
    /// <summary>The spread of a single viewing's watch-time logit around what the user model expects.</summary>
    public const double NoiseSd = 0.7;

    public static readonly string[] Topics =
    [
        "cat", "dog", "robot", "dragon", "castle", "car", "train", "astronaut", "unicorn", "penguin", "panda", "fox", "owl", "horse",
        "whale", "butterfly", "guitar", "piano", "pizza", "cake", "coffee", "rocket", "volcano", "waterfall", "snowman", "pirate",
        "wizard", "knight", "dinosaur", "octopus", "jellyfish", "balloon", "bicycle", "lighthouse", "ocean", "tiger", "sushi",
        "skateboard", "ballerina", "samurai",
    ];

    private static readonly string[] Adjectives =
    [
        "red", "blue", "golden", "silver", "green", "purple", "orange", "pink", "tiny", "giant", "fluffy", "neon", "ancient", "sleepy",
        "happy", "grumpy", "shiny", "wooden", "glass", "paper", "crystal", "cosmic", "little", "majestic", "curious", "lazy", "brave",
        "clumsy", "elegant", "misty",
    ];

    private static readonly string[] Actions =
    [
        "dancing", "running", "sleeping", "jumping", "flying", "swimming", "cooking", "painting", "singing", "exploring", "racing",
        "floating", "glowing", "spinning", "climbing", "surfing", "skating", "juggling", "reading", "laughing", "drifting", "waving",
        "hiding", "sneaking", "marching", "twirling", "bouncing", "gliding", "wandering", "tumbling",
    ];

    private static readonly string[] Places =
    [
        "on a beach at sunset", "in a snowy village", "under neon lights", "in a rainy street", "on the moon", "in a bamboo grove",
        "on a rooftop at night", "in a sunflower field", "inside a library", "at a busy market", "in a foggy harbour", "on a frozen lake",
        "in a candy kingdom", "in a tiny kitchen", "on a mountain road", "in a crystal cave", "at a carnival", "in outer space",
        "in a zen garden", "on a sandy dune", "in a jungle", "at a subway platform", "in a cozy cabin", "under cherry blossoms",
        "in a desert canyon", "on a floating island", "in an old museum", "at a rock concert", "in a misty valley", "on a sailing ship",
    ];

    private static readonly string[] SlopSuffixes = ["", " 4K", " (viral)", " #fyp", " must watch", " HD"];

    public sealed record Creator(string Id, int Topic, double Quality, bool Slop, double Activity);

    /// <summary>A video and its truth; <see cref="Group"/> is the index of the original it copies (itself for an original).</summary>
    public sealed record Video(FeedVideo Feed, int Topic, int Creator, double Quality, bool Slop, int Group);

    public sealed record User(string Id, double[] Affinity, HashSet<int> Follows, double Patience, double SessionsPerDay)
    {
        /// <summary>Patient users watch a little longer, whatever they are shown.</summary>
        public double Bias => 0.6 * (Patience - 0.5);
    }

    public IReadOnlyList<Creator> Creators { get; }
    public IReadOnlyList<User> Users { get; }
    /// <summary>In order of publication.</summary>
    public List<Video> Videos { get; } = [];
    public Dictionary<Guid, int> IndexOf { get; } = [];
    /// <summary>Each topic's mean affinity over the users: how broadly it appeals.</summary>
    public double[] TopicAppeal { get; }

    private readonly Random _random;
    private readonly double[][] _topicStyle;
    private readonly int[] _originalCreators, _slopCreators;
    private readonly double[] _creatorActivityCumulative;

    public SyntheticWorld(int seed, int users, int creators, double slopCreatorShare = 0.1)
    {
        _random = new Random(seed);
        int topics = Topics.Length;
        _topicStyle = Enumerable.Range(0, topics).Select(_ => Enumerable.Range(0, 48).Select(_ => Normal()).ToArray()).ToArray();

        // Demand is skewed (a few topics appeal broadly, Zipf-like); supply is not: creators pick their topic uniformly.
        var order = Enumerable.Range(0, topics).OrderBy(_ => _random.Next()).ToArray();
        var weight = new double[topics];
        for (int r = 0; r < topics; r++) weight[order[r]] = 1 / Math.Pow(r + 1, 0.8);
        double total = weight.Sum();

        Creators = Enumerable.Range(0, creators).Select(c => new Creator($"creator{c:D4}", _random.Next(topics), Beta(2, 2),
            _random.NextDouble() < slopCreatorShare, Math.Exp(0.8 * Normal()))).ToList();
        _originalCreators = Enumerable.Range(0, creators).Where(c => !Creators[c].Slop).ToArray();
        _slopCreators = Enumerable.Range(0, creators).Where(c => Creators[c].Slop).ToArray();
        if (_slopCreators.Length == 0) _slopCreators = [_originalCreators[^1]];
        _creatorActivityCumulative = new double[_originalCreators.Length];
        double cumulative = 0;
        for (int i = 0; i < _originalCreators.Length; i++) _creatorActivityCumulative[i] = cumulative += Creators[_originalCreators[i]].Activity;

        Users = Enumerable.Range(0, users).Select(u =>
        {
            // Sparse preferences: a Dirichlet with a small total concentration puts most mass on two or three topics.
            var preference = Dirichlet(weight.Select(w => 2.0 * w / total).ToArray());
            double max = preference.Max();
            var affinity = preference.Select(p => p / max).ToArray();
            var follows = new HashSet<int>();
            for (int f = _random.Next(6); f > 0; f--)
            {
                int topic = Categorical(preference);
                var candidates = _originalCreators.Where(c => Creators[c].Topic == topic).ToArray();
                if (candidates.Length > 0) follows.Add(candidates[_random.Next(candidates.Length)]);
            }
            return new User($"user{u:D5}", affinity, follows, Beta(2, 2), Math.Exp(0.5 * Normal() - 0.125));
        }).ToList();
        TopicAppeal = Enumerable.Range(0, topics).Select(t => Users.Count == 0 ? 0 : Users.Average(u => u.Affinity[t])).ToArray();
    }

    /// <summary>Publishes <paramref name="count"/> videos at random times in [from, to): originals, and a share of slop.</summary>
    public void Publish(int count, DateTimeOffset from, DateTimeOffset to, double slopShare)
    {
        var times = Enumerable.Range(0, count).Select(_ => from + (to - from) * _random.NextDouble()).Order().ToList();
        int originals = Videos.Count(v => !v.Slop);
        foreach (var at in times)
        {
            Video video = originals >= 20 && _random.NextDouble() < slopShare ? Copy(at) : Original(at);
            if (!video.Slop) originals++;
            IndexOf[video.Feed.Id] = Videos.Count;
            Videos.Add(video);
        }
    }

    private Video Original(DateTimeOffset at)
    {
        int i = Array.BinarySearch(_creatorActivityCumulative, _random.NextDouble() * _creatorActivityCumulative[^1]);
        int c = _originalCreators[Math.Min(_originalCreators.Length - 1, i < 0 ? ~i : i)];
        var creator = Creators[c];
        int topic = _random.NextDouble() < 0.7 ? creator.Topic : _random.Next(Topics.Length);
        string adjective = Adjectives[_random.Next(Adjectives.Length)];
        string article = "aeiou".Contains(adjective[0]) ? "An" : "A";
        string prompt = $"{article} {adjective} {Topics[topic]} {Actions[_random.Next(Actions.Length)]} {Places[_random.Next(Places.Length)]}";
        var hashes = Enumerable.Range(0, VisualSignature.Frames).Select(_ => (ulong)_random.NextInt64() ^ ((ulong)_random.Next(2) << 63)).ToArray();
        var layout = new float[48];
        for (int d = 0; d < 48; d++) layout[d] = (float)(_topicStyle[topic][d] + 0.8 * Normal());
        TextEmbedding.Normalise(layout);
        double quality = Math.Clamp(creator.Quality + 0.12 * Normal(), 0, 1);
        var feed = new FeedVideo(NewId(), creator.Id, prompt, at, new VisualSignature(hashes, layout));
        return new Video(feed, topic, c, quality, false, Videos.Count);
    }

    /// <summary>A re-upload of a popular original by a slop account: a few bits flipped per frame, the prompt barely changed.</summary>
    private Video Copy(DateTimeOffset at)
    {
        // What is "popular" is judged the way a copier would, from the content's broad appeal (the best of 20 looks).
        Video? best = null;
        for (int look = 0; look < 20; look++)
        {
            var v = Videos[_random.Next(Videos.Count)];
            if (!v.Slop && (best is null || TopicAppeal[v.Topic] * v.Quality > TopicAppeal[best.Topic] * best.Quality)) best = v;
        }
        best ??= Videos.First(v => !v.Slop);
        var original = best.Feed.Visual!;
        var hashes = original.FrameHashes.Select(h =>
        {
            ulong flips = 0;
            while (BitOperations.PopCount(flips) < 3) flips |= 1UL << _random.Next(64);
            return h ^ flips;
        }).ToArray();
        var layout = original.ColourLayout.Select(x => (float)(x + 0.03 * Normal())).ToArray();
        TextEmbedding.Normalise(layout);
        int c = _slopCreators[_random.Next(_slopCreators.Length)];
        var prompt = (_random.Next(3) == 0 ? "The" + best.Feed.Prompt[(best.Feed.Prompt.IndexOf(' '))..] : best.Feed.Prompt) + SlopSuffixes[_random.Next(SlopSuffixes.Length)];
        var feed = new FeedVideo(NewId(), Creators[c].Id, prompt, at, new VisualSignature(hashes, layout));
        return new Video(feed, best.Topic, c, 0.05 + 0.25 * _random.NextDouble(), true, best.Group);
    }

    /// <summary>
    /// The user model: the logit of the share of a video watched. Topic preference dominates, then quality, a followed
    /// creator, and a penalty for having already seen this content (an original or any re-upload of it).
    /// </summary>
    public double Logit(User user, Video video, bool seenBefore) =>
        -2.0 + 3.2 * user.Affinity[video.Topic] + 2.5 * (video.Quality - 0.5) + (user.Follows.Contains(video.Creator) ? 0.8 : 0)
        - (seenBefore ? 1.5 : 0) + user.Bias;

    /// <summary>The expected share watched over the viewing noise (the probit approximation of a logistic-normal mean).</summary>
    public static double ExpectedFraction(double logit) => Sigmoid(logit / Math.Sqrt(1 + Math.PI * NoiseSd * NoiseSd / 8));

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private double Gamma(double shape)
    {
        if (shape < 1) return Gamma(shape + 1) * Math.Pow(_random.NextDouble(), 1 / shape);
        double d = shape - 1.0 / 3, c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x = Normal(), v = Math.Pow(1 + c * x, 3);
            if (v <= 0) continue;
            double u = _random.NextDouble();
            if (Math.Log(1 - u) < 0.5 * x * x + d - d * v + d * Math.Log(v)) return d * v;
        }
    }

    private double Beta(double a, double b)
    {
        double x = Gamma(a);
        return x / (x + Gamma(b));
    }

    private double[] Dirichlet(double[] alpha)
    {
        var x = alpha.Select(Gamma).ToArray();
        double sum = x.Sum();
        return sum > 0 ? x.Select(v => v / sum).ToArray() : alpha.Select(_ => 1.0 / alpha.Length).ToArray();
    }

    private int Categorical(double[] p)
    {
        double u = _random.NextDouble(), sum = 0;
        for (int i = 0; i < p.Length; i++)
            if ((sum += p[i]) > u) return i;
        return p.Length - 1;
    }
}

/// <summary>The evaluation's size. The user model's constants live in <see cref="SyntheticWorld"/>.</summary>
public sealed record SimulationOptions
{
    public int Seed { get; init; } = 1;
    public int Users { get; init; } = 2000;
    public int Creators { get; init; } = 300;
    /// <summary>Simulated hours; each hour some users open a session.</summary>
    public int Steps { get; init; } = 168;
    /// <summary>Videos published over the 3 days before the run.</summary>
    public int InitialVideos { get; init; } = 2000;
    /// <summary>Videos published during the run, per simulated hour.</summary>
    public int VideosPerHour { get; init; } = 48;
    public double SlopShare { get; init; } = 0.15;
    /// <summary>A user's mean sessions per day (each user's own rate varies around it).</summary>
    public double SessionsPerDay { get; init; } = 1.25;
    /// <summary>The first part of the run the metrics skip: every engine starts knowing nothing.</summary>
    public double WarmUpShare { get; init; } = 0.3;
    public int PageSize { get; init; } = 10;
    /// <summary>Random unseen videos per page that, with the page, make the ideal for the sampled NDCG.</summary>
    public int IdealSample { get; init; } = 100;
}

/// <summary>One ranking mode's figures over the measured part of the run (per page unless named otherwise).</summary>
public sealed record ModeResult(RankingMode Mode, int Pages, double WatchSecondsPerPage, double Ndcg10, double SampledNdcg10,
    double DistinctTopicsPerPage, double DistinctCreatorsPerPage, double NearDuplicatePairPageShare, double SlopShare, double LikesPerPage,
    double ShortPageShare, double Seconds);

public sealed record EvaluationReport(SimulationOptions Options, int Videos, int Sessions, double TopicAccuracy, double SlopDetected,
    double OriginalsFlaggedAsDuplicates, IReadOnlyList<ModeResult> Modes)
{
    public ModeResult Of(RankingMode mode) => Modes.First(m => m.Mode == mode);

    /// <summary>Personalised watch time per page over Popularity's, minus one.</summary>
    public double LiftOverPopularity => Of(RankingMode.Personalised).WatchSecondsPerPage / Of(RankingMode.Popularity).WatchSecondsPerPage - 1;

    public double LiftOverChronological => Of(RankingMode.Personalised).WatchSecondsPerPage / Of(RankingMode.Chronological).WatchSecondsPerPage - 1;
}

/// <summary>
/// Runs the same simulated week (same users, video stream and session schedule) once per ranking mode, each with its own
/// engine that learns online from the engagement its own pages produce, and measures what users got out of it.
/// </summary>
public static class FeedSimulator
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private sealed record Session(DateTimeOffset At, int User, int Pages);

    public static EvaluationReport Run(SimulationOptions options)
    {
        var world = new SyntheticWorld(options.Seed, options.Users, options.Creators);
        world.Publish(options.InitialVideos, Start.AddHours(-72), Start, options.SlopShare);
        world.Publish(options.VideosPerHour * options.Steps, Start, Start.AddHours(options.Steps), options.SlopShare);
        var sessions = Schedule(world, options);
        FeedEngine? last = null;
        var modes = new List<ModeResult>();
        foreach (var mode in new[] { RankingMode.Personalised, RankingMode.Popularity, RankingMode.Chronological })
        {
            last = new FeedEngine();
            modes.Add(RunMode(world, sessions, options, mode, last));
        }
        // The index's view of the videos (topics, duplicates) does not depend on the mode: read it from the last engine.
        var slop = world.Videos.Where(v => v.Slop).ToList();
        var originals = world.Videos.Where(v => !v.Slop).ToList();
        return new EvaluationReport(options, world.Videos.Count, sessions.Count,
            world.Videos.Count(v => last!.TopicOf(v.Feed.Id) == SyntheticWorld.Topics[v.Topic]) / (double)world.Videos.Count,
            slop.Count == 0 ? 0 : slop.Count(v => last!.DuplicateOf(v.Feed.Id) is not null) / (double)slop.Count,
            originals.Count(v => last!.DuplicateOf(v.Feed.Id) is not null) / (double)originals.Count, modes);
    }

    /// <summary>Who opens the feed when, and for how many pages (patient users scroll further): the same for every mode.</summary>
    private static List<Session> Schedule(SyntheticWorld world, SimulationOptions options)
    {
        var random = new Random(options.Seed * 7919 + 1);
        var sessions = new List<Session>();
        for (int hour = 0; hour < options.Steps; hour++)
            for (int u = 0; u < world.Users.Count; u++)
            {
                var user = world.Users[u];
                if (random.NextDouble() >= user.SessionsPerDay * options.SessionsPerDay / 24) continue;
                int pages = 1;
                for (int k = 0; k < 4; k++) if (random.NextDouble() < user.Patience) pages++;
                sessions.Add(new Session(Start.AddHours(hour + random.NextDouble()), u, pages));
            }
        sessions.Sort((a, b) => a.At.CompareTo(b.At));
        return sessions;
    }

    private static ModeResult RunMode(SyntheticWorld world, List<Session> sessions, SimulationOptions o, RankingMode mode, FeedEngine engine)
    {
        var clock = Stopwatch.StartNew();
        foreach (var user in world.Users)
            foreach (var c in user.Follows) engine.Follow(user.Id, world.Creators[c].Id, true);
        var viewing = new Random(o.Seed * 31 + 7);
        var sampling = new Random(o.Seed * 31 + 8);
        var seen = world.Users.Select(_ => new HashSet<int>()).ToArray();     // content (original and copies) each user watched
        var served = world.Users.Select(_ => new HashSet<int>()).ToArray();
        var measureFrom = Start.AddHours(o.Steps * o.WarmUpShare);
        double watch = 0, ndcg = 0, sampledNdcg = 0, topics = 0, creators = 0, duplicatePages = 0, slop = 0, items = 0, likes = 0, shortPages = 0;
        int pages = 0, published = 0;
        var ideal = new List<double>();
        foreach (var session in sessions)
        {
            while (published < world.Videos.Count && world.Videos[published].Feed.PublishedAt <= session.At) engine.Add(world.Videos[published++].Feed);
            var user = world.Users[session.User];
            bool measured = session.At >= measureFrom;
            for (int p = 0; p < session.Pages; p++)
            {
                var now = session.At.AddSeconds(p * (o.PageSize * SyntheticWorld.VideoSeconds + 5));
                var page = engine.Page(new FeedRequest(user.Id, o.PageSize, mode, false, now)).Select(r => world.IndexOf[r.Video.Id]).ToArray();
                var videos = page.Select(i => world.Videos[i]).ToArray();
                if (measured)
                {
                    // Gains: the user's expected share watched of each video, as things stood when the page was asked for.
                    var gains = videos.Select(v => SyntheticWorld.ExpectedFraction(world.Logit(user, v, seen[session.User].Contains(v.Group)))).ToArray();
                    ndcg += gains.Length == 0 ? 0 : Dcg(gains) / Dcg(gains.OrderDescending());
                    ideal.Clear();
                    ideal.AddRange(gains);
                    for (int k = 0; k < o.IdealSample; k++)
                    {
                        int j = sampling.Next(published);
                        var v = world.Videos[j];
                        if (served[session.User].Contains(j) || page.Contains(j) || engine.IsHidden(v.Feed.Id)) continue;
                        ideal.Add(SyntheticWorld.ExpectedFraction(world.Logit(user, v, seen[session.User].Contains(v.Group))));
                    }
                    sampledNdcg += gains.Length == 0 ? 0 : Dcg(gains) / Dcg(ideal.OrderDescending().Take(o.PageSize));
                    topics += videos.Select(v => v.Topic).Distinct().Count();
                    creators += videos.Select(v => v.Creator).Distinct().Count();
                    duplicatePages += videos.Select(v => v.Group).Distinct().Count() < videos.Length ? 1 : 0;
                    slop += videos.Count(v => v.Slop);
                    items += videos.Length;
                    shortPages += videos.Length < o.PageSize ? 1 : 0;
                    pages++;
                }
                for (int i = 0; i < videos.Length; i++)
                {
                    var v = videos[i];
                    served[session.User].Add(page[i]);
                    bool before = !seen[session.User].Add(v.Group);
                    double fraction = SyntheticWorld.Sigmoid(world.Logit(user, v, before) + SyntheticWorld.NoiseSd * Normal(viewing));
                    var at = now.AddSeconds(i * SyntheticWorld.VideoSeconds);
                    engine.Record(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.View, fraction, at));
                    bool liked = viewing.NextDouble() < 0.35 * Math.Clamp((fraction - 0.6) / 0.4, 0, 1);
                    if (liked) engine.Record(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.Like, 1, at));
                    if (fraction > 0.85 && viewing.NextDouble() < 0.04) engine.Record(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.Share, 1, at));
                    if (user.Affinity[v.Topic] < 0.1 && fraction < 0.3 && viewing.NextDouble() < 0.06)
                        engine.Record(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.NotInterested, 0, at));
                    if (v.Slop && viewing.NextDouble() < (before ? 0.03 : 0.01)) engine.Record(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.Report, 0, at));
                    if (measured)
                    {
                        watch += fraction * SyntheticWorld.VideoSeconds;
                        likes += liked ? 1 : 0;
                    }
                }
            }
        }
        double n = Math.Max(1, pages);
        return new ModeResult(mode, pages, watch / n, ndcg / n, sampledNdcg / n, topics / n, creators / n, duplicatePages / n, slop / Math.Max(1, items),
            likes / n, shortPages / n, clock.Elapsed.TotalSeconds);
    }

    private static double Dcg(IEnumerable<double> gains)
    {
        double dcg = 0;
        int rank = 0;
        foreach (var g in gains) dcg += g / Math.Log2(2 + rank++);
        return dcg;
    }

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
