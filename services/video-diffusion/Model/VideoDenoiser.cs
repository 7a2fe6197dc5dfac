using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Kino.VideoDiffusion.Model;

/// <summary>
/// The spatio-temporal denoiser: a (2+1)D UNet with timestep embedding, FiLM conditioning on the pooled prompt and
/// cross-attention to the prompt's tokens at the configured levels. Predicts v (velocity) for a cosine schedule.
/// The base stage also sees known frames (image-to-video, continuation); the super-resolution stage sees the
/// upsampled low-resolution video.
/// </summary>
public sealed class VideoDenoiser : nn.Module
{
    public VideoModelConfig Config { get; }

    private readonly TextEncoder? text;
    private readonly Linear? textProjection;
    private readonly Linear time1, time2;
    private readonly Conv3d input;
    private readonly ModuleList<ResBlock> down, up;
    private readonly ModuleList<Conv3d> downsample, upsample;
    private readonly ModuleList<CrossAttention> downAttention, upAttention;
    private readonly ResBlock middle1, middle2;
    private readonly CrossAttention? middleAttention;
    private readonly GroupNorm outputNorm;
    private readonly Conv3d output;
    private readonly int[] attentionSlots;

    public VideoDenoiser(VideoModelConfig config) : base("video_denoiser")
    {
        Config = config;
        int cond = config.ConditionDim;
        var ch = config.Channels;
        if (config.UsesText)
        {
            text = new TextEncoder("text", config.Vocabulary.Length, config.MaxTokens, config.TextDim, config.TextLayers, config.TextHeads);
            textProjection = nn.Linear(config.TextDim, cond);
        }
        time1 = nn.Linear(cond, cond);
        time2 = nn.Linear(cond, cond);
        input = Layers.Spatial(config.InputChannels, ch[0]);
        var downBlocks = new List<ResBlock>();
        var upBlocks = new List<ResBlock>();
        var downs = new List<Conv3d>();
        var ups = new List<Conv3d>();
        var downAttn = new List<CrossAttention>();
        var upAttn = new List<CrossAttention>();
        attentionSlots = Enumerable.Repeat(-1, ch.Length).ToArray();
        for (int level = 0; level < ch.Length; level++)
        {
            downBlocks.Add(new ResBlock($"down{level}", level == 0 ? ch[0] : ch[level - 1], ch[level], cond, true));
            if (level < ch.Length - 1) downs.Add(Layers.Spatial(ch[level], ch[level], stride: 2));
            if (config.UsesText && config.AttentionLevels.Contains(level))
            {
                attentionSlots[level] = downAttn.Count;
                downAttn.Add(new CrossAttention($"down_attention{level}", ch[level], config.TextDim, config.TextHeads));
                upAttn.Add(new CrossAttention($"up_attention{level}", level == 0 ? ch[0] : ch[level - 1], config.TextDim, config.TextHeads));
            }
        }
        int deepest = ch[^1];
        middle1 = new ResBlock("middle1", deepest, deepest, cond, true);
        if (config.UsesText) middleAttention = new CrossAttention("middle_attention", deepest, config.TextDim, config.TextHeads);
        middle2 = new ResBlock("middle2", deepest, deepest, cond, true);
        for (int level = ch.Length - 1; level >= 0; level--)
        {
            upBlocks.Add(new ResBlock($"up{level}", ch[level] * 2, level == 0 ? ch[0] : ch[level - 1], cond, true));
            if (level > 0) ups.Add(Layers.Spatial(ch[level - 1], ch[level - 1]));
        }
        down = nn.ModuleList(downBlocks.ToArray());
        up = nn.ModuleList(upBlocks.ToArray());
        downsample = nn.ModuleList(downs.ToArray());
        upsample = nn.ModuleList(ups.ToArray());
        downAttention = nn.ModuleList(downAttn.ToArray());
        upAttention = nn.ModuleList(upAttn.ToArray());
        outputNorm = Layers.Norm(ch[0]);
        output = Layers.Spatial(ch[0], 3);
        RegisterComponents();
    }

    /// <summary>Prompt features, computed once per sampling run and reused at every step.</summary>
    public sealed record TextFeatures(Tensor Tokens, Tensor Pooled, Tensor PadMask);

    public TextFeatures? EncodeText(Tensor? tokens)
    {
        if (text is null || tokens is null) return null;
        var (features, pooled, mask) = text.forward(tokens);
        return new TextFeatures(features, textProjection!.forward(pooled), mask);
    }

    /// <param name="noisy">[B, 3, T, H, W] noisy frames</param>
    /// <param name="t">[B] diffusion time in [0, 1]</param>
    /// <param name="conditioning">[B, 4 or 3, T, H, W]: known frames and mask (base) or upsampled low-resolution video (super-resolution)</param>
    public Tensor Predict(Tensor noisy, Tensor t, Tensor conditioning, TextFeatures? prompt)
    {
        var condition = time2.forward(F.silu(time1.forward(Layers.TimeEmbedding(t, Config.ConditionDim))));
        if (prompt is not null) condition = condition + prompt.Pooled;
        var h = input.forward(cat([noisy, conditioning], 1));
        var skips = new List<Tensor>();
        for (int level = 0; level < down.Count; level++)
        {
            h = down[level].forward(h, condition);
            if (prompt is not null && attentionSlots[level] >= 0) h = downAttention[attentionSlots[level]].forward(h, prompt.Tokens, prompt.PadMask);
            skips.Add(h);
            if (level < downsample.Count) h = downsample[level].forward(h);
        }
        h = middle1.forward(h, condition);
        if (prompt is not null && middleAttention is not null) h = middleAttention.forward(h, prompt.Tokens, prompt.PadMask);
        h = middle2.forward(h, condition);
        for (int i = 0; i < up.Count; i++)
        {
            int level = down.Count - 1 - i;
            h = up[i].forward(cat([h, skips[level]], 1), condition);
            if (prompt is not null && attentionSlots[level] >= 0) h = upAttention[attentionSlots[level]].forward(h, prompt.Tokens, prompt.PadMask);
            if (level > 0)
            {
                h = F.interpolate(h, scale_factor: [1, 2, 2], mode: InterpolationMode.Nearest);
                h = upsample[i].forward(h);
            }
        }
        return output.forward(F.silu(outputNorm.forward(h)));
    }

    public long ParameterCount => parameters().Sum(p => p.numel());
}
