using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kino.VideoDiffusion.Training;

/// <summary>
/// AdamW whose whole state (moments and step) lives in named tensors, so a training run saves it into the same
/// safetensors checkpoint as the weights and resumes exactly where it stopped.
/// </summary>
internal sealed class AdamW(IReadOnlyList<(string Name, Parameter Parameter)> parameters, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0.01)
{
    private readonly Dictionary<string, Tensor> first = parameters.ToDictionary(p => p.Name, p => zeros_like(p.Parameter));
    private readonly Dictionary<string, Tensor> second = parameters.ToDictionary(p => p.Name, p => zeros_like(p.Parameter));

    public long Step { get; set; }

    public void ZeroGrad()
    {
        foreach (var (_, p) in parameters) p.grad?.zero_();
    }

    public void Update(double learningRate)
    {
        Step++;
        double correction1 = 1 - Math.Pow(beta1, Step), correction2 = 1 - Math.Pow(beta2, Step);
        // Explicit Scalars held for the whole update: implicit ones may be finalized while native code reads them.
        using Scalar b1 = beta1, keep1 = 1 - beta1, b2 = beta2, keep2 = 1 - beta2, eps = epsilon,
            decay = 1 - learningRate * weightDecay, unbias2 = correction2, step = -learningRate / correction1;
        using var _ = no_grad();
        foreach (var (name, p) in parameters)
        {
            var grad = p.grad;
            if (grad is null) continue;
            var m = first[name].mul_(b1).add_(grad, alpha: keep1);
            var v = second[name].mul_(b2).addcmul_(grad, grad, value: keep2);
            p.mul_(decay);
            using var denominator = v.div(unbias2).sqrt_().add_(eps);
            p.addcdiv_(m, denominator, value: step);
        }
    }

    public IEnumerable<KeyValuePair<string, Tensor>> State() =>
        first.Select(p => KeyValuePair.Create("adam.m." + p.Key, p.Value)).Concat(second.Select(p => KeyValuePair.Create("adam.v." + p.Key, p.Value)));

    public void Restore(IReadOnlyDictionary<string, Tensor> state)
    {
        using var _ = no_grad();
        foreach (var (name, _) in parameters)
        {
            first[name].copy_(state["adam.m." + name]);
            second[name].copy_(state["adam.v." + name]);
        }
    }
}
