using System.Collections.Concurrent;
using System.Globalization;
using System.Xml.Linq;

namespace Kino.Cameo.Likeness;

/// <summary>A face in the picture's pixels; <see cref="Neighbours"/> is how many raw detections agreed on it (more: surer).</summary>
public sealed record FaceBox(int X, int Y, int Width, int Height, int Neighbours);

/// <summary>
/// Viola-Jones face detection with OpenCV's trained Haar cascade, evaluated the way OpenCV's HaarEvaluator does (no
/// OpenCV library is available to the service): an image pyramid with scale factor 1.1, a 24×24 window normalised by
/// the standard deviation of its inner 22×22 pixels, stump classifiers in boosted stages, and the raw hits grouped like
/// cv::groupRectangles with minNeighbors 3. An instance is immutable, so one can serve every request at once.
/// </summary>
public sealed class FaceDetector
{
    public const string DefaultCascadePath = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";

    private const double ScaleFactor = 1.1;
    private const int MinNeighbours = 3;
    private const double GroupEps = 0.2;
    /// <summary>OpenCV skips windows whose standard deviation is 10 grey levels or less: nothing there to classify.</summary>
    private const double MinWindowStdDev = 10;

    private static readonly ConcurrentDictionary<string, FaceDetector> Loaded = new();

    private readonly int windowWidth, windowHeight;
    private readonly int[] stageEnds;              // index one past each stage's last stump
    private readonly double[] stageThresholds;
    private readonly double[] stumpThresholds, leftLeaves, rightLeaves;
    private readonly Rect[][] stumpRects;          // each stump's feature: 2 or 3 weighted rectangles in window pixels

    private readonly record struct Rect(int X, int Y, int Width, int Height, double Weight);

    private FaceDetector(int windowWidth, int windowHeight, int[] stageEnds, double[] stageThresholds,
        double[] stumpThresholds, double[] leftLeaves, double[] rightLeaves, Rect[][] stumpRects)
    {
        (this.windowWidth, this.windowHeight) = (windowWidth, windowHeight);
        (this.stageEnds, this.stageThresholds) = (stageEnds, stageThresholds);
        (this.stumpThresholds, this.leftLeaves, this.rightLeaves, this.stumpRects) = (stumpThresholds, leftLeaves, rightLeaves, stumpRects);
    }

    /// <summary>The cascade at <paramref name="path"/>, parsed once per process (the file is about 1 MB of XML).</summary>
    public static FaceDetector Load(string path = DefaultCascadePath)
    {
        var full = Path.GetFullPath(path);
        if (Loaded.TryGetValue(full, out var cached)) return cached;
        if (!File.Exists(full))
            throw new FileNotFoundException($"The Haar cascade {full} is missing: install Debian's opencv-data package (apt-get install opencv-data).", full);
        return Loaded.GetOrAdd(full, Parse(XDocument.Load(full), full));
    }

    /// <summary>Reads OpenCV's "new" cascade format (stageType BOOST, featureType HAAR), refusing what this evaluator cannot run.</summary>
    private static FaceDetector Parse(XDocument document, string path)
    {
        var cascade = document.Root?.Element("cascade") ?? throw Invalid(path, "no <cascade> element (the old <haarcascade> format is not supported)");
        if (Text(cascade, "stageType", path) != "BOOST" || Text(cascade, "featureType", path) != "HAAR")
            throw Invalid(path, "only BOOST stages of HAAR features are supported");
        int width = int.Parse(Text(cascade, "width", path), CultureInfo.InvariantCulture);
        int height = int.Parse(Text(cascade, "height", path), CultureInfo.InvariantCulture);

        var features = (cascade.Element("features") ?? throw Invalid(path, "no <features>")).Elements("_").Select((feature, index) =>
        {
            if (feature.Element("tilted") is { } tilted && tilted.Value.Trim() != "0")
                throw Invalid(path, $"feature {index} is tilted (45° features are not supported)");
            var rects = (feature.Element("rects") ?? throw Invalid(path, $"feature {index} has no <rects>")).Elements("_").Select(r =>
            {
                var v = Numbers(r.Value);
                if (v.Length != 5) throw Invalid(path, $"feature {index} has a rectangle that is not 'x y w h weight'");
                var rect = new Rect((int)v[0], (int)v[1], (int)v[2], (int)v[3], v[4]);
                if (rect.X < 0 || rect.Y < 0 || rect.Width <= 0 || rect.Height <= 0 || rect.X + rect.Width > width || rect.Y + rect.Height > height)
                    throw Invalid(path, $"feature {index} has a rectangle outside the {width}×{height} window");
                return rect;
            }).ToArray();
            if (rects.Length is < 1 or > 3) throw Invalid(path, $"feature {index} has {rects.Length} rectangles (1 to 3 expected)");
            return rects;
        }).ToArray();

        var stageEnds = new List<int>();
        var stageThresholds = new List<double>();
        var thresholds = new List<double>();
        var lefts = new List<double>();
        var rights = new List<double>();
        var rects = new List<Rect[]>();
        foreach (var stage in (cascade.Element("stages") ?? throw Invalid(path, "no <stages>")).Elements("_"))
        {
            stageThresholds.Add(double.Parse(Text(stage, "stageThreshold", path), CultureInfo.InvariantCulture));
            foreach (var weak in (stage.Element("weakClassifiers") ?? throw Invalid(path, "a stage has no <weakClassifiers>")).Elements("_"))
            {
                var nodes = Numbers(Text(weak, "internalNodes", path));
                var leaves = Numbers(Text(weak, "leafValues", path));
                // A stump is one node whose both children are leaves: "0 -1 featureIndex threshold" with two leaf values.
                if (nodes.Length != 4 || nodes[0] != 0 || nodes[1] != -1 || leaves.Length != 2)
                    throw Invalid(path, $"weak classifier {thresholds.Count} is not a stump (trees are not supported)");
                int feature = (int)nodes[2];
                if (feature < 0 || feature >= features.Length) throw Invalid(path, $"weak classifier {thresholds.Count} names feature {feature}, which does not exist");
                rects.Add(features[feature]);
                thresholds.Add(nodes[3]);
                lefts.Add(leaves[0]);
                rights.Add(leaves[1]);
            }
            stageEnds.Add(thresholds.Count);
        }
        if (stageEnds.Count == 0) throw Invalid(path, "no stages");
        return new FaceDetector(width, height, [.. stageEnds], [.. stageThresholds], [.. thresholds], [.. lefts], [.. rights], [.. rects]);
    }

    private static string Text(XElement parent, string name, string path) =>
        parent.Element(name)?.Value.Trim() ?? throw Invalid(path, $"<{parent.Name}> has no <{name}>");

    private static double[] Numbers(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];

    private static InvalidDataException Invalid(string path, string why) => new($"{path} is not a cascade this detector can run: {why}.");

    /// <summary>
    /// Faces in an 8-bit grey picture (row-major, <paramref name="width"/> × <paramref name="height"/>) at least
    /// <paramref name="minFaceSize"/> pixels wide, surest first.
    /// </summary>
    public IReadOnlyList<FaceBox> Detect(byte[] gray, int width, int height, int minFaceSize = 24)
    {
        ArgumentNullException.ThrowIfNull(gray);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (gray.Length < (long)width * height) throw new ArgumentException($"{gray.Length} bytes do not hold a {width}×{height} picture.", nameof(gray));

        var hits = new List<Rectangle>();
        var scaled = new byte[width * height];
        var sum = new long[(width + 1) * (height + 1)];
        var squares = new long[(width + 1) * (height + 1)];
        // Like cv::CascadeClassifier: window sizes grow by 1.1 until the window no longer fits the picture.
        for (double factor = 1; ; factor *= ScaleFactor)
        {
            int windowW = (int)Math.Round(windowWidth * factor), windowH = (int)Math.Round(windowHeight * factor);
            if (windowW > width || windowH > height) break;
            if (windowW < minFaceSize || windowH < minFaceSize) continue;
            int w = (int)Math.Round(width / factor), h = (int)Math.Round(height / factor);
            if (w < windowWidth || h < windowHeight) break;
            Resize(gray, width, height, scaled, w, h);
            Integrate(scaled, w, h, sum, squares);
            // OpenCV's steps: every other position while the pyramid level is finer than half size, every one after.
            ScanLevel(sum, squares, w, h, factor >= 2 ? 1 : 2, factor, windowW, windowH, hits);
        }
        return Group(hits);
    }

    private readonly record struct Rectangle(int X, int Y, int Width, int Height);

    /// <summary>Runs the cascade over every window position of one pyramid level; hits go back in picture pixels.</summary>
    private void ScanLevel(long[] sum, long[] squares, int w, int h, int step, double factor, int windowW, int windowH, List<Rectangle> hits)
    {
        int stride = w + 1;
        int stumps = stumpThresholds.Length;
        // Corner offsets of every stump's rectangles in this level's integral image, relative to the window's corner.
        var offsets = new int[stumps * 12];
        var weights = new double[stumps * 3];
        for (int k = 0; k < stumps; k++)
        {
            var rects = stumpRects[k];
            for (int r = 0; r < rects.Length; r++)
            {
                var rect = rects[r];
                int o = k * 12 + r * 4;
                offsets[o] = rect.Y * stride + rect.X;
                offsets[o + 1] = rect.Y * stride + rect.X + rect.Width;
                offsets[o + 2] = (rect.Y + rect.Height) * stride + rect.X;
                offsets[o + 3] = (rect.Y + rect.Height) * stride + rect.X + rect.Width;
                weights[k * 3 + r] = rect.Weight;
            }
        }
        // The normalisation window leaves a 1-pixel border, as OpenCV's HaarEvaluator does.
        int n0 = stride + 1, n1 = stride + windowWidth - 1, n2 = (windowHeight - 1) * stride + 1, n3 = (windowHeight - 1) * stride + windowWidth - 1;
        double area = (windowWidth - 2) * (windowHeight - 2);

        for (int y = 0; y + windowHeight <= h; y += step)
        {
            for (int x = 0; x + windowWidth <= w; x += step)
            {
                int p = y * stride + x;
                long s = sum[p + n0] - sum[p + n1] - sum[p + n2] + sum[p + n3];
                long q = squares[p + n0] - squares[p + n1] - squares[p + n2] + squares[p + n3];
                double nf = area * q - (double)s * s;
                if (nf <= 0) continue;
                nf = Math.Sqrt(nf);
                if (nf <= MinWindowStdDev * area) continue;   // nf = area × standard deviation

                int result = Classify(sum, p, nf, offsets, weights);
                if (result > 0)
                    hits.Add(new Rectangle((int)Math.Round(x * factor), (int)Math.Round(y * factor), windowW, windowH));
                else if (result == 0) x += step;   // rejected by the first stage: the neighbour most likely is too (OpenCV's shortcut)
            }
        }
    }

    /// <summary>1 when every stage accepts the window, else minus the index of the stage that rejected it (OpenCV's convention).</summary>
    private int Classify(long[] sum, int p, double nf, int[] offsets, double[] weights)
    {
        int k = 0;
        for (int stage = 0; stage < stageEnds.Length; stage++)
        {
            double total = 0;
            for (int end = stageEnds[stage]; k < end; k++)
            {
                int o = k * 12, wi = k * 3;
                double value = weights[wi] * (sum[p + offsets[o]] - sum[p + offsets[o + 1]] - sum[p + offsets[o + 2]] + sum[p + offsets[o + 3]])
                    + weights[wi + 1] * (sum[p + offsets[o + 4]] - sum[p + offsets[o + 5]] - sum[p + offsets[o + 6]] + sum[p + offsets[o + 7]]);
                if (weights[wi + 2] != 0)
                    value += weights[wi + 2] * (sum[p + offsets[o + 8]] - sum[p + offsets[o + 9]] - sum[p + offsets[o + 10]] + sum[p + offsets[o + 11]]);
                total += value < stumpThresholds[k] * nf ? leftLeaves[k] : rightLeaves[k];
            }
            if (total < stageThresholds[stage]) return -stage;
        }
        return 1;
    }

    /// <summary>Bilinear resampling with pixel centres aligned (OpenCV's INTER_LINEAR convention); a copy at full size.</summary>
    private static void Resize(byte[] source, int sw, int sh, byte[] target, int tw, int th)
    {
        if (sw == tw && sh == th)
        {
            Array.Copy(source, target, sw * sh);
            return;
        }
        double sx = (double)sw / tw, sy = (double)sh / th;
        var x0 = new int[tw];
        var x1 = new int[tw];
        var ax = new double[tw];
        for (int x = 0; x < tw; x++)
        {
            double fx = Math.Max(0, (x + 0.5) * sx - 0.5);
            x0[x] = Math.Min((int)fx, sw - 1);
            x1[x] = Math.Min(x0[x] + 1, sw - 1);
            ax[x] = fx - (int)fx;
        }
        for (int y = 0; y < th; y++)
        {
            double fy = Math.Max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.Min((int)fy, sh - 1), y1 = Math.Min(y0 + 1, sh - 1);
            double ay = fy - (int)fy;
            int r0 = y0 * sw, r1 = y1 * sw, t = y * tw;
            for (int x = 0; x < tw; x++)
            {
                double top = source[r0 + x0[x]] + ax[x] * (source[r0 + x1[x]] - source[r0 + x0[x]]);
                double bottom = source[r1 + x0[x]] + ax[x] * (source[r1 + x1[x]] - source[r1 + x0[x]]);
                target[t + x] = (byte)(top + ay * (bottom - top) + 0.5);
            }
        }
    }

    /// <summary>Integral images of the pixels and of their squares, (w + 1) × (h + 1) with a zero first row and column.</summary>
    private static void Integrate(byte[] pixels, int w, int h, long[] sum, long[] squares)
    {
        int stride = w + 1;
        Array.Clear(sum, 0, stride);
        Array.Clear(squares, 0, stride);
        for (int y = 0; y < h; y++)
        {
            long row = 0, rowSquares = 0;
            int above = y * stride, here = above + stride;
            sum[here] = squares[here] = 0;
            for (int x = 0; x < w; x++)
            {
                int v = pixels[y * w + x];
                row += v;
                rowSquares += v * v;
                sum[here + x + 1] = sum[above + x + 1] + row;
                squares[here + x + 1] = squares[above + x + 1] + rowSquares;
            }
        }
    }

    /// <summary>
    /// cv::groupRectangles: clusters hits whose corners lie within eps × their mean size of each other (transitively),
    /// averages each cluster, keeps clusters of more than minNeighbors hits (a hit and at least 3 neighbours), and drops
    /// a cluster that lies inside a surer one.
    /// </summary>
    private static List<FaceBox> Group(List<Rectangle> hits)
    {
        var parent = Enumerable.Range(0, hits.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (int i = 0; i < hits.Count; i++)
            for (int j = i + 1; j < hits.Count; j++)
                if (Similar(hits[i], hits[j])) parent[Root(i)] = Root(j);

        var clusters = hits.Select((hit, i) => (hit, root: Root(i))).GroupBy(c => c.root).Select(g =>
        {
            int n = g.Count();
            return new FaceBox((int)Math.Round(g.Average(c => c.hit.X)), (int)Math.Round(g.Average(c => c.hit.Y)),
                (int)Math.Round(g.Average(c => c.hit.Width)), (int)Math.Round(g.Average(c => c.hit.Height)), n);
        }).Where(c => c.Neighbours > MinNeighbours).ToList();

        return [.. clusters.Where(inner => !clusters.Any(outer => !ReferenceEquals(inner, outer) && Inside(inner, outer)))
            .OrderByDescending(c => c.Neighbours)];
    }

    private static bool Similar(Rectangle a, Rectangle b)
    {
        double delta = GroupEps * (Math.Min(a.Width, b.Width) + Math.Min(a.Height, b.Height)) * 0.5;
        return Math.Abs(a.X - b.X) <= delta && Math.Abs(a.Y - b.Y) <= delta
            && Math.Abs(a.X + a.Width - b.X - b.Width) <= delta && Math.Abs(a.Y + a.Height - b.Y - b.Height) <= delta;
    }

    /// <summary>OpenCV's rule for a box inside another (give or take eps): it goes when the other has more hits.</summary>
    private static bool Inside(FaceBox inner, FaceBox outer)
    {
        int dx = (int)Math.Round(outer.Width * GroupEps), dy = (int)Math.Round(outer.Height * GroupEps);
        return inner.X >= outer.X - dx && inner.Y >= outer.Y - dy
            && inner.X + inner.Width <= outer.X + outer.Width + dx && inner.Y + inner.Height <= outer.Y + outer.Height + dy
            && outer.Neighbours > inner.Neighbours;
    }
}
