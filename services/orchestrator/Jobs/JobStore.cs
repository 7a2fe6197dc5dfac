using Kino.Storage;

namespace Kino.Orchestrator.Jobs;

/// <summary>The orchestrator's job documents. Unfinished jobs are tagged "active" so recovery finds them.</summary>
public sealed class JobStore([FromKeyedServices(OrchestratorModule.ServiceName)] IDocumentStore store)
{
    private const string Active = "active";
    private readonly IDocumentCollection<Job> _jobs = store.Collection<Job>("jobs");

    private static DocumentKeys KeysOf(Job job) =>
        new(job.OwnerId, job.CreatedAt.ToUnixTimeMilliseconds(), job.IsTerminal ? "done" : Active);

    public Task<Versioned<Job>?> GetAsync(Guid id, CancellationToken ct) => _jobs.GetAsync(id.ToString("N"), ct);

    /// <summary>Returns false when the job already exists (a redelivered request).</summary>
    public async Task<bool> TryCreateAsync(Job job, CancellationToken ct)
    {
        try
        {
            await _jobs.InsertAsync(job.Id.ToString("N"), job, KeysOf(job), ct);
            return true;
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
    }

    /// <summary>Saves if nobody else changed the job since it was read; otherwise throws (the bus retries the message).</summary>
    public Task SaveAsync(Job job, long expectedVersion, CancellationToken ct) =>
        _jobs.ReplaceAsync(job.Id.ToString("N"), job, KeysOf(job), expectedVersion, ct);

    public async IAsyncEnumerable<Versioned<Job>> ActiveAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        (long, string)? after = null;
        while (true)
        {
            var page = await _jobs.QueryAsync(new DocumentQuery(Tag: Active, Limit: 200, After: after), ct);
            foreach (var item in page) yield return item.Document;
            if (page.Count < 200) yield break;
            after = (page[^1].SortKey, page[^1].Id);
        }
    }
}
