namespace Kino.AudioSynthesis.Synthesis;

/// <summary>Small DSP building blocks: seeded noise colours, biquad filters (RBJ cookbook), and helpers on sample buffers.</summary>
public sealed class Noise(int seed)
{
    private readonly Random random = new(seed);
    private double b0, b1, b2, b3, b4, b5, b6, brown;

    public double White() => random.NextDouble() * 2 - 1;

    /// <summary>Pink (−3 dB/octave), Paul Kellet's refined filter.</summary>
    public double Pink()
    {
        double w = White();
        b0 = 0.99886 * b0 + w * 0.0555179; b1 = 0.99332 * b1 + w * 0.0750759; b2 = 0.96900 * b2 + w * 0.1538520;
        b3 = 0.86650 * b3 + w * 0.3104856; b4 = 0.55000 * b4 + w * 0.5329522; b5 = -0.7616 * b5 - w * 0.0168980;
        double pink = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
        b6 = w * 0.115926;
        return pink * 0.11;
    }

    /// <summary>Brown (−6 dB/octave): leaky integrated white noise.</summary>
    public double Brown()
    {
        brown = (brown + 0.02 * White()) / 1.02;
        return brown * 3.5;
    }

    public double Uniform(double low, double high) => low + random.NextDouble() * (high - low);
    public int Next(int high) => random.Next(high);
}

/// <summary>A biquad (RBJ cookbook), transposed direct form II; its coefficients can be retuned per sample.</summary>
public sealed class Biquad
{
    private double b0, b1, b2, a1, a2, z1, z2;

    public static Biquad LowPass(double frequency, double q, int rate) => new Biquad().SetLowPass(frequency, q, rate);
    public static Biquad HighPass(double frequency, double q, int rate) => new Biquad().SetHighPass(frequency, q, rate);
    public static Biquad BandPass(double frequency, double q, int rate) => new Biquad().SetBandPass(frequency, q, rate);

    public Biquad SetLowPass(double f, double q, int rate)
    {
        var (cos, alpha) = Prepare(f, q, rate);
        return Set((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public Biquad SetHighPass(double f, double q, int rate)
    {
        var (cos, alpha) = Prepare(f, q, rate);
        return Set((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /// <summary>Band-pass with 0 dB peak gain.</summary>
    public Biquad SetBandPass(double f, double q, int rate)
    {
        var (cos, alpha) = Prepare(f, q, rate);
        return Set(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static (double Cos, double Alpha) Prepare(double f, double q, int rate)
    {
        double w = 2 * Math.PI * Math.Clamp(f, 10, rate * 0.45) / rate;
        return (Math.Cos(w), Math.Sin(w) / (2 * q));
    }

    private Biquad Set(double nb0, double nb1, double nb2, double na0, double na1, double na2)
    {
        (b0, b1, b2, a1, a2) = (nb0 / na0, nb1 / na0, nb2 / na0, na1 / na0, na2 / na0);
        return this;
    }

    public double Process(double x)
    {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }
}

/// <summary>A stereo buffer (two planes) at one sample rate, with mixing helpers.</summary>
public sealed class StereoBuffer(int frames, int sampleRate)
{
    public float[] Left { get; } = new float[frames];
    public float[] Right { get; } = new float[frames];
    public int Frames => Left.Length;
    public int SampleRate => sampleRate;

    /// <summary>Adds a mono signal at <paramref name="offset"/> frames, panned (−1 left … +1 right, equal power).</summary>
    public void Add(ReadOnlySpan<float> mono, int offset, double gain, double pan = 0)
    {
        double angle = (pan + 1) * Math.PI / 4;
        float l = (float)(gain * Math.Cos(angle) * Math.Sqrt(2)), r = (float)(gain * Math.Sin(angle) * Math.Sqrt(2));
        for (int i = 0; i < mono.Length; i++)
        {
            int at = offset + i;
            if (at < 0 || at >= Frames) continue;
            Left[at] += mono[i] * l;
            Right[at] += mono[i] * r;
        }
    }

    public void Add(StereoBuffer other, double gain)
    {
        for (int i = 0; i < Math.Min(Frames, other.Frames); i++)
        {
            Left[i] += (float)(other.Left[i] * gain);
            Right[i] += (float)(other.Right[i] * gain);
        }
    }

    public float[] Interleaved()
    {
        var result = new float[Frames * 2];
        for (int i = 0; i < Frames; i++) { result[2 * i] = Left[i]; result[2 * i + 1] = Right[i]; }
        return result;
    }
}
