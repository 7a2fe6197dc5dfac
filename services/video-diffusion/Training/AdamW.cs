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
        using var _ = no_grad();
        foreach (var (name, p) in parameters)
        {
            var grad = p.grad;
            if (grad is null) continue;
            var m = first[name].mul_(beta1).add_(grad, alpha: 1 - beta1);
            var v = second[name].mul_(beta2).addcmul_(grad, grad, value: 1 - beta2);
            p.mul_(1 - learningRate * weightDecay);
            using var denominator = (v / correction2).sqrt_().add_(epsilon);
            p.addcdiv_(m, denominator, value: -learningRate / correction1);
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
