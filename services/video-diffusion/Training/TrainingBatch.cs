using Kino.VideoDiffusion.Model;
using Kino.VideoDiffusion.World;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Kino.VideoDiffusion.Training;

/// <summary>One batch of procedural clips, drawn deterministically from (run seed, step): a resumed run sees the same data.</summary>
internal static class TrainingBatch
{
    public const double CaptionDropout = 0.1;      // classifier-free guidance needs the unconditional model too
    public const double KnownFramesShare = 0.35;   // image-to-video (1 known frame) and continuation (2 known frames)
    public const int SuperResolutionCrop = 32;

    public sealed record Batch(Tensor Target, Tensor Conditioning, Tensor? Tokens);

    /// <param name="noise">the step's own generator: a resumed run must not depend on the global RNG's history</param>
    public static Batch Draw(VideoModelConfig config, Tokenizer? tokenizer, int seed, long step, int size, Generator noise)
    {
        var random = new Random(HashCode.Combine(seed, step));
        int t = config.Frames, h = config.Height, w = config.Width;
        float frameStep = (float)(config.WindowSeconds / t);
        var targets = new List<Tensor>();
        var conditions = new List<Tensor>();
        var tokens = new List<long[]>();
        for (int i = 0; i < size; i++)
        {
            var clip = ClipSampler.Draw(random.Next(), allowLaterStart: config.UsesText);
            var target = tensor(WorldRenderer.Render(clip.Scene, t, h, w, clip.Start, frameStep), [3, t, h, w]);
            targets.Add(target);
            if (config.UsesText)
            {
                int known = random.NextDouble() < KnownFramesShare ? 1 + random.Next(2) : 0;
                var mask = zeros(1, t, h, w);
                if (known > 0) mask[.., ..known] = 1;
                conditions.Add(cat([target * mask, mask], 0));
                tokens.Add(tokenizer!.Encode(random.NextDouble() < CaptionDropout ? "" : clip.Caption));
            }
            else
            {
                // The super-resolution stage learns from the world drawn at half size, upsampled, with a little noise
                // so it tolerates the base model's imperfections (noise conditioning augmentation).
                var low = tensor(WorldRenderer.Render(clip.Scene, t, h / 2, w / 2, clip.Start, frameStep), [1, 3, t, h / 2, w / 2]);
                var upsampled = F.interpolate(low, size: [t, h, w], mode: InterpolationMode.Trilinear, align_corners: false).squeeze(0);
                // An explicit, scoped Scalar: an implicit one can be finalized while native code still reads it
                // (seen here as "Unknown scalar type" after a thousand steps).
                using Scalar noiseScale = 0.08 * random.NextDouble();
                upsampled = upsampled + randn(upsampled.shape, generator: noise).mul_(noiseScale);
                // The stage is fully convolutional: it trains on random crops (4x cheaper) and runs on whole frames.
                int top = random.Next(h - SuperResolutionCrop + 1), left = random.Next(w - SuperResolutionCrop + 1);
                targets[^1] = target[.., .., top..(top + SuperResolutionCrop), left..(left + SuperResolutionCrop)];
                conditions.Add(upsampled[.., .., top..(top + SuperResolutionCrop), left..(left + SuperResolutionCrop)]);
            }
        }
        var tokenTensor = config.UsesText ? tensor(tokens.SelectMany(x => x).ToArray(), [size, tokenizer!.MaxTokens]) : null;
        return new Batch(stack(targets), stack(conditions), tokenTensor);
    }
}
