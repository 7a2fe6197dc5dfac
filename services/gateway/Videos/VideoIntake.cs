using Kino.Contracts;
using Kino.Gateway.Auth;
using Kino.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Videos;

/// <summary>Accepts a video: quota, reference image to the blob store, the record, then VideoRequested. All or nothing.</summary>
public sealed class VideoIntake(VideoStore store, IBlobStore blobs, DailyQuota quota, IPublishEndpoint bus, TimeProvider clock, IOptionsMonitor<GatewayOptions> options,
    ILogger<VideoIntake> logger)
{
    /// <param name="remixOf">The video a remix re-generates: its seed is reused.</param>
    /// <param name="extends">The video an extension continues from its last frames.</param>
    public async Task<VideoRecord> SubmitAsync(ApiPrincipal principal, CreateVideoRequest request, VideoRecord? remixOf, CancellationToken ct, VideoRecord? extends = null)
    {
        await quota.ConsumeAsync(principal, ct);
        var jobId = Guid.CreateVersion7();
        var record = default(VideoRecord);
        try
        {
            BlobRef? reference = null;
            if (request.InputReference is { } image)
            {
                using var content = new MemoryStream(image.Bytes);
                var key = BlobKeys.ForJob(jobId, "input-reference");
                reference = new BlobRef(key, image.ContentType, await blobs.PutAsync(key, content, image.ContentType, ct));
            }
            record = new VideoRecord
            {
                JobId = jobId, OwnerId = principal.OwnerId, Teen = principal.Teen, Prompt = request.Prompt, Model = request.Model,
                CreatorHandle = principal.Handle,
                UnmarkedCopy = options.CurrentValue.Plans.TryGetValue(principal.Plan, out var plan) && plan.UnmarkedDownloads,
                Seconds = request.Seconds, Size = request.Size, CreatedAt = clock.GetUtcNow(),
                RemixedFrom = remixOf?.JobId, InputReference = reference, RemixSource = remixOf?.Video,
                Seed = request.Seed ?? remixOf?.Seed ?? NewSeed(), Storyboard = request.Storyboard,
                ExtendedFrom = extends?.JobId, ExtendSource = extends?.Video, Characters = request.Characters ?? remixOf?.Characters,
            };
            await store.InsertAsync(record, ct);
            await bus.Publish(ToMessage(record), ct);
            return record;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Intake of job {JobId} failed; rolling back", jobId);
            if (record is not null) await store.DeleteAsync(jobId, CancellationToken.None);
            await blobs.DeletePrefixAsync(BlobKeys.ForJob(jobId, ""), CancellationToken.None);
            await quota.RefundAsync(principal, CancellationToken.None);
            throw;
        }
    }

    public static VideoRequested ToMessage(VideoRecord record)
    {
        var size = record.Size.Split('x');
        var (width, height) = (int.Parse(size[0]), int.Parse(size[1]));
        return new VideoRequested(record.JobId, record.JobId, DateTimeOffset.UtcNow, record.OwnerId, record.Prompt, record.Model,
            record.Seconds, width, height, record.InputReference, record.RemixedFrom, record.RemixSource,
            record.Seed, record.Storyboard, record.ExtendedFrom, record.ExtendSource, record.Teen, record.CreatorHandle, record.UnmarkedCopy, record.Characters);
    }

    /// <summary>A random seed that survives JSON in every client (at most 2^53).</summary>
    private static ulong NewSeed() => (ulong)Random.Shared.NextInt64(1L << 53);
}
