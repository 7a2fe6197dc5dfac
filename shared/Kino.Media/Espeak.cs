namespace Kino.Media;

/// <summary>Speech with espeak-ng (Debian package), written as a WAV file.</summary>
public static class Espeak
{
    public static Task SpeakAsync(string text, string voice, string output, CancellationToken ct) =>
        MediaTool.RunAsync("espeak-ng", ["-v", voice, "-s", "160", "-w", output, "--", text], ct);
}
