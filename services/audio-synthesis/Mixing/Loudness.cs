using System.Numerics;

namespace Kino.AudioSynthesis.Mixing;

/// <summary>Integrated loudness (LUFS) and true peak (dBTP) of a programme, as ITU-R BS.1770-4 defines them.</summary>
public sealed record LoudnessMeasurement(double IntegratedLufs, double TruePeakDbtp);

/// <summary>
/// ITU-R BS.1770-4 loudness: K-weighting (the spec's shelving pre-filter and RLB high-pass, derived for any sample rate
/// as libebur128 does), mean square over 400 ms blocks every 100 ms, channel weights 1 (mono and stereo), the absolute
/// gate at −70 LUFS and the relative gate 10 LU below the ungated loudness. True peak: 4× oversampling (2× from 96 kHz)
/// with a windowed-sinc interpolator, as the standard's Annex 2 suggests.
/// </summary>
public static class Loudness
{
    public static LoudnessMeasurement Measure(float[] interleaved, int channels, int sampleRate)
    {
        var peak = Task.Run(() => TruePeak(interleaved, channels, sampleRate));
        return new(Integrated(interleaved, channels, sampleRate), peak.GetAwaiter().GetResult());
    }

    public static double Integrated(float[] interleaved, int channels, int sampleRate)
    {
        int frames = interleaved.Length / channels;
        // Each channel is K-weighted on its own core; then Σ over channels of the squares (weights 1).
        var pool = System.Buffers.ArrayPool<double>.Shared;
        var perChannel = new double[channels][];
        Parallel.For(0, channels, c =>
        {
            var (shelf, highPass) = KWeighting(sampleRate);
            var squared = perChannel[c] = pool.Rent(frames);
            for (int n = 0; n < frames; n++)
            {
                double y = highPass.Process(shelf.Process(interleaved[n * channels + c]));
                squared[n] = y * y;
            }
        });
        var squares = perChannel[0];
        for (int c = 1; c < channels; c++)
            for (int n = 0; n < frames; n++) squares[n] += perChannel[c][n];
        int block = (int)Math.Round(0.4 * sampleRate), step = (int)Math.Round(0.1 * sampleRate);
        // Prefix sums in place (squares[n] becomes the sum of the first n + 1 frames); the rented arrays go back after.
        for (int n = 1; n < frames; n++) squares[n] += squares[n - 1];
        double Prefix(int n) => n == 0 ? 0 : squares[n - 1];
        if (frames < block) { foreach (var array in perChannel) pool.Return(array); return double.NegativeInfinity; }
        var powers = new List<double>();
        for (int start = 0; start + block <= frames; start += step) powers.Add((Prefix(start + block) - Prefix(start)) / block);
        foreach (var array in perChannel) pool.Return(array);

        static double Lufs(double power) => -0.691 + 10 * Math.Log10(power);
        var aboveAbsolute = powers.Where(p => Lufs(p) > -70).ToList();
        if (aboveAbsolute.Count == 0) return double.NegativeInfinity;
        double relativeGate = Lufs(aboveAbsolute.Average()) - 10;
        var gated = aboveAbsolute.Where(p => Lufs(p) > relativeGate).ToList();
        return Lufs(gated.Average());
    }

    /// <summary>
    /// The largest absolute value of the signal reconstructed between samples, in dBTP: oversampled to at least 192 kHz
    /// (4× at 48 kHz) by a 24-tap-per-phase windowed-sinc interpolator.
    /// </summary>
    public static double TruePeak(float[] interleaved, int channels, int sampleRate)
    {
        float samplePeak = interleaved.Length == 0 ? 0 : interleaved.Max(Math.Abs);
        return 20 * Math.Log10(Math.Max(PeakEnvelope(interleaved, channels, sampleRate, samplePeak).DefaultIfEmpty(0).Max(), 1e-12));
    }

    /// <summary>
    /// Per frame: the largest absolute value over channels of the sample and the interpolated points after it. Points
    /// are only interpolated near samples that could reach <paramref name="threshold"/>: an interpolated value is at most
    /// Σ|kernel| (&lt; 4) times its neighbourhood's largest sample, so quieter neighbourhoods keep their sample value.
    /// </summary>
    public static float[] PeakEnvelope(float[] interleaved, int channels, int sampleRate, double threshold = 0)
    {
        int factor = sampleRate >= 96000 ? 2 : 4;
        const int half = 12;   // taps either side of the interpolated point (24 per phase; BS.1770-4 Annex 2 uses 12)
        var kernels = new float[factor][];
        for (int phase = 0; phase < factor; phase++)
        {
            kernels[phase] = new float[2 * half];
            double offset = phase / (double)factor;
            for (int k = -half + 1; k <= half; k++)
            {
                double x = k - offset;   // distance from the interpolated point to tap k
                double sinc = Math.Abs(x) < 1e-12 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
                double window = 0.5 + 0.5 * Math.Cos(Math.PI * x / half);   // Hann over ±half
                kernels[phase][k + half - 1] = (float)(sinc * window);
            }
        }
        int frames = interleaved.Length / channels;
        var peaks = new float[frames];
        // The largest sample within ±half frames (all channels): a sliding-window maximum.
        var floats = System.Buffers.ArrayPool<float>.Shared;
        var local = floats.Rent(frames);
        for (int n = 0; n < frames; n++)
        {
            local[n] = 0;
            for (int c = 0; c < channels; c++) local[n] = Math.Max(local[n], Math.Abs(interleaved[n * channels + c]));
        }
        var near = SlidingMax(local, frames, half);
        floats.Return(local);
        double lebesgue = kernels.Max(k => k.Sum(Math.Abs));
        for (int c = 0; c < channels; c++)
        {
            // One channel, zero-padded by `half` on both sides (and a vector's width more at the end), so every tap reads a
            // whole vector inside the array, also for the last, partial group of frames.
            int length = frames + 2 * half + Vector<float>.Count;
            var padded = floats.Rent(length);
            Array.Clear(padded, 0, length);
            for (int n = 0; n < frames; n++) padded[n + half] = interleaved[n * channels + c];
            const int chunk = 1 << 14;
            int lanes = Vector<float>.Count;
            Parallel.For(0, (frames + chunk - 1) / chunk, block =>
            {
                int end = Math.Min(frames, (block + 1) * chunk);
                for (int n = block * chunk; n < end; n += lanes)
                {
                    int count = Math.Min(lanes, end - n);
                    bool loud = false;
                    for (int i = 0; i < count && !loud; i++) loud = near[n + i] * lebesgue >= threshold;
                    // Vectorised across `lanes` neighbouring frames: each tap adds kernel[k] × the padded signal shifted by k.
                    var peak = Vector.Abs(new Vector<float>(padded, n + half));
                    if (loud)
                        for (int phase = 1; phase < factor; phase++)
                        {
                            var kernel = kernels[phase];
                            var sum = Vector<float>.Zero;
                            for (int k = 0; k < kernel.Length; k++) sum += new Vector<float>(kernel[k]) * new Vector<float>(padded, n + 1 + k);
                            peak = Vector.Max(peak, Vector.Abs(sum));
                        }
                    for (int i = 0; i < count; i++) if (peak[i] > peaks[n + i]) peaks[n + i] = peak[i];
                }
            });
            floats.Return(padded);
        }
        floats.Return(near);
        return peaks;
    }

    /// <summary>The maximum of each ±<paramref name="radius"/> window (van Herk / Gil-Werman: two passes over blocks).</summary>
    /// <remarks>Returns a rented array of at least <paramref name="n"/> values; the caller gives it back.</remarks>
    private static float[] SlidingMax(float[] values, int n, int radius)
    {
        int width = 2 * radius + 1;
        var floats = System.Buffers.ArrayPool<float>.Shared;
        float[] forward = floats.Rent(n), backward = floats.Rent(n);
        for (int i = 0; i < n; i++) forward[i] = i % width == 0 ? values[i] : Math.Max(forward[i - 1], values[i]);
        for (int i = n - 1; i >= 0; i--) backward[i] = i == n - 1 || (i + 1) % width == 0 ? values[i] : Math.Max(backward[i + 1], values[i]);
        var result = floats.Rent(n);
        for (int i = 0; i < n; i++)
        {
            int from = Math.Max(0, i - radius), to = Math.Min(n - 1, i + radius);
            result[i] = Math.Max(backward[from], forward[to]);
        }
        floats.Return(forward);
        floats.Return(backward);
        return result;
    }

    private static (Biquad Shelf, Biquad HighPass) KWeighting(int sampleRate)
    {
        // Stage 1: high shelf (+4 dB above ~1.5 kHz, the head's acoustic effect).
        double f0 = 1681.974450955533, gain = 3.999843853973347, q = 0.7071752369554196;
        double k = Math.Tan(Math.PI * f0 / sampleRate);
        double vh = Math.Pow(10, gain / 20), vb = Math.Pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        var shelf = new Biquad((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
            2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        // Stage 2: the RLB high-pass (~38 Hz).
        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = Math.Tan(Math.PI * f0 / sampleRate);
        a0 = 1 + k / q + k * k;
        var highPass = new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        return (shelf, highPass);
    }

    /// <summary>A direct-form-I biquad.</summary>
    private sealed class Biquad(double b0, double b1, double b2, double a1, double a2)
    {
        private double x1, x2, y1, y2;

        public double Process(double x)
        {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            (x2, x1, y2, y1) = (x1, x, y1, y);
            return y;
        }
    }
}
