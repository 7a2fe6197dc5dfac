namespace Kino.Watermark.Video;

/// <summary>
/// Adds the tiled chip pattern to 8-bit luma planes. The amplitude follows local activity: flat areas, where noise
/// shows, get the base amplitude; textured areas up to twice that (they hide it, and codecs keep more of it there).
/// </summary>
public sealed class LumaMarker
{
    private readonly int width, height;
    private readonly short[] pattern;   // ±amplitude×16 per pixel, before masking
    private readonly byte[] original;

    public LumaMarker(sbyte[] tile, int width, int height, double amplitude)
    {
        this.width = width;
        this.height = height;
        int chip = TileLayout.ChipPixels(width, height);
        pattern = new short[width * height];
        original = new byte[width * height];
        for (int y = 0; y < height; y++)
        {
            int row = (y / chip) % TileLayout.Chips * TileLayout.Chips;
            for (int x = 0; x < width; x++)
                pattern[y * width + x] = (short)Math.Round(tile[row + (x / chip) % TileLayout.Chips] * amplitude * 16);
        }
    }

    /// <summary>Marks one luma plane in place.</summary>
    public void Mark(Span<byte> luma)
    {
        if (luma.Length < width * height) throw new ArgumentException("The luma plane is smaller than the frame.", nameof(luma));
        luma[..original.Length].CopyTo(original);
        for (int y = 0; y < height; y++)
        {
            var line = original.AsSpan(y * width, width);
            var above = original.AsSpan(Math.Max(0, y - 1) * width, width);
            var below = original.AsSpan(Math.Min(height - 1, y + 1) * width, width);
            var target = luma.Slice(y * width, width);
            var chips = pattern.AsSpan(y * width, width);
            for (int x = 0; x < width; x++)
            {
                // Activity: the largest difference to the four neighbours (0 in flat areas).
                int v = line[x];
                int activity = Math.Max(Math.Max(Math.Abs(v - line[Math.Max(0, x - 1)]), Math.Abs(v - line[Math.Min(width - 1, x + 1)])),
                    Math.Max(Math.Abs(v - above[x]), Math.Abs(v - below[x])));
                int gain = 16 + Math.Min(activity, 16);   // 1× to 2×, in sixteenths
                int marked = v + (chips[x] * gain + (chips[x] >= 0 ? 128 : -128)) / 256;
                target[x] = (byte)Math.Clamp(marked, 0, 255);
            }
        }
    }
}
