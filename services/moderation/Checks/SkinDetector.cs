namespace Kino.Moderation.Checks;

/// <summary>How much of a frame looks like skin, and how much of that is one connected region.</summary>
public readonly record struct SkinMeasure(double SkinShare, double LargestRegionShare);

/// <summary>
/// Skin-region analysis for the nudity check of generated frames: a pixel is skin when the RGB rule of Kovač et al.,
/// the YCbCr chroma box of Chai and Ngan and an HSV hue window all agree (any one alone fires on sand, wood or orange shapes); large exposed
/// skin shows as one big connected region, which scattered skin-coloured objects do not make.
/// </summary>
public static class SkinDetector
{
    public static bool IsSkin(byte r, byte g, byte b)
    {
        bool rgbRule = r > 95 && g > 40 && b > 20 && Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 15
            && Math.Abs(r - g) > 15 && r > g && r > b;
        if (!rgbRule) return false;
        int min = Math.Min(g, b);
        double hue = 60.0 * (g - b) / (r - min), saturation = (r - min) / (double)r;
        if (hue is < 0 or > 28 || saturation is < 0.15 or > 0.7) return false;
        double y = 0.299 * r + 0.587 * g + 0.114 * b;
        double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
        double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
        return y > 60 && cb is >= 77 and <= 127 && cr is >= 133 and <= 173;
    }

    /// <summary>Measures one RGB24 frame.</summary>
    public static SkinMeasure Measure(ReadOnlySpan<byte> rgb, int width, int height)
    {
        if (rgb.Length < width * height * 3) throw new ArgumentException("The frame is smaller than its size says.", nameof(rgb));
        var skin = new bool[width * height];
        int total = 0;
        for (int i = 0; i < skin.Length; i++)
        {
            skin[i] = IsSkin(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]);
            if (skin[i]) total++;
        }
        return new SkinMeasure(total / (double)skin.Length, LargestRegion(skin, width, height) / (double)skin.Length);
    }

    private static int LargestRegion(bool[] skin, int width, int height)
    {
        var seen = new bool[skin.Length];
        var stack = new Stack<int>();
        int largest = 0;
        for (int start = 0; start < skin.Length; start++)
        {
            if (!skin[start] || seen[start]) continue;
            int size = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                size++;
                int x = p % width, y = p / width;
                if (x > 0) Visit(p - 1);
                if (x < width - 1) Visit(p + 1);
                if (y > 0) Visit(p - width);
                if (y < height - 1) Visit(p + width);
            }
            largest = Math.Max(largest, size);
        }
        return largest;

        void Visit(int q)
        {
            if (skin[q] && !seen[q]) { seen[q] = true; stack.Push(q); }
        }
    }
}
