using System.Text;
using Kino.Storage;

namespace Kino.Tests.Storage;

/// <summary>One contract for every storage adapter: each adapter's test class only says how to open it.</summary>
public abstract class StorageContract
{
    public sealed record Note(string Text, int Number);

    /// <summary>Opens a fresh, empty store, or skips with the reason.</summary>
    protected abstract (IDocumentStore Documents, IBlobStore Blobs) Open();

    private IDocumentCollection<Note> Notes() => Open().Documents.Collection<Note>("notes_" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Insert_then_get_round_trips_with_version_1_and_duplicates_are_refused()
    {
        var notes = Notes();
        await notes.InsertAsync("a", new Note("hello", 1), new DocumentKeys("owner1", 10, "active"));
        var found = await notes.GetAsync("a");
        Assert.Equal(new Versioned<Note>(new Note("hello", 1), 1), found);
        await Assert.ThrowsAsync<DuplicateDocumentException>(() => notes.InsertAsync("a", new Note("again", 2), new DocumentKeys()));
        Assert.Null(await notes.GetAsync("missing"));
    }

    public sealed record Tally(int Number);

    [Fact]
    public async Task One_collection_can_hold_documents_of_several_shapes()
    {
        // Two stage consumers of one service share the stage-result ledger, each with its own result type.
        var store = Open().Documents;
        var name = "mixed_" + Guid.NewGuid().ToString("N")[..8];
        await store.Collection<Note>(name).InsertAsync("note", new Note("hi", 1), new DocumentKeys());
        await store.Collection<Tally>(name).InsertAsync("tally", new Tally(7), new DocumentKeys());
        Assert.Equal(new Note("hi", 1), (await store.Collection<Note>(name).GetAsync("note"))?.Value);
        Assert.Equal(new Tally(7), (await store.Collection<Tally>(name).GetAsync("tally"))?.Value);
    }

    [Fact]
    public async Task Replace_needs_the_current_version_so_concurrent_writers_cannot_both_win()
    {
        var notes = Notes();
        await notes.InsertAsync("a", new Note("v1", 1), new DocumentKeys());
        Assert.Equal(2, await notes.ReplaceAsync("a", new Note("v2", 2), new DocumentKeys(), expectedVersion: 1));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => notes.ReplaceAsync("a", new Note("stale", 3), new DocumentKeys(), expectedVersion: 1));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => notes.ReplaceAsync("missing", new Note("x", 0), new DocumentKeys(), 1));
        Assert.Equal(new Versioned<Note>(new Note("v2", 2), 2), await notes.GetAsync("a"));
    }

    [Fact]
    public async Task Queries_filter_by_partition_and_tag_and_page_in_both_orders()
    {
        var notes = Notes();
        for (var i = 0; i < 5; i++)
            await notes.InsertAsync($"n{i}", new Note($"note {i}", i), new DocumentKeys(i % 2 == 0 ? "even" : "odd", 100 + i, i < 3 ? "active" : "done"));
        await notes.InsertAsync("tie", new Note("same time as n2", 9), new DocumentKeys("even", 102, "done"));

        var even = await notes.QueryAsync(new DocumentQuery(Partition: "even"));
        Assert.Equal(["n0", "n2", "tie", "n4"], even.Select(e => e.Id));
        var firstPage = await notes.QueryAsync(new DocumentQuery(Partition: "even", Limit: 2, Descending: true));
        Assert.Equal(["n4", "tie"], firstPage.Select(e => e.Id));
        var secondPage = await notes.QueryAsync(new DocumentQuery(Partition: "even", Limit: 2, Descending: true, After: (firstPage[^1].SortKey, firstPage[^1].Id)));
        Assert.Equal(["n2", "n0"], secondPage.Select(e => e.Id));
        Assert.Equal(["n0", "n1", "n2"], (await notes.QueryAsync(new DocumentQuery(Tag: "active"))).Select(e => e.Id));

        // Replacing moves a document between tags (how finished jobs leave the recovery scan).
        var n1 = await notes.GetAsync("n1");
        await notes.ReplaceAsync("n1", n1!.Value, new DocumentKeys("odd", 101, "done"), n1.Version);
        Assert.Equal(["n0", "n2"], (await notes.QueryAsync(new DocumentQuery(Tag: "active"))).Select(e => e.Id));
        Assert.True(await notes.DeleteAsync("n0"));
        Assert.False(await notes.DeleteAsync("n0"));
        Assert.Equal(["n2"], (await notes.QueryAsync(new DocumentQuery(Tag: "active"))).Select(e => e.Id));
    }

    [Fact]
    public async Task Blobs_round_trip_are_replaced_whole_and_are_deleted_by_prefix()
    {
        var blobs = Open().Blobs;
        var prefix = $"jobs/{Guid.NewGuid():N}/";
        Assert.Equal(5, await blobs.PutAsync(prefix + "a.bin", new MemoryStream("hello"u8.ToArray()), "application/octet-stream"));
        await blobs.PutAsync(prefix + "a.bin", new MemoryStream("hello again"u8.ToArray()), "application/octet-stream");
        await blobs.PutAsync(prefix + "b.bin", new MemoryStream([1, 2, 3]), "application/octet-stream");
        await using (var read = await blobs.OpenReadAsync(prefix + "a.bin"))
            Assert.Equal("hello again", await new StreamReader(read!, Encoding.UTF8).ReadToEndAsync());
        Assert.True(await blobs.ExistsAsync(prefix + "b.bin"));
        Assert.Null(await blobs.OpenReadAsync(prefix + "missing"));
        await blobs.DeleteAsync(prefix + "b.bin");
        Assert.False(await blobs.ExistsAsync(prefix + "b.bin"));
        await blobs.DeletePrefixAsync(prefix);
        Assert.False(await blobs.ExistsAsync(prefix + "a.bin"));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.PutAsync("../escape", new MemoryStream(), "x"));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.OpenReadAsync("/etc/passwd"));
    }

    [Fact]
    public async Task Several_deleters_of_one_prefix_all_succeed()
    {
        // The gateway and the orchestrator both delete a cancelled job's media, at the same moment.
        var blobs = Open().Blobs;
        for (int round = 0; round < 20; round++)
        {
            var prefix = $"jobs/{Guid.NewGuid():N}/";
            for (int i = 0; i < 300; i++) await blobs.PutAsync($"{prefix}part-{i}.bin", new MemoryStream(new byte[64]), "application/octet-stream");
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => blobs.DeletePrefixAsync(prefix))));
            Assert.False(await blobs.ExistsAsync(prefix + "part-0.bin"));
        }
    }

    [Fact]
    public async Task The_store_answers_a_ping() => await Open().Documents.PingAsync();
}
