using Kino.Storage;

namespace Kino.Moderation.Decisions;

/// <summary>Decision records in the moderation service's own store, one document per job, updated with optimistic concurrency.</summary>
public sealed class DecisionStore([FromKeyedServices(ModerationModule.ServiceName)] IDocumentStore store)
{
    public const string PromptPhase = "prompt";
    public const string OutputPhase = "output";
    private readonly IDocumentCollection<DecisionRecord> _records = store.Collection<DecisionRecord>("decisions");

    public async Task<DecisionRecord?> GetAsync(Guid jobId, CancellationToken ct) => (await _records.GetAsync(Key(jobId), ct))?.Value;

    public Task RecordAsync(Guid jobId, string ownerId, bool teen, PhaseDecision decision, CancellationToken ct) =>
        UpdateAsync(jobId, ownerId, teen, r => decision.Phase == OutputPhase ? r with { Output = decision } : r with { Prompt = decision }, ct);

    /// <summary>Applies a change to the job's record (created when missing); retries when another writer got there first.</summary>
    public async Task<DecisionRecord> UpdateAsync(Guid jobId, string ownerId, bool teen, Func<DecisionRecord, DecisionRecord> change, CancellationToken ct)
    {
        for (int attempt = 0; ; attempt++)
        {
            var current = await _records.GetAsync(Key(jobId), ct);
            var updated = change(current?.Value ?? new DecisionRecord(jobId, ownerId, teen, null, null, []));
            var keys = new DocumentKeys(Partition: updated.OwnerId, SortKey: DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            try
            {
                if (current is null) await _records.InsertAsync(Key(jobId), updated, keys, ct);
                else await _records.ReplaceAsync(Key(jobId), updated, keys, current.Version, ct);
                return updated;
            }
            catch (Exception e) when (attempt < 5 && e is DuplicateDocumentException or ConcurrencyConflictException)
            {
                // Someone else wrote the record in between: read it again and re-apply the change.
            }
        }
    }

    private static string Key(Guid jobId) => jobId.ToString("N");
}
