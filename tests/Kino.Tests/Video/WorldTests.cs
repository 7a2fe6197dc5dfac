using Kino.VideoDiffusion.Model;
using Kino.VideoDiffusion.World;

namespace Kino.Tests.Video;

public sealed class WorldTests
{
    [Fact]
    public void The_same_seed_draws_and_renders_the_same_clip()
    {
        var a = ClipSampler.Draw(42);
        var b = ClipSampler.Draw(42);
        Assert.Equal(a.Caption, b.Caption);
        Assert.Equal(WorldRenderer.Render(a.Scene, 8, 32, 32, a.Start, 0.5f), WorldRenderer.Render(b.Scene, 8, 32, 32, b.Start, 0.5f));
        Assert.NotEqual(a.Caption, ClipSampler.Draw(43).Caption);
    }

    [Fact]
    public void Training_draws_never_contain_a_held_out_combination_and_test_draws_always_do()
    {
        for (int seed = 0; seed < 3000; seed++)
        {
            Assert.DoesNotContain(ClipSampler.Draw(seed, allowLaterStart: true).Scene.Objects, ClipSampler.IsHeldOut);
            Assert.Contains(ClipSampler.Draw(seed, heldOut: true).Scene.Objects, ClipSampler.IsHeldOut);
        }
    }

    [Fact]
    public void The_world_covers_the_required_variety()
    {
        var scenes = Enumerable.Range(0, 3000).Select(seed => ClipSampler.Draw(seed).Scene).ToList();
        var objects = scenes.SelectMany(s => s.Objects).ToList();
        Assert.Equal(6, objects.Select(o => o.Shape).Distinct().Count());
        Assert.Equal(8, objects.Select(o => o.Colour).Distinct().Count());
        Assert.Equal(8, objects.Select(o => o.Motion).Distinct().Count());
        Assert.Equal(4, scenes.Select(s => s.Scenery).Distinct().Count());
        Assert.Equal(4, scenes.Select(s => s.Camera).Distinct().Count());
        Assert.Contains(scenes, s => s.Objects.Count == 2);
        Assert.All(scenes, s => Assert.True(ClipSampler.StaysClear(s, 0, ClipSampler.WindowSeconds)));
    }

    [Fact]
    public void Captions_come_in_english_and_correctly_inflected_german()
    {
        var captions = Enumerable.Range(0, 400).Select(seed => ClipSampler.Draw(seed)).ToList();
        Assert.Contains(captions, c => c.Language == Language.English && c.Caption.Contains(" moves ", StringComparison.Ordinal));
        Assert.Contains(captions, c => c.Language == Language.German);
        foreach (var clip in captions.Where(c => c.Language == Language.German))
        {
            var lower = clip.Caption.ToLowerInvariant();
            Assert.DoesNotMatch(@"\b\w+es (kreis|stern|ring)\b", lower);       // masculine nouns take -er
            Assert.DoesNotMatch(@"\b\w+er (quadrat|dreieck|gesicht)\b", lower); // neuter nouns take -es
        }
    }

    [Fact]
    public void Every_caption_word_is_in_the_vocabulary()
    {
        var vocabulary = Captions.Words().ToHashSet();
        foreach (var seed in Enumerable.Range(0, 500))
            Assert.All(Tokenizer.Words(ClipSampler.Draw(seed).Caption), word => Assert.Contains(word, vocabulary));
    }

    [Fact]
    public void A_bouncing_object_falls_under_constant_gravity_between_bounces()
    {
        var ball = new SceneObject(Shape.Circle, Colour.Red, Motion.Bounce, 0.5f, 0.3f, 0.15f, 0.5f);
        // At the apex (phase 0.5 of the period) the ball is highest; a quarter period later it has fallen g t^2 / 2.
        var (_, apex, _, _) = WorldRenderer.Pose(ball, 0);
        Assert.Equal(0.3f, apex, 3);
        float t = 0.2f;
        var (_, later, _, _) = WorldRenderer.Pose(ball, t);
        Assert.Equal(0.5f * WorldRenderer.Gravity * t * t, later - apex, 3);
    }
}
