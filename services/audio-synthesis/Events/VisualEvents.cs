using Kino.Media;

namespace Kino.AudioSynthesis.Events;

/// <summary>When things happen in the picture: contacts (a moving object's lowest points) and flashes, in seconds.</summary>
public sealed record VisualEventTimes(IReadOnlyList<double> Contacts, IReadOnlyList<double> Flashes, double FramesPerSecond);

/// <summary>
/// Finds visual events in a clip's frames (decoded small and grey): the moving object is what differs from the
/// per-pixel median over time; a contact is a frame where its centroid stops falling and starts rising (a local maximum
/// of its height in the image, refined to sub-frame time by a parabola); a flash is a jump in mean brightness.
/// </summary>
public static class VisualEvents
{
    private const int Width = 96;

    public static async Task<VisualEventTimes> DetectAsync(string video, CancellationToken ct)
    {
        var info = await MediaProbe.ReadAsync(video, ct);
        if (info.Width == 0) return new([], [], 24);
        int height = Math.Max(2, (int)Math.Round(info.Height * (double)Width / info.Width / 2) * 2);
        var frames = await MediaInfo.ReadFramesAsync(video, "gray", Width, height, 1, ct);
        return Detect(frames, Width, height, info.FramesPerSecond);
    }

    public static VisualEventTimes Detect(IReadOnlyList<byte[]> frames, int width, int height, double fps)
    {
        if (frames.Count < 3) return new([], [], fps);
        int size = width * height;
        var background = FrameStatistics.TemporalMedian(frames);
        var heights = new double[frames.Count];
        var brightness = new double[frames.Count];
        for (int f = 0; f < frames.Count; f++)
        {
            double sumY = 0, weight = 0, sum = 0;
            for (int i = 0; i < size; i++)
            {
                sum += frames[f][i];
                int difference = Math.Abs(frames[f][i] - background[i]);
                if (difference < 24) continue;
                sumY += difference * (i / width);
                weight += difference;
            }
            heights[f] = weight > size * 0.002 * 24 ? sumY / weight : double.NaN;
            brightness[f] = sum / size;
        }
        return new VisualEventTimes(Contacts(heights, fps, height), Flashes(brightness, fps), fps);
    }

    /// <summary>Local maxima of the centroid's image row (it is lowest there) that stand out by at least 3 % of the height.</summary>
    private static List<double> Contacts(double[] y, double fps, int height)
    {
        var contacts = new List<double>();
        double prominence = 0.03 * height;
        for (int f = 1; f < y.Length - 1; f++)
        {
            if (double.IsNaN(y[f - 1]) || double.IsNaN(y[f]) || double.IsNaN(y[f + 1])) continue;
            if (!(y[f] >= y[f - 1] && y[f] > y[f + 1])) continue;
            // It must have fallen to here and rise again by the prominence, within half a second either way.
            int reach = Math.Max(2, (int)(fps / 2));
            double before = Enumerable.Range(Math.Max(0, f - reach), Math.Min(reach, f)).Select(i => y[i]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(y[f]).Min();
            double after = Enumerable.Range(f + 1, Math.Min(reach, y.Length - f - 1)).Select(i => y[i]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(y[f]).Min();
            if (y[f] - before < prominence || y[f] - after < prominence) continue;
            double denominator = y[f - 1] - 2 * y[f] + y[f + 1];
            double offset = denominator < 0 ? 0.5 * (y[f - 1] - y[f + 1]) / denominator : 0;
            contacts.Add((f + Math.Clamp(offset, -0.5, 0.5)) / fps);
        }
        return contacts;
    }

    /// <summary>Frames at least 40 levels brighter than the frame before.</summary>
    private static List<double> Flashes(double[] brightness, double fps) =>
        Enumerable.Range(1, brightness.Length - 1).Where(f => brightness[f] - brightness[f - 1] > 40).Select(f => f / fps).ToList();
}
