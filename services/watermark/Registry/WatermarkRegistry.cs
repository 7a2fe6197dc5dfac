using System.Security.Cryptography;
using Kino.Storage;

namespace Kino.Watermark.Registry;

/// <summary>Who a watermark key belongs to: the video (job), its owner and when it was made.</summary>
public sealed record WatermarkRecord(string Key, Guid JobId, string OwnerId, DateTimeOffset CreatedAt);

/// <summary>
/// Key ↔ video. Each job gets one random 64-bit key, kept across retries of the stage (so a retried job carries the
/// same mark), and unique among all keys.
/// </summary>
public sealed class WatermarkRegistry([FromKeyedServices(WatermarkModule.ServiceName)] IDocumentStore store)
{
    private readonly IDocumentCollection<WatermarkRecord> keys = store.Collection<WatermarkRecord>("keys");
    private readonly IDocumentCollection<WatermarkRecord> jobs = store.Collection<WatermarkRecord>("jobs");

    public static string Hex(ulong key) => key.ToString("x16");

    public async Task<ulong> KeyForJobAsync(Guid jobId, string ownerId, DateTimeOffset now, CancellationToken ct)
    {
        if (await jobs.GetAsync(jobId.ToString("N"), ct) is { } existing) return Convert.ToUInt64(existing.Value.Key, 16);
        while (true)
        {
            var key = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
            var record = new WatermarkRecord(Hex(key), jobId, ownerId, now);
            try { await keys.InsertAsync(record.Key, record, new DocumentKeys(ownerId, now.ToUnixTimeMilliseconds()), ct); }
            catch (DuplicateDocumentException) { continue; }   // a 2^-64 event, but cheap to handle
            try
            {
                await jobs.InsertAsync(jobId.ToString("N"), record, new DocumentKeys(ownerId, now.ToUnixTimeMilliseconds()), ct);
                return key;
            }
            catch (DuplicateDocumentException)
            {
                // A concurrent attempt of the same job won: use its key, drop ours.
                await keys.DeleteAsync(record.Key, ct);
                var winner = await jobs.GetAsync(jobId.ToString("N"), ct);
                return Convert.ToUInt64(winner!.Value.Key, 16);
            }
        }
    }

    public async Task<WatermarkRecord?> LookupAsync(ulong key, CancellationToken ct) => (await keys.GetAsync(Hex(key), ct))?.Value;
}
