namespace Kino.AudioSynthesis.Synthesis;

/// <summary>
/// One-shot effects. Impacts and knocks use modal synthesis: a short noise transient exciting a few damped sinusoidal
/// modes (inharmonic ratios for a ball or a box, lower and longer for a door). The others are shaped noise.
/// </summary>
public static class Effects
{
    public static float[] Render(string kind, int rate, int seed)
    {
        var noise = new Noise(seed);
        return kind switch
        {
            "impact" => Modal(noise, rate, noise.Uniform(140, 220), [1, 2.32, 4.25, 6.63], [0.09, 0.06, 0.04, 0.025], 0.004),
            "door" => Knocks(noise, rate),
            "footsteps" => Modal(noise, rate, noise.Uniform(90, 130), [1, 2.7, 5.1], [0.05, 0.03, 0.015], 0.01),
            "splash" => Ambience.Decaying(noise, rate, 1800, 0.8, 0.12),
            "thunder" => Thunder(noise, rate),
            "whoosh" => Whoosh(noise, rate),
            _ => throw new ArgumentException($"No effect '{kind}'.", nameof(kind)),
        };
    }

    private static float[] Modal(Noise noise, int rate, double fundamental, double[] ratios, double[] decays, double transient)
    {
        int length = (int)(decays.Max() * 6 * rate);
        var sound = new float[length];
        for (int m = 0; m < ratios.Length; m++)
        {
            double f = fundamental * ratios[m], amplitude = 1.0 / (m + 1), phase = noise.Uniform(0, 6.28);
            for (int i = 0; i < length; i++)
                sound[i] += (float)(amplitude * Math.Sin(2 * Math.PI * f * i / rate + phase) * Math.Exp(-i / (decays[m] * rate)));
        }
        var click = Ambience.Decaying(noise, rate, 3000, 0.7, transient);
        for (int i = 0; i < Math.Min(click.Length, length); i++) sound[i] += 0.5f * click[i];
        return Normalise(sound, 0.9);
    }

    private static float[] Knocks(Noise noise, int rate)
    {
        var knock = Modal(noise, rate, 95, [1, 1.9, 3.4], [0.05, 0.03, 0.02], 0.003);
        var sound = new float[knock.Length + (int)(0.36 * rate)];
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < knock.Length; i++) sound[i + (int)(k * 0.18 * rate)] += knock[i];
        return Normalise(sound, 0.9);
    }

    private static float[] Thunder(Noise noise, int rate)
    {
        int length = 4 * rate;
        var filter = Biquad.LowPass(120, 0.7, rate);
        var sound = new float[length];
        for (int i = 0; i < length; i++)
        {
            double t = i / (double)rate;
            double envelope = (1 - Math.Exp(-t / 0.05)) * Math.Exp(-t / 1.2) * (1 + 0.5 * Math.Sin(2 * Math.PI * 3.1 * t));
            sound[i] = (float)(filter.Process(noise.Brown()) * envelope);
        }
        return Normalise(sound, 0.9);
    }

    private static float[] Whoosh(Noise noise, int rate)
    {
        int length = (int)(0.7 * rate);
        var filter = new Biquad();
        var sound = new float[length];
        for (int i = 0; i < length; i++)
        {
            double x = i / (double)length;
            if (i % 32 == 0) filter.SetBandPass(300 + 2500 * Math.Sin(Math.PI * x), 2, rate);
            sound[i] = (float)(Math.Pow(Math.Sin(Math.PI * x), 2) * filter.Process(noise.Pink()));
        }
        return Normalise(sound, 0.7);
    }

    public static float[] Normalise(float[] sound, double peak)
    {
        float max = sound.Length == 0 ? 0 : sound.Max(Math.Abs);
        if (max > 0) for (int i = 0; i < sound.Length; i++) sound[i] = (float)(sound[i] * peak / max);
        return sound;
    }
}
