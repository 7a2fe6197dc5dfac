namespace Kino.VideoDiffusion.World;

/// <summary>
/// Renders a <see cref="Scene"/> analytically: every pixel is a function of the scene, the time and the resolution,
/// so the same clip can be drawn at the base size, the super-resolution size, or continued past its first window.
/// </summary>
public static class WorldRenderer
{
    public const float Gravity = 1.2f;       // normalised heights per second squared
    public const float Speed = 0.085f;       // translation, frame widths per second
    public const float SpinDegreesPerSecond = 45f;
    public const float PanSpeed = 0.06f;
    public const float ZoomRate = 0.05f;

    /// <summary>Where an object is at time t (seconds): centre, radius and rotation in radians.</summary>
    public static (float X, float Y, float Radius, float Angle) Pose(SceneObject o, float t)
    {
        float x = o.StartX, y = o.StartY, r = o.Size, angle = o.Phase;
        switch (o.Motion)
        {
            case Motion.Left: x -= Speed * t; break;
            case Motion.Right: x += Speed * t; break;
            case Motion.Up: y -= Speed * t; break;
            case Motion.Down: y += Speed * t; break;
            case Motion.Rotate: angle += SpinDegreesPerSecond * MathF.PI / 180f * t; break;
            case Motion.Grow: r *= 1f + 0.15f * t; break;
            case Motion.Shrink: r *= MathF.Max(0.25f, 1f - 0.1f * t); break;
            case Motion.Bounce:
                {
                    // Elastic bounce on a floor: the height above the floor is a repeating parabola under constant gravity.
                    float floor = 0.95f - o.Size, height = floor - o.StartY;
                    float period = 2f * MathF.Sqrt(2f * height / Gravity);
                    float tau = Mod(t + o.Phase * period, period) - period / 2f;
                    y = floor - (height - 0.5f * Gravity * tau * tau);
                    break;
                }
        }
        return (x, y, r, angle);
    }

    /// <summary>Renders frames at times start, start+step, ... into [C, T, H, W] floats in [-1, 1] (2x2 supersampled).</summary>
    public static float[] Render(Scene scene, int frames, int height, int width, float start, float step)
    {
        var pixels = new float[3 * frames * height * width];
        int plane = frames * height * width;
        for (int f = 0; f < frames; f++)
        {
            float t = start + f * step;
            var poses = scene.Objects.Select(o => Pose(o, t)).ToArray();
            var (offsetX, zoom) = Camera(scene.Camera, t);
            for (int py = 0; py < height; py++)
                for (int px = 0; px < width; px++)
                {
                    float r = 0, g = 0, b = 0;
                    for (int s = 0; s < 4; s++)
                    {
                        // Screen to world: undo the camera's zoom about the centre and its pan.
                        float sx = (px + 0.25f + 0.5f * (s & 1)) / width, sy = (py + 0.25f + 0.5f * (s >> 1)) / height;
                        float wx = (sx - 0.5f) / zoom + 0.5f - offsetX, wy = (sy - 0.5f) / zoom + 0.5f;
                        var c = Shade(scene, poses, wx, wy);
                        r += c.R; g += c.G; b += c.B;
                    }
                    int i = f * height * width + py * width + px;
                    pixels[i] = r / 510f - 1f;
                    pixels[plane + i] = g / 510f - 1f;
                    pixels[2 * plane + i] = b / 510f - 1f;
                }
        }
        return pixels;
    }

    /// <summary>Camera pan (world shift to the right when the camera pans left) and zoom factor at time t.</summary>
    public static (float OffsetX, float Zoom) Camera(CameraMove camera, float t) => camera switch
    {
        CameraMove.PanLeft => (PanSpeed * t, 1f),
        CameraMove.PanRight => (-PanSpeed * t, 1f),
        CameraMove.ZoomIn => (0f, 1f + ZoomRate * t),
        _ => (0f, 1f),
    };

    private static (float R, float G, float B) Shade(Scene scene, (float X, float Y, float Radius, float Angle)[] poses, float x, float y)
    {
        var colour = Background(scene.Scenery, x, y);
        for (int i = 0; i < poses.Length; i++)
        {
            var (cx, cy, radius, angle) = poses[i];
            float dx = x - cx, dy = y - cy;
            if (dx * dx + dy * dy > radius * radius * 1.05f) continue;
            // Into the object's frame: unit radius, unrotated.
            float cos = MathF.Cos(-angle), sin = MathF.Sin(-angle);
            float u = (dx * cos - dy * sin) / radius, v = (dx * sin + dy * cos) / radius;
            switch (Coverage(scene.Objects[i].Shape, u, v))
            {
                case Paint.Body: var rgb = Palette.Rgb(scene.Objects[i].Colour); colour = (rgb.R, rgb.G, rgb.B); break;
                case Paint.Feature: colour = (Palette.Feature.R, Palette.Feature.G, Palette.Feature.B); break;
            }
        }
        return colour;
    }

    private enum Paint { None, Body, Feature }

    private static readonly (float X, float Y)[] Triangle = RegularPolygon(3, 1f);
    private static readonly (float X, float Y)[] SquareCorners = RegularPolygon(4, 0.95f);
    private static readonly (float X, float Y)[] StarOutline = StarPolygon(5, 1f, 0.45f);

    private static Paint Coverage(Shape shape, float u, float v)
    {
        float d2 = u * u + v * v;
        switch (shape)
        {
            case Shape.Circle: return d2 <= 1f ? Paint.Body : Paint.None;
            case Shape.Ring: return d2 <= 1f && d2 >= 0.3f ? Paint.Body : Paint.None;
            case Shape.Square: return Inside(SquareCorners, u, v) ? Paint.Body : Paint.None;
            case Shape.Triangle: return Inside(Triangle, u, v) ? Paint.Body : Paint.None;
            case Shape.Star: return Inside(StarOutline, u, v) ? Paint.Body : Paint.None;
            case Shape.Face:
                if (d2 > 1f) return Paint.None;
                if (Sq(u + 0.38f) + Sq(v + 0.25f) < 0.045f || Sq(u - 0.38f) + Sq(v + 0.25f) < 0.045f) return Paint.Feature;
                if (Sq(u / 0.5f) + Sq((v - 0.4f) / 0.16f) < 1f) return Paint.Feature; // the mouth lip-sync will open later
                return Paint.Body;
            default: return Paint.None;
        }
    }

    private static float Sq(float x) => x * x;

    private static float Mod(float a, float m) => ((a % m) + m) % m;

    private static (float, float)[] RegularPolygon(int corners, float radius) =>
        Enumerable.Range(0, corners).Select(k =>
        {
            double a = -Math.PI / 2 + 2 * Math.PI * k / corners + (corners == 4 ? Math.PI / 4 : 0);
            return ((float)(radius * Math.Cos(a)), (float)(radius * Math.Sin(a)));
        }).ToArray();

    private static (float, float)[] StarPolygon(int points, float outer, float inner) =>
        Enumerable.Range(0, points * 2).Select(k =>
        {
            double a = -Math.PI / 2 + Math.PI * k / points;
            float r = k % 2 == 0 ? outer : inner;
            return ((float)(r * Math.Cos(a)), (float)(r * Math.Sin(a)));
        }).ToArray();

    private static bool Inside((float X, float Y)[] polygon, float x, float y)
    {
        bool inside = false;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
        {
            var (xi, yi) = polygon[i];
            var (xj, yj) = polygon[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }

    /// <summary>Dark, textured sceneries: the texture makes camera pans visible.</summary>
    private static (float R, float G, float B) Background(Scenery scenery, float x, float y)
    {
        var (r, g, b) = Palette.SceneryBase(scenery);
        float k = 1f;
        switch (scenery)
        {
            case Scenery.Night:
                {
                    // Dim stars on a hashed grid.
                    int cx = (int)MathF.Floor(x * 8), cy = (int)MathF.Floor(y * 8);
                    uint h = Hash(cx, cy);
                    float sx = cx / 8f + (h % 100) / 800f, sy = cy / 8f + (h / 100 % 100) / 800f;
                    if ((h & 3) == 0 && Sq(x - sx - 0.03f) + Sq(y - sy - 0.03f) < 0.00012f) return (90, 90, 115);
                    break;
                }
            case Scenery.Room:
                if (y > 0.72f) k = 0.6f;                                   // floor
                else if (Mod(x, 0.2f) < 0.03f) k = 0.75f;                  // wallpaper stripes
                break;
            case Scenery.Studio:
                k = 1.15f - 0.5f * MathF.Abs(y - 0.45f);
                if (Mod(x, 0.25f) < 0.02f) k *= 0.7f;                      // panel seams
                break;
            case Scenery.Forest:
                {
                    int cell = (int)MathF.Floor(x * 6);
                    float trunk = cell / 6f + (Hash(cell, 7) % 100) / 700f;
                    if (x > trunk && x < trunk + 0.035f) k = 0.55f;
                    if (y > 0.8f) k *= 0.8f;
                    break;
                }
        }
        return (r * k, g * k, b * k);
    }

    private static uint Hash(int x, int y)
    {
        unchecked
        {
            uint h = (uint)x * 374761393u + (uint)y * 668265263u;
            h = (h ^ (h >> 13)) * 1274126177u;
            return h ^ (h >> 16);
        }
    }
}
