using System.Numerics;

namespace Kino.Watermark.Video;

/// <summary>
/// Adds the tiled chip pattern, smoothly interpolated between chip centres, to 8-bit luma planes. The amplitude follows local activity: flat areas, where noise
/// shows, get the base amplitude; textured areas up to twice that (they hide it, and codecs keep more of it there).
/// Vectorised (System.Numerics): marking a 720×1280 frame takes about a millisecond.
/// </summary>
public sealed class LumaMarker
{
    private readonly int width, height;
    private readonly short[] pattern;   // ±amplitude×16 per pixel, before masking
    private readonly short[] original;  // the frame before marking, widened (activity is measured on it)

    public LumaMarker(sbyte[] tile, int width, int height, double amplitude)
    {
        this.width = width;
        this.height = height;
        int chip = TileLayout.ChipPixels(width, height);
        pattern = new short[width * height];
        original = new short[width * height];
        // Chip values sit at chip centres and are interpolated bilinearly between them (wrapping around the tile): no
        // sharp chip edges, so the mark adds little local variance (structure) and codecs keep more of it.
        const int n = TileLayout.Chips;
        for (int y = 0; y < height; y++)
        {
            double v = (y + 0.5) / chip - 0.5;
            int r0 = (int)Math.Floor(v);
            double fy = v - r0;
            int row0 = ((r0 % n) + n) % n * n, row1 = (((r0 + 1) % n) + n) % n * n;
            for (int x = 0; x < width; x++)
            {
                double u = (x + 0.5) / chip - 0.5;
                int c0 = (int)Math.Floor(u);
                double fx = u - c0;
                int col0 = ((c0 % n) + n) % n, col1 = (((c0 + 1) % n) + n) % n;
                double value = (1 - fy) * ((1 - fx) * tile[row0 + col0] + fx * tile[row0 + col1]) + fy * ((1 - fx) * tile[row1 + col0] + fx * tile[row1 + col1]);
                pattern[y * width + x] = (short)Math.Round(value * amplitude * 16);
            }
        }
    }

    /// <summary>Marks one luma plane in place.</summary>
    public void Mark(Span<byte> luma)
    {
        if (luma.Length < width * height) throw new ArgumentException("The luma plane is smaller than the frame.", nameof(luma));
        for (int i = 0; i < original.Length; i++) original[i] = luma[i];
        for (int y = 0; y < height; y++) MarkRow(luma.Slice(y * width, width), y);
    }

    private void MarkRow(Span<byte> target, int y)
    {
        int row = y * width, up = Math.Max(0, y - 1) * width, down = Math.Min(height - 1, y + 1) * width;
        var o = original.AsSpan();
        var p = pattern.AsSpan(row, width);
        int lanes = Vector<short>.Count, x = 1;
        var limit = new Vector<short>(16);
        var bias = new Vector<short>(16);
        var half = new Vector<short>(128);
        var zero = Vector<short>.Zero;
        var white = new Vector<short>(255);
        Span<short> result = stackalloc short[lanes];
        for (; x + lanes <= width - 1; x += lanes)
        {
            var v = new Vector<short>(o.Slice(row + x, lanes));
            var activity = Vector.Max(Vector.Max(Vector.Abs(v - new Vector<short>(o.Slice(row + x - 1, lanes))), Vector.Abs(v - new Vector<short>(o.Slice(row + x + 1, lanes)))),
                Vector.Max(Vector.Abs(v - new Vector<short>(o.Slice(up + x, lanes))), Vector.Abs(v - new Vector<short>(o.Slice(down + x, lanes)))));
            var gain = bias + Vector.Min(activity, limit);                                   // 16..32 sixteenths: 1× to 2×
            var delta = Vector.ShiftRightArithmetic(new Vector<short>(p.Slice(x, lanes)) * gain + half, 8);
            Vector.Min(Vector.Max(v + delta, zero), white).CopyTo(result);
            for (int i = 0; i < lanes; i++) target[x + i] = (byte)result[i];
        }
        // The first and last columns (and what the vectors did not cover) one by one.
        MarkPixel(target, row, up, down, 0);
        for (; x < width; x++) MarkPixel(target, row, up, down, x);
    }

    private void MarkPixel(Span<byte> target, int row, int up, int down, int x)
    {
        int v = original[row + x];
        int activity = Math.Max(Math.Max(Math.Abs(v - original[row + Math.Max(0, x - 1)]), Math.Abs(v - original[row + Math.Min(width - 1, x + 1)])),
            Math.Max(Math.Abs(v - original[up + x]), Math.Abs(v - original[down + x])));
        int gain = 16 + Math.Min(activity, 16);
        target[x] = (byte)Math.Clamp(v + ((pattern[row + x] * gain + 128) >> 8), 0, 255);
    }
}
