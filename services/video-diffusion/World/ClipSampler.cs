namespace Kino.VideoDiffusion.World;

/// <summary>A training or evaluation clip: the scene, its caption, and the window of time it shows.</summary>
public sealed record Clip(Scene Scene, string Caption, Language Language, float Start);

/// <summary>
/// Draws scenes deterministically from a seed. Objects stay fully in frame and apart for the whole window.
/// The held-out combinations below never appear in training: they are the compositional test set.
/// </summary>
public static class ClipSampler
{
    public const float WindowSeconds = 4f;

    public static readonly IReadOnlySet<(Colour, Shape)> HeldOutColourShapes = new HashSet<(Colour, Shape)>
    {
        (Colour.Red, Shape.Star), (Colour.Green, Shape.Face), (Colour.Blue, Shape.Triangle),
        (Colour.Yellow, Shape.Ring), (Colour.Cyan, Shape.Square), (Colour.Magenta, Shape.Circle),
    };

    public static readonly IReadOnlySet<(Shape, Motion)> HeldOutShapeMotions = new HashSet<(Shape, Motion)>
    {
        (Shape.Triangle, Motion.Up), (Shape.Ring, Motion.Shrink), (Shape.Star, Motion.Bounce),
    };

    public static bool IsHeldOut(SceneObject o) =>
        HeldOutColourShapes.Contains((o.Colour, o.Shape)) || HeldOutShapeMotions.Contains((o.Shape, o.Motion));

    /// <summary>A clip for training (no held-out object) or for the held-out test (at least one held-out object).</summary>
    public static Clip Draw(int seed, bool heldOut = false, bool allowLaterStart = false)
    {
        var random = new Random(seed);
        while (true)
        {
            int count = random.NextDouble() < 0.3 ? 2 : 1;
            float start = allowLaterStart && random.NextDouble() < 0.5 ? (float)random.NextDouble() * 4f : 0f;
            var camera = random.NextDouble() < 0.75 ? CameraMove.Static : (CameraMove)(1 + random.Next(3));
            var objects = new List<SceneObject>();
            for (int i = 0; i < count; i++) objects.Add(DrawObject(random, count, objects, start));
            if (heldOut ? !objects.Any(IsHeldOut) : objects.Any(IsHeldOut)) continue;
            var scene = new Scene((Scenery)random.Next(4), camera, objects);
            if (!StaysClear(scene, start, start + WindowSeconds)) continue;
            var language = random.NextDouble() < 0.5 ? Language.English : Language.German;
            return new Clip(scene, Captions.Describe(scene, language, random), language, start);
        }
    }

    private static SceneObject DrawObject(Random random, int count, List<SceneObject> others, float start)
    {
        Shape shape;
        Colour colour;
        Motion motion;
        do
        {
            shape = (Shape)random.Next(6);
            colour = (Colour)random.Next(8);
            motion = (Motion)random.Next(8);
        }
        // Spinning a circle or ring shows nothing; two objects differ in colour so captions and frames stay unambiguous.
        while ((motion == Motion.Rotate && shape is Shape.Circle or Shape.Ring) || others.Any(o => o.Colour == colour));
        float size = count == 1 ? 0.19f : 0.15f;
        if (motion == Motion.Grow) size *= 0.75f;
        if (motion == Motion.Shrink) size *= 1.25f;
        float Uniform(float lo, float hi) => lo + (hi - lo) * (float)random.NextDouble();
        float x = Uniform(0.25f, 0.75f), y = Uniform(0.25f, 0.75f);
        switch (motion)
        {
            case Motion.Left: x = Uniform(0.55f, 0.8f); break;
            case Motion.Right: x = Uniform(0.2f, 0.45f); break;
            case Motion.Up: y = Uniform(0.55f, 0.8f); break;
            case Motion.Down: y = Uniform(0.2f, 0.45f); break;
            case Motion.Bounce: y = Uniform(0.2f, 0.4f); break;
        }
        // Positions above are where the window starts; translate them back to time zero.
        switch (motion)
        {
            case Motion.Left: x += WorldRenderer.Speed * start; break;
            case Motion.Right: x -= WorldRenderer.Speed * start; break;
            case Motion.Up: y += WorldRenderer.Speed * start; break;
            case Motion.Down: y -= WorldRenderer.Speed * start; break;
        }
        // Phase: where in its bounce a bouncing object starts; the starting angle of a spinning one; others stand upright.
        float phase = motion switch { Motion.Bounce => (float)random.NextDouble(), Motion.Rotate => Uniform(0f, MathF.PI), _ => 0f };
        return new SceneObject(shape, colour, motion, x, y, size, phase);
    }

    /// <summary>True when every object stays inside the frame and no two overlap at any moment of the window.</summary>
    public static bool StaysClear(Scene scene, float from, float to)
    {
        for (float t = from; t <= to + 1e-3f; t += 0.25f)
        {
            var (offset, zoom) = WorldRenderer.Camera(scene.Camera, t);
            var poses = scene.Objects.Select(o => WorldRenderer.Pose(o, t)).ToArray();
            foreach (var (x, y, r, _) in poses)
            {
                float sx = (x + offset - 0.5f) * zoom + 0.5f, sy = (y - 0.5f) * zoom + 0.5f, sr = r * zoom;
                if (sx - sr < 0.02f || sx + sr > 0.98f || sy - sr < 0.02f || sy + sr > 0.98f) return false;
            }
            for (int i = 0; i < poses.Length; i++)
                for (int j = i + 1; j < poses.Length; j++)
                {
                    float dx = poses[i].X - poses[j].X, dy = poses[i].Y - poses[j].Y, min = (poses[i].Radius + poses[j].Radius) * 1.15f;
                    if (dx * dx + dy * dy < min * min) return false;
                }
        }
        return true;
    }
}
