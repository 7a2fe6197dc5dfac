using Kino.Cameo.Consent;
using Kino.Contracts;
using MassTransit;

namespace Kino.Cameo.Consumers;

/// <summary>
/// Keeps the cameo side of other services' news: how each job that used a cameo ended (the owner's list of uses), who
/// follows whom (mutual-follower consent), and deleted accounts (their cameos are deleted for real).
/// </summary>
public sealed class CameoUsageConsumer(CameoStore store, ConsentLedger ledger) :
    IConsumer<VideoCompleted>, IConsumer<VideoFailed>, IConsumer<VideoCancelled>, IConsumer<UserFollowed>, IConsumer<UserUnfollowed>, IConsumer<AccountDeleted>
{
    // A removed use stays removed whatever the job does next.
    private static Func<CameoUse, CameoUse?> To(string status) => u => u.Status == UseStatus.Removed ? null : u with { Status = status };

    public Task Consume(ConsumeContext<VideoCompleted> context) => store.SetUseStatusAsync(context.Message.JobId, To(UseStatus.Completed), context.CancellationToken);

    public Task Consume(ConsumeContext<VideoFailed> context) => store.SetUseStatusAsync(context.Message.JobId, To(UseStatus.Failed), context.CancellationToken);

    public Task Consume(ConsumeContext<VideoCancelled> context) => store.SetUseStatusAsync(context.Message.JobId, To(UseStatus.Deleted), context.CancellationToken);

    public Task Consume(ConsumeContext<UserFollowed> context) =>
        store.FollowAsync(context.Message.FollowerId, context.Message.FolloweeId, follows: true, context.CancellationToken);

    public async Task Consume(ConsumeContext<UserUnfollowed> context)
    {
        await store.FollowAsync(context.Message.FollowerId, context.Message.FolloweeId, follows: false, context.CancellationToken);
        // No longer mutual followers: videos that relied on it lose their consent.
        foreach (var owner in new[] { context.Message.FolloweeId, context.Message.FollowerId })
            foreach (var cameo in await store.OwnedByAsync(owner, context.CancellationToken))
                if (cameo.Permission == Permissions.MutualFollowers && await store.GetAsync(cameo.Id, context.CancellationToken) is { } current)
                    await ledger.ChangeSettingsAsync(current.Value, current.Version, current.Value, null, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<AccountDeleted> context)
    {
        foreach (var cameo in await store.OwnedByAsync(context.Message.OwnerId, context.CancellationToken))
            await ledger.DeleteAsync(cameo, context.CancellationToken);
    }
}
