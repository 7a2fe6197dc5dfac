using Kino.LipSync.Visemes;

namespace Kino.LipSync.Faces;

/// <summary>
/// Draws the speaking character's face on an RGB24 frame: a cartoon face (two eyes and a mouth whose opening, width and
/// rounding follow the frame's mouth shape), or a cameo's own face with its mouth warped open. Sizes follow the character.
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

    // Where the mouth sits in a cameo's face crop (the detected face box with a quarter margin each side): the mouth is
    // between the lips at about 0.75 of the crop (measured on a cameo), and about a fifth of the crop wide.
    private const double CameoMouthV = 0.745, CameoMouthHalfWidth = 0.11, CameoJawDrop = 0.12;

    /// <summary>
    /// Draws a cameo's face on the character (a soft-edged oval, the character's size) and animates its mouth by warping:
    /// the jaw below the mouth line moves down with the opening (most at the mouth, none at the chin's edge), and the
    /// gap it leaves is the dark mouth opening, shaped by the mouth's width and rounding.
    /// </summary>
    public static void PaintCameo(Span<byte> rgb, int width, int height, CharacterBox box, MouthShape mouth, CameoFace face)
    {
        double s = box.Size * 1.1, left = box.X - s / 2, top = box.Y - s / 2;
        double drop = CameoJawDrop * mouth.Open, halfWidth = CameoMouthHalfWidth * (0.6 + 0.6 * mouth.Width) * (1 - 0.35 * mouth.Round);
        int x0 = (int)Math.Max(0, left), x1 = (int)Math.Min(width - 1, left + s), y0 = (int)Math.Max(0, top), y1 = (int)Math.Min(height - 1, top + s);
        for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++)
            {
                double u = (x + 0.5 - left) / s, v = (y + 0.5 - top) / s;
                double du = (u - 0.5) / 0.46, dv = (v - 0.5) / 0.5, d = du * du + dv * dv;
                if (d > 1) continue;
                double alpha = Math.Clamp((1 - d) / 0.15, 0, 1);
                // The lower lip drops along a half-ellipse under the mouth line; the chin moves less the lower it is.
                double gap = (u - 0.5) / halfWidth, profile = gap * gap < 1 ? Math.Sqrt(1 - gap * gap) : 0;
                double opening = drop * profile;
                double down = v > CameoMouthV ? opening * Math.Clamp((0.98 - v) / (0.98 - CameoMouthV - opening), 0, 1) : 0;
                var colour = v > CameoMouthV && v < CameoMouthV + opening ? MouthColour : Sample(face, u, v - down);
                int i = 3 * (y * width + x);
                rgb[i] = (byte)(rgb[i] + (colour.R - rgb[i]) * alpha);
                rgb[i + 1] = (byte)(rgb[i + 1] + (colour.G - rgb[i + 1]) * alpha);
                rgb[i + 2] = (byte)(rgb[i + 2] + (colour.B - rgb[i + 2]) * alpha);
            }
    }

    /// <summary>Bilinear sample of the face at (u, v) in 0–1.</summary>
    private static (byte R, byte G, byte B) Sample(CameoFace face, double u, double v)
    {
        double fx = Math.Clamp(u * face.Size - 0.5, 0, face.Size - 1.001), fy = Math.Clamp(v * face.Size - 0.5, 0, face.Size - 1.001);
        int ix = (int)fx, iy = (int)fy;
        double ax = fx - ix, ay = fy - iy;
        byte Channel(int c)
        {
            int i00 = 3 * (iy * face.Size + ix) + c, i10 = i00 + 3, i01 = i00 + 3 * face.Size, i11 = i01 + 3;
            double top = face.Rgb[i00] + (face.Rgb[i10] - face.Rgb[i00]) * ax, bottom = face.Rgb[i01] + (face.Rgb[i11] - face.Rgb[i01]) * ax;
            return (byte)Math.Round(top + (bottom - top) * ay);
        }
        return (Channel(0), Channel(1), Channel(2));
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
