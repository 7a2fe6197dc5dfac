namespace Kino.Tests.Chaos;

/// <summary>
/// The chaos scenario in its short form for CI (<see cref="CiJobs"/> jobs). <c>bench/run-chaos.sh</c> runs the same test
/// in its long form (KINO_CHAOS_JOBS=50) and keeps the report (KINO_CHAOS_REPORT).
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output)
{
    private const int CiJobs = 10;

    [Fact]
    public async Task Every_job_completes_exactly_once_while_every_service_is_killed_and_RabbitMQ_restarted()
    {
        var jobs = int.TryParse(Environment.GetEnvironmentVariable("KINO_CHAOS_JOBS"), out var n) ? n : CiJobs;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("KINO_CHAOS_SEED"), out var s) ? s : Random.Shared.Next(1, 10_000);
        output.WriteLine($"chaos seed {seed} (KINO_CHAOS_SEED={seed} repeats this order of faults)");
        var scenario = new ChaosScenario(jobs, seed, TimeSpan.FromMinutes(5 + jobs / 4.0), line => output.WriteLine(line));
        var report = await scenario.RunAsync();
        var markdown = report.ToMarkdown();
        output.WriteLine(markdown);
        if (Environment.GetEnvironmentVariable("KINO_CHAOS_REPORT") is { Length: > 0 } file)
            await File.WriteAllTextAsync(file, markdown);
        Assert.True(report.Problems.Count == 0, markdown);
        Assert.Equal(KinoPlatformServices + 1, report.Faults.Count);
    }

    private static readonly int KinoPlatformServices = Support.KinoPlatform.DistributedServices.Length + 1;
}
