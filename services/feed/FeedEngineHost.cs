using Kino.Feed.Ranking;
using Kino.Storage;

namespace Kino.Feed;

/// <summary>
/// Builds the in-memory ranking from the durable store when the service starts (videos, hidden state, follows) and
/// keeps the learned model across restarts: a snapshot in the blob store every 30 s and at shutdown, loaded at start.
/// </summary>
public sealed class FeedEngineHost(FeedEngine engine, FeedIndex index, IBlobStore blobs, ILogger<FeedEngineHost> logger) : BackgroundService
{
    private const string SnapshotKey = "feed/model.bin";

    public override async Task StartAsync(CancellationToken ct)
    {
        int videos = 0;
        await foreach (var item in index.AllAsync(ct))
        {
            engine.Add(item.ToRanking());
            if (item.HiddenBecause is not null) engine.SetHidden(item.JobId, true);
            videos++;
        }
        var follows = await index.AllFollowsAsync(ct);
        foreach (var follow in follows) engine.Follow(follow.FollowerId, follow.FolloweeId, true);
        await using (var snapshot = await blobs.OpenReadAsync(SnapshotKey, ct))
            if (snapshot is not null)
            {
                using var reader = new BinaryReader(snapshot);
                engine.Model.Load(reader);
            }
        logger.LogInformation("Feed ranking built: {Videos} videos, {Follows} follows, model after {Updates} updates", videos, follows.Count, engine.Model.Updates);
        await base.StartAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long saved = engine.Model.Updates;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                if (engine.Model.Updates != saved) saved = await SaveAsync(stoppingToken);
        }
        catch (OperationCanceledException) { }
    }

    public override async Task StopAsync(CancellationToken ct)
    {
        await base.StopAsync(ct);
        await SaveAsync(ct);
    }

    private async Task<long> SaveAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        long updates = engine.Model.Updates;
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) engine.Model.Save(writer);
        buffer.Position = 0;
        await blobs.PutAsync(SnapshotKey, buffer, "application/octet-stream", ct);
        return updates;
    }
}
