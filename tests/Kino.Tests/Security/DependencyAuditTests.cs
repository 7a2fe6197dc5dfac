using System.Diagnostics;
using System.Text.Json;
using Kino.Tests.Support;

namespace Kino.Tests.Security;

/// <summary>
/// No package Kino uses, directly or transitively, has a known vulnerability (<c>dotnet list package --vulnerable
/// --include-transitive</c>). That command reads advisories from the NuGet sources' VulnerabilityInfo resource; a
/// source without one makes it report "no vulnerable packages" whatever the packages are, so a run where no source
/// serves vulnerability data fails too, saying why, rather than passing without having checked anything.
/// </summary>
public sealed class DependencyAuditTests
{
    /// <summary>Set to "skip" to run without vulnerability data (the test is then reported as skipped, with the reason).</summary>
    private const string WithoutDataVariable = "KINO_AUDIT_WITHOUT_VULNERABILITY_DATA";

    [Fact]
    public async Task No_package_has_a_known_vulnerability()
    {
        var report = JsonDocument.Parse(await DotnetAsync("list", "Kino.sln", "package", "--vulnerable", "--include-transitive", "--format", "json")).RootElement;

        var vulnerable = (from project in report.GetProperty("projects").EnumerateArray()
                          from framework in project.TryGetProperty("frameworks", out var f) ? f.EnumerateArray() : Enumerable.Empty<JsonElement>()
                          from kind in new[] { "topLevelPackages", "transitivePackages" }
                          from package in framework.TryGetProperty(kind, out var p) ? p.EnumerateArray() : Enumerable.Empty<JsonElement>()
                          from advisory in package.GetProperty("vulnerabilities").EnumerateArray()
                          select $"{package.GetProperty("id").GetString()} {package.GetProperty("resolvedVersion").GetString()} ({advisory.GetProperty("severity").GetString()}: " +
                                 $"{advisory.GetProperty("advisoryurl").GetString()}) in {Path.GetFileName(project.GetProperty("path").GetString())}").Distinct().ToList();
        Assert.True(vulnerable.Count == 0, "Known-vulnerable packages (pin a fixed version in Directory.Packages.props):\n" + string.Join('\n', vulnerable));

        var sources = report.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToList();
        var withData = new List<string>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var source in sources.Where(s => s.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
        {
            var index = JsonDocument.Parse(await http.GetStringAsync(source)).RootElement;
            if (index.GetProperty("resources").EnumerateArray().Any(r => r.GetProperty("@type").GetString()?.StartsWith("VulnerabilityInfo", StringComparison.Ordinal) == true))
                withData.Add(source);
        }
        if (withData.Count > 0) return;
        var why = $"The audit above checked nothing: no NuGet source serves vulnerability data (none of {string.Join(", ", sources)} lists a " +
                  "VulnerabilityInfo resource in its service index), so `dotnet list package --vulnerable` reports every package as clean. " +
                  $"Add a source whose service index has it (the public NuGet gallery's does; a nuget.config auditSources entry works too), or set {WithoutDataVariable}=skip to run without it.";
        if (Environment.GetEnvironmentVariable(WithoutDataVariable) == "skip") Assert.Skip(why);
        Assert.Fail(why);
    }

    private static async Task<string> DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}");
        return await output;
    }
}
