namespace Kino.Watermark.Visible;

/// <summary>
/// The visible mark: "Kino" and the creator's handle, drawn by ffmpeg. It jumps between five places (four corners and
/// the middle of the left edge) every two seconds, so no single crop removes it, and is sized to the frame
/// (1/28 of the short side), white at 70 % opacity with a soft shadow: legible, not shouting.
/// </summary>
public static class VisibleMark
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    public static string Filter(string? handle)
    {
        var text = string.IsNullOrWhiteSpace(handle) ? "Kino" : $"Kino · @{Sanitize(handle)}";
        // Slot k = trunc(t/2) mod 5: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left, 4 middle-left.
        const string slot = "mod(trunc(t/2)\\,5)";
        var x = $"if(eq({slot}\\,1)+eq({slot}\\,2)\\, w-tw-min(w\\,h)/20\\, min(w\\,h)/20)";
        var y = $"if(eq({slot}\\,0)+eq({slot}\\,1)\\, min(w\\,h)/20\\, if(eq({slot}\\,4)\\, (h-th)/2\\, h-th-min(w\\,h)/10))";
        return $"drawtext=fontfile={Font}:text='{text}':fontsize=min(w\\,h)/28:fontcolor=white@0.7:shadowcolor=black@0.4:shadowx=2:shadowy=2:x={x}:y={y}";
    }

    /// <summary>Handles are shown as given, minus anything the filter syntax would read as an instruction.</summary>
    private static string Sanitize(string handle) => new(handle.Where(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-').Take(30).ToArray());
}
