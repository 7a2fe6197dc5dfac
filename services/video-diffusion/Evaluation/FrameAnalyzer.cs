using Kino.VideoDiffusion.World;

namespace Kino.VideoDiffusion.Evaluation;

/// <summary>What the analyzer sees of one object across a clip.</summary>
public sealed record ObjectTrack(Colour Colour, Shape Shape, Motion? Motion, double ShapeConsistency, double[] X, double[] Y, double[] Size, double? Gravity, bool? FitsConstantGravity);

/// <summary>What the analyzer sees in a clip.</summary>
public sealed record ClipAnalysis(Scenery Scenery, IReadOnlyList<ObjectTrack> Objects, double CameraShift);

/// <summary>
/// Reads a generated clip analytically, without the model: finds objects by colour, names their shape from
/// geometry (holes, convexity, how much of the enclosing circle they fill), follows their centroids with the
/// camera pan removed, and names the motion. Frames are interleaved RGB bytes.
/// </summary>
public static class FrameAnalyzer
{
    private const int BrightThreshold = 150;
    private const double MinAreaShare = 0.006;

    public static ClipAnalysis Analyze(byte[] rgb, int frames, int height, int width, double fps)
    {
        int n = height * width;
        var labels = new sbyte[frames * n];
        for (int i = 0; i < frames * n; i++) labels[i] = Classify(rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2]);

        var pan = CameraPan(rgb, labels, frames, height, width);
        var objects = new List<ObjectTrack>();
        foreach (var colour in Enum.GetValues<Colour>())
        {
            var masks = new List<bool[]?>();
            for (int f = 0; f < frames; f++) masks.Add(LargestComponent(labels.AsSpan(f * n, n), (sbyte)colour, height, width, (int)(MinAreaShare * n)));
            if (masks.Count(m => m is not null) * 2 < frames) continue;
            objects.Add(Track(colour, masks, pan, height, width, fps));
        }
        return new ClipAnalysis(DetectScenery(rgb, labels, frames * n), objects, pan.Length > 0 ? pan[^1] : 0);
    }

    /// <summary>Nearest palette colour for bright pixels, -1 for background.</summary>
    private static sbyte Classify(byte r, byte g, byte b)
    {
        if (Math.Max(r, Math.Max(g, b)) < BrightThreshold) return -1;
        sbyte best = -1;
        int bestDistance = int.MaxValue;
        foreach (var colour in Enum.GetValues<Colour>())
        {
            var (pr, pg, pb) = Palette.Rgb(colour);
            int d = (r - pr) * (r - pr) + (g - pg) * (g - pg) + (b - pb) * (b - pb);
            if (d < bestDistance) { bestDistance = d; best = (sbyte)colour; }
        }
        return bestDistance < 110 * 110 ? best : (sbyte)-1;
    }

    private static bool[]? LargestComponent(ReadOnlySpan<sbyte> labels, sbyte colour, int height, int width, int minArea)
    {
        var seen = new bool[labels.Length];
        List<int>? best = null;
        var stack = new Stack<int>();
        for (int start = 0; start < labels.Length; start++)
        {
            if (seen[start] || labels[start] != colour) continue;
            var component = new List<int>();
            stack.Push(start);
            seen[start] = true;
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                component.Add(p);
                int x = p % width, y = p / width;
                foreach (var q in new[] { x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, y > 0 ? p - width : -1, y < height - 1 ? p + width : -1 })
                    if (q >= 0 && !seen[q] && labels[q] == colour) { seen[q] = true; stack.Push(q); }
            }
            if (best is null || component.Count > best.Count) best = component;
        }
        if (best is null || best.Count < minArea) return null;
        var mask = new bool[labels.Length];
        foreach (var p in best) mask[p] = true;
        return mask;
    }

    private sealed record Geometry(double X, double Y, double Area, Shape Shape, bool[] Filled);

    private static ObjectTrack Track(Colour colour, List<bool[]?> masks, double[] pan, int height, int width, double fps)
    {
        var geometry = masks.Select(m => m is null ? null : Measure(m, height, width)).ToList();
        var present = geometry.Where(g => g is not null).Select(g => g!).ToList();
        var shape = present.GroupBy(g => g.Shape).OrderByDescending(g => g.Count()).First().Key;
        double consistency = geometry.Count(g => g?.Shape == shape) / (double)masks.Count;
        // Fill gaps (frames where the object was not found) from the nearest frame that has it.
        var filled = Enumerable.Range(0, geometry.Count).Select(f => geometry[f] ?? geometry.Where(g => g is not null).MinBy(g => Math.Abs(geometry.IndexOf(g) - f))!).ToList();
        var x = filled.Select((g, f) => g.X / width - (f < pan.Length ? pan[f] : 0)).ToArray();
        var y = filled.Select(g => g.Y / height).ToArray();
        var size = filled.Select(g => Math.Sqrt(g.Area) / width).ToArray();
        var (motion, gravity, fits) = NameMotion(x, y, size, filled, height, width, shape, fps);
        return new ObjectTrack(colour, shape, motion, consistency, x, y, size, gravity, fits);
    }

    private static Geometry Measure(bool[] mask, int height, int width)
    {
        int minX = width, minY = height, maxX = 0, maxY = 0;
        for (int p = 0; p < mask.Length; p++)
            if (mask[p]) { int x = p % width, y = p / width; minX = Math.Min(minX, x); maxX = Math.Max(maxX, x); minY = Math.Min(minY, y); maxY = Math.Max(maxY, y); }
        // Holes: pixels inside the bounding box that the outside cannot reach.
        int bw = maxX - minX + 3, bh = maxY - minY + 3;
        var outside = new bool[bw * bh];
        var stack = new Stack<(int, int)>();
        stack.Push((0, 0));
        outside[0] = true;
        bool Solid(int bx, int by)
        {
            int x = bx + minX - 1, y = by + minY - 1;
            return x >= 0 && y >= 0 && x < width && y < height && mask[y * width + x];
        }
        while (stack.Count > 0)
        {
            var (bx, by) = stack.Pop();
            foreach (var (nx, ny) in new[] { (bx - 1, by), (bx + 1, by), (bx, by - 1), (bx, by + 1) })
                if (nx >= 0 && ny >= 0 && nx < bw && ny < bh && !outside[ny * bw + nx] && !Solid(nx, ny)) { outside[ny * bw + nx] = true; stack.Push((nx, ny)); }
        }
        var filled = new bool[mask.Length];
        int area = 0, holes = 0, holeGroups = 0;
        var holeSeen = new bool[bw * bh];
        double sx = 0, sy = 0;
        for (int by = 1; by < bh - 1; by++)
            for (int bx = 1; bx < bw - 1; bx++)
            {
                if (outside[by * bw + bx]) continue;
                int x = bx + minX - 1, y = by + minY - 1;
                filled[y * width + x] = true;
                area++; sx += x + 0.5; sy += y + 0.5;
                if (!Solid(bx, by))
                {
                    holes++;
                    if (!holeSeen[by * bw + bx])
                    {
                        holeGroups++;
                        var hs = new Stack<(int, int)>();
                        hs.Push((bx, by)); holeSeen[by * bw + bx] = true;
                        while (hs.Count > 0)
                        {
                            var (hx, hy) = hs.Pop();
                            foreach (var (nx, ny) in new[] { (hx - 1, hy), (hx + 1, hy), (hx, hy - 1), (hx, hy + 1) })
                                if (nx > 0 && ny > 0 && nx < bw - 1 && ny < bh - 1 && !holeSeen[ny * bw + nx] && !outside[ny * bw + nx] && !Solid(nx, ny))
                                { holeSeen[ny * bw + nx] = true; hs.Push((nx, ny)); }
                        }
                    }
                }
            }
        double cx = sx / area, cy = sy / area, holeShare = holes / (double)area;
        Shape shape;
        if (holeGroups >= 2 && holeShare > 0.03) shape = Shape.Face;
        else if (holeShare > 0.12) shape = Shape.Ring;
        else if (holeShare > 0.04) shape = Shape.Face;
        else
        {
            var corners = new List<(double X, double Y)>();
            double rMax = 0;
            for (int p = 0; p < filled.Length; p++)
            {
                if (!filled[p]) continue;
                int x = p % width, y = p / width;
                foreach (var (qx, qy) in new[] { (x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1) })
                {
                    corners.Add((qx, qy));
                    rMax = Math.Max(rMax, Math.Sqrt((qx - cx) * (qx - cx) + (qy - cy) * (qy - cy)));
                }
            }
            double solidity = area / HullArea(corners);
            double roundness = area / (Math.PI * rMax * rMax);
            shape = solidity < 0.8 ? Shape.Star : roundness > 0.75 ? Shape.Circle : roundness > 0.5 ? Shape.Square : Shape.Triangle;
        }
        return new Geometry(cx, cy, area, shape, filled);
    }

    private static double HullArea(List<(double X, double Y)> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (sorted.Count < 3) return 1;
        static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) => (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
        var hull = new List<(double X, double Y)>();
        foreach (var pass in new[] { sorted, Enumerable.Reverse(sorted).ToList() })
        {
            int start = hull.Count;
            foreach (var p in pass)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], p) <= 0) hull.RemoveAt(hull.Count - 1);
                hull.Add(p);
            }
            hull.RemoveAt(hull.Count - 1);
        }
        double area = 0;
        for (int i = 0; i < hull.Count; i++) { var a = hull[i]; var b = hull[(i + 1) % hull.Count]; area += a.X * b.Y - b.X * a.Y; }
        return Math.Abs(area) / 2;
    }

    private static (Motion?, double?, bool?) NameMotion(double[] x, double[] y, double[] size, List<Geometry> geometry,
        int height, int width, Shape shape, double fps)
    {
        int n = x.Length;
        double first = (size[0] + size[Math.Min(1, n - 1)]) / 2, last = (size[n - 1] + size[Math.Max(0, n - 2)]) / 2;
        double ratio = last / first;
        var dy = Enumerable.Range(0, n - 1).Select(k => y[k + 1] - y[k]).ToArray();
        bool floorHit = Enumerable.Range(0, Math.Max(0, dy.Length - 1)).Any(k => dy[k] > 0.02 && dy[k + 1] < -0.02)
            || Enumerable.Range(0, Math.Max(0, dy.Length - 1)).Any(k => dy[k] < -0.02 && dy[k + 1] > 0.02 && y.Max() - y.Min() > 0.12);
        double dxTotal = x[^1] - x[0], dyTotal = y[^1] - y[0];
        if (ratio > 1.25) return (Motion.Grow, null, null);
        if (ratio < 0.8) return (Motion.Shrink, null, null);
        if (floorHit && y.Max() - y.Min() > 0.1)
        {
            var (g, fits) = GravityFit(y, fps);
            return (Motion.Bounce, g, fits);
        }
        if (Math.Max(Math.Abs(dxTotal), Math.Abs(dyTotal)) > 0.1)
            return (Math.Abs(dxTotal) >= Math.Abs(dyTotal) ? (dxTotal < 0 ? Motion.Left : Motion.Right) : (dyTotal < 0 ? Motion.Up : Motion.Down), null, null);
        if (shape is not (Shape.Circle or Shape.Ring) && Spins(geometry, height, width)) return (Motion.Rotate, null, null);
        return (null, null, null);
    }

    /// <summary>
    /// Between bounces the height follows one parabola, so the second difference of y is the same constant
    /// (gravity times the frame interval squared) wherever three consecutive frames share an arc.
    /// </summary>
    private static (double?, bool) GravityFit(double[] y, double fps)
    {
        double dt = 1 / fps;
        var accelerations = new List<double>();
        for (int k = 1; k < y.Length - 1; k++)
        {
            double second = y[k + 1] - 2 * y[k] + y[k - 1];
            if (second > 0) accelerations.Add(second / (dt * dt));
        }
        if (accelerations.Count < 2) return (accelerations.Count == 1 ? accelerations[0] : null, false);
        // Triples spanning a bounce give smaller values; judge the arc by its largest, consistent accelerations.
        var top = accelerations.OrderDescending().Take(Math.Max(2, accelerations.Count / 2)).ToList();
        double mean = top.Average(), spread = Math.Sqrt(top.Average(a => (a - mean) * (a - mean))) / mean;
        return (mean, spread <= 0.35);
    }

    /// <summary>A shape spins when each frame matches the next best after turning it by a clear angle about its centroid.</summary>
    private static bool Spins(List<Geometry> geometry, int height, int width)
    {
        int turning = 0;
        for (int f = 0; f + 1 < geometry.Count; f++)
        {
            double bestAngle = 0, bestOverlap = -1;
            for (int degrees = -40; degrees <= 40; degrees += 5)
            {
                double overlap = Overlap(geometry[f], geometry[f + 1], degrees * Math.PI / 180, height, width);
                if (overlap > bestOverlap + 1e-9) { bestOverlap = overlap; bestAngle = degrees; }
            }
            if (Math.Abs(bestAngle) >= 10) turning++;
        }
        return turning * 2 >= geometry.Count - 1;
    }

    private static double Overlap(Geometry ga, Geometry gb, double angle, int height, int width)
    {
        bool[] a = ga.Filled, b = gb.Filled;
        int intersection = 0, union = 0;
        double cos = Math.Cos(angle), sin = Math.Sin(angle);
        for (int p = 0; p < b.Length; p++)
        {
            int x = p % width, y = p / width;
            // Where this pixel of b came from in a, turned back by the angle.
            double rx = x + 0.5 - gb.X, ry = y + 0.5 - gb.Y;
            int sx = (int)Math.Floor(ga.X + rx * cos + ry * sin), sy = (int)Math.Floor(ga.Y - rx * sin + ry * cos);
            bool inA = sx >= 0 && sy >= 0 && sx < width && sy < height && a[sy * width + sx];
            if (inA && b[p]) intersection++;
            if (inA || b[p]) union++;
        }
        return union == 0 ? 0 : intersection / (double)union;
    }

    /// <summary>Horizontal camera pan per frame (in frame widths), from how the background moves between consecutive frames.</summary>
    private static double[] CameraPan(byte[] rgb, sbyte[] labels, int frames, int height, int width)
    {
        int n = height * width;
        var pan = new double[frames];
        const int range = 4;
        for (int f = 1; f < frames; f++)
        {
            var cost = new double[2 * range + 1];
            for (int s = -range; s <= range; s++)
            {
                double sum = 0;
                int count = 0;
                for (int y = 0; y < height; y++)
                    for (int x = Math.Max(0, s); x < Math.Min(width, width + s); x++)
                    {
                        int p = (f - 1) * n + y * width + x - s, q = f * n + y * width + x;
                        if (labels[p] >= 0 || labels[q] >= 0) continue;
                        sum += Math.Abs(Luma(rgb, p) - Luma(rgb, q));
                        count++;
                    }
                cost[s + range] = count > 0 ? sum / count : double.MaxValue;
            }
            int best = Array.IndexOf(cost, cost.Min());
            double shift = best - range;
            if (best > 0 && best < cost.Length - 1)
            {
                double a = cost[best - 1], b = cost[best], c = cost[best + 1], denominator = a - 2 * b + c;
                if (denominator > 1e-9) shift += 0.5 * (a - c) / denominator;
            }
            pan[f] = pan[f - 1] + shift / width;
        }
        return pan;
    }

    private static double Luma(byte[] rgb, int pixel) => 0.299 * rgb[pixel * 3] + 0.587 * rgb[pixel * 3 + 1] + 0.114 * rgb[pixel * 3 + 2];

    private static Scenery DetectScenery(byte[] rgb, sbyte[] labels, int pixels)
    {
        double r = 0, g = 0, b = 0;
        int count = 0;
        for (int i = 0; i < pixels; i += 3)
        {
            if (labels[i] >= 0) continue;
            r += rgb[i * 3]; g += rgb[i * 3 + 1]; b += rgb[i * 3 + 2];
            count++;
        }
        r /= Math.Max(1, count); g /= Math.Max(1, count); b /= Math.Max(1, count);
        return Enum.GetValues<Scenery>().MinBy(s =>
        {
            var (sr, sg, sb) = Palette.SceneryBase(s);
            // Compare chromaticity and brightness separately: textures darken the average but keep its hue.
            double total = r + g + b + 1, reference = sr + sg + sb + 1;
            double hue = Math.Pow(r / total - sr / reference, 2) + Math.Pow(g / total - sg / reference, 2) + Math.Pow(b / total - sb / reference, 2);
            return hue * 40 + Math.Pow((total - reference) / 255, 2);
        });
    }
}
