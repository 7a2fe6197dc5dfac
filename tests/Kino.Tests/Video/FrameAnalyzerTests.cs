using Kino.VideoDiffusion.Evaluation;
using Kino.VideoDiffusion.Sampling;
using Kino.VideoDiffusion.World;

namespace Kino.Tests.Video;

/// <summary>The evaluator must read the world's own renders correctly before its verdict on the model means anything.</summary>
public sealed class FrameAnalyzerTests
{
    private static ClipAnalysis Analyze(Scene scene, int size = 64)
    {
        var planar = WorldRenderer.Render(scene, 8, size, size, 0, 0.5f);
        var bytes = new byte[8 * size * size * 3];
        FrameBytes.CopyPlanarToInterleaved(planar, 8, size, size, bytes);
        return FrameAnalyzer.Analyze(bytes, 8, size, size, 2);
    }

    [Theory]
    [InlineData(Shape.Circle, Motion.Left)]
    [InlineData(Shape.Square, Motion.Rotate)]
    [InlineData(Shape.Triangle, Motion.Up)]
    [InlineData(Shape.Star, Motion.Grow)]
    [InlineData(Shape.Ring, Motion.Bounce)]
    [InlineData(Shape.Face, Motion.Shrink)]
    public void Reads_shape_colour_and_motion_of_a_rendered_object(Shape shape, Motion motion)
    {
        float size = motion switch { Motion.Grow => 0.14f, Motion.Shrink => 0.24f, _ => 0.19f };
        var (x, y) = motion switch { Motion.Left => (0.7f, 0.5f), Motion.Up => (0.5f, 0.7f), Motion.Bounce => (0.5f, 0.3f), _ => (0.5f, 0.5f) };
        var scene = new Scene(Scenery.Forest, CameraMove.Static, [new SceneObject(shape, Colour.Orange, motion, x, y, size, motion == Motion.Bounce ? 0.3f : 0.2f)]);
        var seen = Assert.Single(Analyze(scene).Objects);
        Assert.Equal((Colour.Orange, shape, motion), (seen.Colour, seen.Shape, seen.Motion!.Value));
        if (motion == Motion.Bounce) Assert.True(seen.FitsConstantGravity);
    }

    [Fact]
    public void Separates_a_camera_pan_from_the_objects_own_motion()
    {
        // The camera pans left, so the world slides right on screen; the square itself moves down.
        var scene = new Scene(Scenery.Night, CameraMove.PanLeft, [new SceneObject(Shape.Square, Colour.Cyan, Motion.Down, 0.45f, 0.3f, 0.17f, 0)]);
        var analysis = Analyze(scene);
        Assert.Equal(Motion.Down, Assert.Single(analysis.Objects).Motion);
        Assert.InRange(analysis.CameraShift, 0.15, 0.25);
        Assert.Equal(Scenery.Night, analysis.Scenery);
    }

    [Fact]
    public void Sees_nothing_in_an_empty_scene_and_two_objects_in_a_pair()
    {
        Assert.Empty(Analyze(new Scene(Scenery.Room, CameraMove.Static, [])).Objects);
        var pair = new Scene(Scenery.Studio, CameraMove.Static,
            [new SceneObject(Shape.Star, Colour.White, Motion.Right, 0.3f, 0.3f, 0.15f, 0), new SceneObject(Shape.Circle, Colour.Blue, Motion.Left, 0.7f, 0.72f, 0.15f, 0)]);
        var seen = Analyze(pair).Objects.OrderBy(o => o.Colour).ToList();
        Assert.Equal([(Colour.Blue, Shape.Circle, (Motion?)Motion.Left), (Colour.White, Shape.Star, Motion.Right)], seen.Select(o => (o.Colour, o.Shape, o.Motion)));
    }

    [Fact]
    public async Task Scores_the_worlds_own_renders_as_right_on_both_sets()
    {
        var report = await Evaluator.RunAsync(null, 40, new SamplingOptions(), null, TestContext.Current.CancellationToken);
        Assert.True(report.Seen.Accuracy >= 0.98, $"seen {report.Seen.Accuracy}");
        Assert.True(report.HeldOut.Accuracy >= 0.98, $"held-out {report.HeldOut.Accuracy}");
    }
}
