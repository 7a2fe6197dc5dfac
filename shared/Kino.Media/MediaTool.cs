using CliWrap;
using CliWrap.Buffered;

namespace Kino.Media;

/// <summary>Runs a media tool (ffmpeg, ffprobe, espeak-ng) and turns a failure into an exception that carries its stderr.</summary>
public static class MediaTool
{
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var result = await Cli.Wrap(tool)
            .WithArguments(arguments)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(ct);
        if (result.ExitCode != 0)
        {
            var stderr = result.StandardError.Length > 2000 ? result.StandardError[^2000..] : result.StandardError;
            throw new MediaToolException($"{tool} exited with {result.ExitCode}: {stderr.Trim()}");
        }
        return result.StandardOutput;
    }
}

public sealed class MediaToolException(string message) : Exception(message);
