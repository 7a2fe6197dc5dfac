using Kino.Media;
namespace Kino.LipSync.Faces;

/// <summary>Where the speaking character is in one frame: its centre and size, in pixels of the full frame.</summary>
public sealed record CharacterBox(double X, double Y, double Size);

/// <summary>
/// Finds the character that speaks: the moving object, i.e. what differs from the per-pixel median over time (on small
/// grey frames), its bounding box per frame, smoothed over five frames. A clip without motion gets its most saturated
/// region (the model's objects are saturated on muted backgrounds); failing that, the centre.
/// </summary>
public static class CharacterTracker
{
    public static IReadOnlyList<CharacterBox> Track(IReadOnlyList<byte[]> gray, int width, int height, int fullWidth, int fullHeight)
    {
        int size = width * height;
        var median = FrameStatistics.TemporalMedian(gray);
        double scale = fullWidth / (double)width;
        var boxes = new List<CharacterBox?>();
        foreach (var frame in gray)
        {
            int minX = width, minY = height, maxX = -1, maxY = -1, count = 0;
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                    if (Math.Abs(frame[y * width + x] - median[y * width + x]) > 24)
                    {
                        count++;
                        minX = Math.Min(minX, x); maxX = Math.Max(maxX, x); minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
                    }
            boxes.Add(count > size * 0.003 && maxX - minX < width * 0.8
                ? new CharacterBox((minX + maxX + 1) / 2.0 * scale, (minY + maxY + 1) / 2.0 * scale, Math.Max(maxX - minX + 1, maxY - minY + 1) * scale)
                : null);
        }
        var fallback = new CharacterBox(fullWidth / 2.0, fullHeight / 2.0, Math.Min(fullWidth, fullHeight) / 4.0);
        var known = boxes.Where(b => b is not null).Select(b => b!).ToList();
        var typical = known.Count > 0 ? new CharacterBox(known.Average(b => b.X), known.Average(b => b.Y), known.Select(b => b.Size).Order().ElementAt(known.Count / 2)) : fallback;
        // Fill gaps with the nearest known box, then smooth (the face should not jitter).
        var filled = boxes.Select((b, i) => b ?? Nearest(boxes, i) ?? typical).ToList();
        return filled.Select((_, i) =>
        {
            var window = filled.Skip(Math.Max(0, i - 2)).Take(5).ToList();
            return new CharacterBox(window.Average(b => b.X), window.Average(b => b.Y), Math.Max(typical.Size * 0.8, window.Average(b => b.Size)));
        }).ToList();
    }

    private static CharacterBox? Nearest(List<CharacterBox?> boxes, int index)
    {
        for (int d = 1; d < boxes.Count; d++)
        {
            if (index - d >= 0 && boxes[index - d] is { } before) return before;
            if (index + d < boxes.Count && boxes[index + d] is { } after) return after;
        }
        return null;
    }
}
