using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;

namespace Kino.Tests.Support;

/// <summary>c2pa-rs's verdict on a file (its WebAssembly build run by Node): the referee, never part of Kino.</summary>
public sealed record RefereeVerdict(string ValidationState, IReadOnlyList<string> Failure, IReadOnlyList<string> Success, IReadOnlyList<string> Informational, string? Error);

public static class C2paReferee
{
    /// <summary>Reads the file with c2pa-rs. <paramref name="anchors"/>: null = trust not checked, "-" = checked with no anchor, else a PEM file.</summary>
    public static async Task<RefereeVerdict> ReadAsync(string file, string? anchors = null)
    {
        var script = Path.Combine(Repo.Root, "tests/interop/c2pa/read.mjs");
        var result = await Cli.Wrap("node").WithArguments(anchors is null ? [script, file] : [script, file, anchors])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.True(result.ExitCode == 0, $"c2pa-rs referee failed: {result.StandardError}");
        var json = JsonDocument.Parse(result.StandardOutput.Trim().Split('\n')[^1]).RootElement;
        static List<string> Codes(JsonElement e) => e.EnumerateArray().Select(c => c.GetString()!).ToList();
        return new RefereeVerdict(json.GetProperty("validation_state").GetString()!, Codes(json.GetProperty("failure")), Codes(json.GetProperty("success")), Codes(json.GetProperty("informational")),
            json.TryGetProperty("error", out var error) ? error.GetString() : null);
    }
}
