using Kino.Contracts;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;
using Kino.Storage.Sqlite;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kino.Tests.Messaging;

/// <summary>
/// A stage is idempotent by (job, stage, attempt): the same command delivered twice, even while the first delivery
/// still runs, publishes one and the same result, so that a public event made from it (video.published) reaches
/// third parties once. The chaos test found two different video.published events for one video when two deliveries
/// of a publish command overlapped.
/// </summary>
public sealed class StageConsumerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-stage-").FullName;

    public sealed record TestCommand(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt) : IStageCommand;

    public sealed record TestResult(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt, bool Placeholder, double ComputeMs, int Run)
        : IStageResult;

    /// <summary>Both deliveries enter before either leaves, so that they overlap for certain.</summary>
    public sealed class OverlappingStage(IDocumentStore store, ILogger<OverlappingStage> logger) : StageConsumer<TestCommand, TestResult>(store, logger)
    {
        public static int Runs;
        public static readonly TaskCompletionSource BothIn = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override string Stage => "test";

        protected override async Task<TestResult> ExecuteAsync(TestCommand command, Func<double> elapsed, CancellationToken ct)
        {
            var run = Interlocked.Increment(ref Runs);
            if (run == 2) BothIn.TrySetResult();
            await BothIn.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            // The second run finishes first, as it may on a busy machine.
            if (run == 1) await Task.Delay(300, ct);
            return new TestResult(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, false, elapsed(), run);
        }
    }

    [Fact]
    public async Task Two_overlapping_deliveries_of_one_command_publish_the_same_result_twice_not_two_results()
    {
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IDocumentStore>(new SqliteDocumentStore(Path.Combine(_folder, "store.db")))
            .AddMassTransitTestHarness(bus => bus.AddConsumer<OverlappingStage>())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            var command = new TestCommand(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, 1);
            await Task.WhenAll(harness.Bus.Publish(command), harness.Bus.Publish(command));

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (harness.Published.Select<TestResult>().Count() < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
            var results = harness.Published.Select<TestResult>().Select(p => p.Context.Message).ToList();
            Assert.Equal(2, OverlappingStage.Runs);
            Assert.Equal(2, results.Count);
            Assert.Equal(results[0], results[1]);
            Assert.Equal(2, results[0].Run);   // the run that recorded its result first
        }
        finally
        {
            await harness.Stop();
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
