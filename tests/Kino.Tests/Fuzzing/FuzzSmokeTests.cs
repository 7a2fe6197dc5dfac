using System.Diagnostics;
using System.Globalization;
using Kino.Fuzz;
using Kino.Tests.Support;

namespace Kino.Tests.Fuzzing;

/// <summary>The harness copied and instrumented once for the smoke runs (tests/fuzz/afl.sh instrument).</summary>
public sealed class InstrumentedHarness
{
    public string Folder { get; } = Path.Combine(Repo.Root, ".kino/fuzz-smoke/bin");

    public InstrumentedHarness() => FuzzSmokeTests.RunScript(["instrument", Folder], TimeSpan.FromMinutes(3));
}

/// <summary>
/// A short AFL++ run of every fuzz target from its kept corpus (the long runs are bench/run-fuzz.sh): the fuzzer must
/// execute inputs and save no crash and no hang. Findings stay in .kino/fuzz-smoke/&lt;target&gt;/default.
/// </summary>
public sealed class FuzzSmokeTests(InstrumentedHarness harness, ITestOutputHelper output) : IClassFixture<InstrumentedHarness>
{
    // Six targets at 10 s each keep the whole class under two minutes with .NET's start-up and AFL's calibration.
    private const int SecondsPerTarget = 10;

    public static TheoryData<string> Targets => new(FuzzTargets.Names);

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_short_fuzz_run_finds_no_crash_or_hang(string target)
    {
        var findings = Path.Combine(Repo.Root, ".kino/fuzz-smoke", target);
        if (Directory.Exists(findings)) Directory.Delete(findings, recursive: true);
        RunScript(["run", harness.Folder, target, SecondsPerTarget.ToString(CultureInfo.InvariantCulture), findings], TimeSpan.FromSeconds(SecondsPerTarget + 120));

        var stats = File.ReadLines(Path.Combine(findings, "default/fuzzer_stats"))
            .Select(line => line.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        long Stat(string name) => long.Parse(stats[name], CultureInfo.InvariantCulture);
        output.WriteLine($"{target}: {Stat("execs_done")} executions in {Stat("run_time")} s ({stats["execs_per_sec"]} execs/s), {Stat("corpus_count")} paths");

        var found = new[] { "crashes", "hangs" }
            .SelectMany(kind => Directory.EnumerateFiles(Path.Combine(findings, "default", kind), "id*")).ToList();
        Assert.True(found.Count == 0, $"AFL++ found {found.Count} crash(es)/hang(s) in '{target}':\n"
            + string.Join("\n", found.Select(f => $"  {f}\n    replay: dotnet tests/fuzz/Kino.Fuzz/bin/Release/net10.0/Kino.Fuzz.dll {target} --replay '{f}'"))
            + $"\nFix the cause, then keep the input as tests/fuzz/corpus/{target}/crash-<cause>.");
        Assert.True(Stat("execs_done") > 0, $"AFL++ ran no input of '{target}'");
    }

    internal static void RunScript(string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(Path.Combine(Repo.Root, "tests/fuzz/afl.sh"), arguments) { RedirectStandardError = true, WorkingDirectory = Repo.Root };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            Assert.True(process.WaitForExit(limit), $"tests/fuzz/afl.sh {string.Join(' ', arguments)} ran longer than {limit}");
            Assert.True(process.ExitCode == 0, $"tests/fuzz/afl.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors.Result}");
        }
        finally
        {
            // Never leave afl-fuzz or the harness behind, whatever went wrong.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
