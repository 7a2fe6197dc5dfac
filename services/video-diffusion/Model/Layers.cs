using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Kino.VideoDiffusion.Model;

/// <summary>Small building blocks of the denoiser. Tensors are [batch, channels, frames, height, width].</summary>
internal static class Layers
{
    // Constants as long-lived Scalars: an implicit double-to-Scalar conversion creates a native object that the GC
    // may finalize while a native call still reads it (seen in training as "Unknown scalar type").
    public static readonly Scalar One = 1.0, Thousand = 1000.0;
    /// <summary>GroupNorm with its affine parameters initialised (TorchSharp 0.107.0 leaves them uninitialised: NaN losses, unrepeatable seeds).</summary>
    public static GroupNorm Norm(long channels)
    {
        var norm = nn.GroupNorm(Math.Min(8, channels), channels);
        using (no_grad())
        {
            nn.init.ones_(norm.weight!);
            nn.init.zeros_(norm.bias!);
        }
        return norm;
    }

    public static Conv3d Spatial(long input, long output, long stride = 1) =>
        nn.Conv3d(input, output, (1, 3, 3), stride: (1, stride, stride), padding: (0, 1, 1));

    public static Conv3d Temporal(long channels) => nn.Conv3d(channels, channels, (3, 1, 1), padding: (1, 0, 0));

    /// <summary>Sinusoidal embedding of the diffusion time t in [0, 1].</summary>
    public static Tensor TimeEmbedding(Tensor t, int dim)
    {
        int half = dim / 2;
        var frequencies = tensor(Enumerable.Range(0, half).Select(i => (float)Math.Exp(-Math.Log(10000) * i / (half - 1))).ToArray(), device: t.device);
        var angles = t.mul(Thousand).unsqueeze(1) * frequencies.unsqueeze(0);
        return cat([sin(angles), cos(angles)], 1);
    }
}

/// <summary>(2+1)D residual block: spatial 3x3 then temporal 3 convolutions, FiLM from the timestep and prompt.</summary>
internal sealed class ResBlock : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly GroupNorm norm1, norm2;
    private readonly Conv3d conv1, conv2;
    private readonly Conv3d? time1, time2, skip;
    private readonly Linear film;

    public ResBlock(string name, long input, long output, int conditionDim, bool temporal) : base(name)
    {
        norm1 = Layers.Norm(input);
        conv1 = Layers.Spatial(input, output);
        norm2 = Layers.Norm(output);
        conv2 = Layers.Spatial(output, output);
        if (temporal) { time1 = Layers.Temporal(output); time2 = Layers.Temporal(output); }
        if (input != output) skip = nn.Conv3d(input, output, 1);
        film = nn.Linear(conditionDim, output * 2);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x, Tensor condition)
    {
        var h = conv1.forward(F.silu(norm1.forward(x)));
        if (time1 is not null) h = h + time1.forward(h);
        var scaleShift = film.forward(F.silu(condition)).unsqueeze(-1).unsqueeze(-1).unsqueeze(-1).chunk(2, 1);
        h = norm2.forward(h) * scaleShift[0].add(Layers.One) + scaleShift[1];
        h = conv2.forward(F.silu(h));
        if (time2 is not null) h = h + time2.forward(h);
        return (skip?.forward(x) ?? x) + h;
    }
}

/// <summary>Cross-attention from every video position to the prompt's tokens (binds colours to the right shapes).</summary>
internal sealed class CrossAttention : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    private readonly GroupNorm norm;
    private readonly Linear query, key, value, output;
    private readonly int heads;

    public CrossAttention(string name, long channels, int textDim, int heads) : base(name)
    {
        this.heads = heads;
        norm = Layers.Norm(channels);
        query = nn.Linear(channels, channels, hasBias: false);
        key = nn.Linear(textDim, channels, hasBias: false);
        value = nn.Linear(textDim, channels, hasBias: false);
        output = nn.Linear(channels, channels);
        RegisterComponents();
    }

    /// <param name="x">[B, C, T, H, W]</param>
    /// <param name="text">[B, L, D] token features</param>
    /// <param name="keyMask">[B, L], true where the token is padding</param>
    public override Tensor forward(Tensor x, Tensor text, Tensor keyMask)
    {
        long b = x.shape[0], c = x.shape[1], t = x.shape[2], h = x.shape[3], w = x.shape[4], d = c / heads;
        var q = query.forward(norm.forward(x).flatten(2).transpose(1, 2)).view(b, -1, heads, d).transpose(1, 2);
        var k = key.forward(text).view(b, -1, heads, d).transpose(1, 2);
        var v = value.forward(text).view(b, -1, heads, d).transpose(1, 2);
        var attended = F.scaled_dot_product_attention(q, k, v, keyMask.logical_not().unsqueeze(1).unsqueeze(1)).transpose(1, 2).reshape(b, -1, c);
        return x + output.forward(attended).transpose(1, 2).reshape(b, c, t, h, w);
    }
}

/// <summary>A small pre-norm transformer encoder over prompt tokens.</summary>
internal sealed class TextEncoder : nn.Module<Tensor, (Tensor Tokens, Tensor Pooled, Tensor PadMask)>
{
    private readonly Embedding embedding;
    private readonly Parameter positions;
    private readonly ModuleList<EncoderLayer> layers;
    private readonly LayerNorm final;

    public TextEncoder(string name, int vocabulary, int maxTokens, int dim, int layerCount, int heads) : base(name)
    {
        embedding = nn.Embedding(vocabulary, dim);
        positions = nn.Parameter(randn(maxTokens, dim) * 0.02f);
        layers = nn.ModuleList(Enumerable.Range(0, layerCount).Select(i => new EncoderLayer($"layer{i}", dim, heads)).ToArray());
        final = nn.LayerNorm(dim);
        RegisterComponents();
    }

    public override (Tensor Tokens, Tensor Pooled, Tensor PadMask) forward(Tensor tokens)
    {
        var padMask = tokens.eq(Tokenizer.Pad);
        var x = embedding.forward(tokens) + positions.unsqueeze(0);
        foreach (var layer in layers) x = layer.forward(x, padMask);
        x = final.forward(x);
        var keep = padMask.logical_not().unsqueeze(-1).to_type(x.dtype);
        var pooled = (x * keep).sum(1) / keep.sum(1).clamp_min(Layers.One);
        return (x, pooled, padMask);
    }

    internal sealed class EncoderLayer : nn.Module<Tensor, Tensor, Tensor>
    {
        private readonly LayerNorm norm1, norm2;
        private readonly Linear qkv, projection, up, down;
        private readonly int heads;

        public EncoderLayer(string name, int dim, int heads) : base(name)
        {
            this.heads = heads;
            norm1 = nn.LayerNorm(dim);
            qkv = nn.Linear(dim, dim * 3);
            projection = nn.Linear(dim, dim);
            norm2 = nn.LayerNorm(dim);
            up = nn.Linear(dim, dim * 4);
            down = nn.Linear(dim * 4, dim);
            RegisterComponents();
        }

        public override Tensor forward(Tensor x, Tensor padMask)
        {
            long b = x.shape[0], l = x.shape[1], dim = x.shape[2], d = dim / heads;
            var parts = qkv.forward(norm1.forward(x)).view(b, l, 3, heads, d).permute(2, 0, 3, 1, 4);
            var attended = F.scaled_dot_product_attention(parts[0], parts[1], parts[2], padMask.logical_not().unsqueeze(1).unsqueeze(1)).transpose(1, 2).reshape(b, l, dim);
            x = x + projection.forward(attended);
            return x + down.forward(F.gelu(up.forward(norm2.forward(x))));
        }
    }
}
