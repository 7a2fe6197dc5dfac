using System.Diagnostics;

namespace Kino.Media;

/// <summary>An ffmpeg process whose raw input or output streams through this process (frames, samples).</summary>
public sealed class FfmpegPipe : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task<string> stderr;

    private FfmpegPipe(IEnumerable<string> arguments, bool writeInput)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = !writeInput, RedirectStandardInput = writeInput, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-hide_banner", "-loglevel", "error", "-y" }.Concat(arguments)) start.ArgumentList.Add(a);
        process = Process.Start(start) ?? throw new MediaToolException("ffmpeg did not start.");
        stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>ffmpeg writing raw data to us (e.g. "-f rawvideo -").</summary>
    public static FfmpegPipe Reading(IEnumerable<string> arguments) => new(arguments, writeInput: false);

    /// <summary>ffmpeg reading raw data from us (e.g. "-f rawvideo -i -").</summary>
    public static FfmpegPipe Writing(IEnumerable<string> arguments) => new(arguments, writeInput: true);

    public Stream Output => process.StandardOutput.BaseStream;
    public Stream Input => process.StandardInput.BaseStream;

    /// <summary>Waits for the process (after closing our end of its input) and throws with its stderr on failure.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        if (process.StartInfo.RedirectStandardInput) process.StandardInput.Close();
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new MediaToolException($"ffmpeg exited with {process.ExitCode}: {(await stderr).Trim()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    /// <summary>Reads exactly buffer.Length bytes, or returns false at a clean end of stream.</summary>
    public static async Task<bool> ReadFullAsync(Stream stream, Memory<byte> buffer, CancellationToken ct)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = await stream.ReadAsync(buffer[read..], ct);
            if (n == 0) return read == 0 ? false : throw new MediaToolException("ffmpeg's output ended inside a frame.");
            read += n;
        }
        return true;
    }
}
