using Kino.LipSync.Visemes;

namespace Kino.LipSync.Faces;

/// <summary>
/// Draws a cartoon face on the speaking character of an RGB24 frame: two eyes and a mouth whose opening, width and
/// rounding follow the frame's mouth shape. Sizes follow the character's size.
/// </summary>
public static class FacePainter
{
    public static readonly (byte R, byte G, byte B) MouthColour = (70, 12, 28);

    public static void Paint(Span<byte> rgb, int width, int height, CharacterBox box, MouthShape mouth)
    {
        double s = box.Size;
        foreach (var side in new[] { -1, 1 })
        {
            Ellipse(rgb, width, height, box.X + side * 0.18 * s, box.Y - 0.12 * s, 0.085 * s, 0.1 * s, (245, 245, 245));
            Ellipse(rgb, width, height, box.X + side * 0.18 * s, box.Y - 0.11 * s, 0.04 * s, 0.05 * s, (20, 20, 24));
        }
        double halfWidth = s * (0.08 + 0.14 * mouth.Width) * (1 - 0.4 * mouth.Round);
        double halfHeight = s * (0.012 + 0.15 * mouth.Open);
        // Lips as a slightly larger darker-red ring, the opening inside.
        Ellipse(rgb, width, height, box.X, box.Y + 0.2 * s, halfWidth + 0.02 * s, halfHeight + 0.02 * s, (150, 40, 50));
        Ellipse(rgb, width, height, box.X, box.Y + 0.2 * s, halfWidth, halfHeight, MouthColour);
    }

    /// <summary>The area of the mouth's opening in a frame, measured from the pixels (for the sync metric on rendered video).</summary>
    public static double MouthArea(ReadOnlySpan<byte> rgb, int width, int height, CharacterBox box)
    {
        double s = box.Size;
        int x0 = (int)Math.Max(0, box.X - 0.4 * s), x1 = (int)Math.Min(width - 1, box.X + 0.4 * s);
        int y0 = (int)Math.Max(0, box.Y + 0.0 * s), y1 = (int)Math.Min(height - 1, box.Y + 0.45 * s);
        int count = 0;
        for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++)
            {
                int i = 3 * (y * width + x);
                if (Math.Abs(rgb[i] - MouthColour.R) < 30 && Math.Abs(rgb[i + 1] - MouthColour.G) < 30 && Math.Abs(rgb[i + 2] - MouthColour.B) < 30) count++;
            }
        return count / (s * s);
    }

    private static void Ellipse(Span<byte> rgb, int width, int height, double cx, double cy, double rx, double ry, (byte R, byte G, byte B) colour)
    {
        if (rx <= 0 || ry <= 0) return;
        int x0 = (int)Math.Max(0, Math.Floor(cx - rx)), x1 = (int)Math.Min(width - 1, Math.Ceiling(cx + rx));
        int y0 = (int)Math.Max(0, Math.Floor(cy - ry)), y1 = (int)Math.Min(height - 1, Math.Ceiling(cy + ry));
        for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++)
            {
                double dx = (x + 0.5 - cx) / rx, dy = (y + 0.5 - cy) / ry;
                double d = dx * dx + dy * dy;
                if (d > 1) continue;
                // A soft edge over the outer 10 % of the radius.
                double alpha = Math.Clamp((1 - d) / 0.19, 0, 1);
                int i = 3 * (y * width + x);
                rgb[i] = (byte)(rgb[i] + (colour.R - rgb[i]) * alpha);
                rgb[i + 1] = (byte)(rgb[i + 1] + (colour.G - rgb[i + 1]) * alpha);
                rgb[i + 2] = (byte)(rgb[i + 2] + (colour.B - rgb[i + 2]) * alpha);
            }
    }
}
