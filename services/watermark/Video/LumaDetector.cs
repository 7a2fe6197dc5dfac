using System.Numerics;
using Kino.Watermark.Payload;
using MathNet.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace Kino.Watermark.Video;

/// <summary>What the video detector found: the decoded payload and how the pattern was located.</summary>
public sealed record LumaDetection(DecodedPayload Payload, double PeriodX, double PeriodY, bool Flipped, double SyncScore, double[] SoftBits);

/// <summary>
/// Finds the tiled pattern in luma frames, whatever was done to them in the attack list:
/// <list type="number">
/// <item>the frames are averaged (the pattern is the same in every frame, content is not), then high-passed and clipped;</item>
/// <item>the tile period in x and y (scaling) is the strongest peak of the autocorrelation (the tiles repeat);</item>
/// <item>the residual is folded modulo the period into one tile of 128 × 128 bins (cropping only shifts the fold);</item>
/// <item>the shift, and whether the video was mirrored, is the peak of the circular cross-correlation with the keyed
/// sync template (FFT);</item>
/// <item>the aligned chips are demodulated into 192 soft bits and Reed-Solomon decoded.</item>
/// </list>
/// </summary>
public sealed class LumaDetector(TileLayout layout, WatermarkCode code)
{
    private const int Bins = 128, BinsPerChip = Bins / TileLayout.Chips, MinPeriod = 40;

    public LumaDetection? Detect(float[] meanLuma, int width, int height)
    {
        var residual = HighPass(meanLuma, width, height, radius: 3);
        var (px, py) = Periods(residual, width, height);
        if (px is null || py is null) return null;
        var folded = Fold(residual, width, height, px.Value, py.Value);
        var (flipped, dx, dy, score) = Synchronise(folded);
        var soft = Demodulate(folded, flipped, dx, dy);
        return new LumaDetection(code.Decode(soft), px.Value, py.Value, flipped, score, soft);
    }

    /// <summary>Residual = frame − box blur, clipped at 3× its mean absolute value so edges do not dominate.</summary>
    public static float[] HighPass(float[] image, int width, int height, int radius)
    {
        var blurred = BoxBlur(image, width, height, radius);
        var residual = new float[image.Length];
        double sum = 0;
        for (int i = 0; i < image.Length; i++) { residual[i] = image[i] - blurred[i]; sum += Math.Abs(residual[i]); }
        float limit = (float)(3 * sum / image.Length) + 1e-3f;
        for (int i = 0; i < residual.Length; i++) residual[i] = Math.Clamp(residual[i], -limit, limit);
        return residual;
    }

    private static float[] BoxBlur(float[] image, int width, int height, int radius)
    {
        var horizontal = new float[image.Length];
        for (int y = 0; y < height; y++)
        {
            double run = 0;
            int row = y * width;
            for (int x = -radius; x <= radius; x++) run += image[row + Math.Clamp(x, 0, width - 1)];
            for (int x = 0; x < width; x++)
            {
                horizontal[row + x] = (float)(run / (2 * radius + 1));
                run += image[row + Math.Min(width - 1, x + radius + 1)] - image[row + Math.Max(0, x - radius)];
            }
        }
        var result = new float[image.Length];
        for (int x = 0; x < width; x++)
        {
            double run = 0;
            for (int y = -radius; y <= radius; y++) run += horizontal[Math.Clamp(y, 0, height - 1) * width + x];
            for (int y = 0; y < height; y++)
            {
                result[y * width + x] = (float)(run / (2 * radius + 1));
                run += horizontal[Math.Min(height - 1, y + radius + 1) * width + x] - horizontal[Math.Max(0, y - radius) * width + x];
            }
        }
        return result;
    }

    /// <summary>The tile period along x and y: the autocorrelation's strongest peak on each axis (its fundamental), sub-pixel.</summary>
    private static (double? X, double? Y) Periods(float[] residual, int width, int height)
    {
        var acfX = AxisAutocorrelation(residual, width, height, alongRows: true);
        var acfY = AxisAutocorrelation(residual, width, height, alongRows: false);
        // Unbiased: divide each lag by the number of overlapping pixels.
        return (Peak(lag => acfX[lag] / ((double)(width - lag) * height), Math.Min(width / 2, 1024)),
            Peak(lag => acfY[lag] / ((double)width * (height - lag)), Math.Min(height / 2, 1024)));
    }

    /// <summary>
    /// The autocorrelation along one axis, summed over all lines: Σ over lines of |FFT(line)|², transformed back once.
    /// Lines are zero-padded to twice their length so lags do not wrap.
    /// </summary>
    private static double[] AxisAutocorrelation(float[] image, int width, int height, bool alongRows)
    {
        int length = alongRows ? width : height, lines = alongRows ? height : width;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * length));
        var power = new double[size];
        var gate = new object();
        Parallel.For(0, lines, () => (Buffer: new Complex32[size], Power: new double[size]), (line, _, local) =>
        {
            Array.Clear(local.Buffer);
            for (int i = 0; i < length; i++) local.Buffer[i] = new Complex32(alongRows ? image[line * width + i] : image[i * width + line], 0);
            Fourier.Forward(local.Buffer, FourierOptions.NoScaling);
            for (int k = 0; k < size; k++) local.Power[k] += local.Buffer[k].MagnitudeSquared;
            return local;
        }, local => { lock (gate) for (int k = 0; k < size; k++) power[k] += local.Power[k]; });
        var spectrum = power.Select(p => new Complex32((float)p, 0)).ToArray();
        Fourier.Inverse(spectrum, FourierOptions.NoScaling);
        return spectrum.Select(c => (double)c.Real).ToArray();
    }

    private static double? Peak(Func<int, double> acf, int maxLag)
    {
        if (maxLag <= MinPeriod + 2) return null;
        var values = new double[maxLag + 2];
        for (int lag = MinPeriod - 1; lag <= maxLag + 1; lag++) values[lag] = acf(lag);
        int best = MinPeriod;
        for (int lag = MinPeriod; lag <= maxLag; lag++) if (values[lag] > values[best]) best = lag;
        // A multiple of the period peaks too; prefer the fundamental when it is nearly as strong.
        for (int divisor = 4; divisor >= 2; divisor--)
        {
            int candidate = (int)Math.Round(best / (double)divisor);
            if (candidate < MinPeriod) continue;
            int local = candidate;
            for (int lag = Math.Max(MinPeriod, candidate - 2); lag <= Math.Min(maxLag, candidate + 2); lag++) if (values[lag] > values[local]) local = lag;
            if (values[local] > 0.5 * values[best]) { best = local; break; }
        }
        double left = values[best - 1], mid = values[best], right = values[best + 1];
        double denominator = left - 2 * mid + right;
        return best + (denominator < 0 ? 0.5 * (left - right) / denominator : 0);
    }

    /// <summary>Accumulates the residual modulo the period into Bins × Bins bins (mean per bin).</summary>
    private static float[] Fold(float[] residual, int width, int height, double px, double py)
    {
        var sum = new double[Bins * Bins];
        var count = new int[Bins * Bins];
        var columnBin = new int[width];
        for (int x = 0; x < width; x++) columnBin[x] = (int)(x / px % 1 * Bins) % Bins;
        for (int y = 0; y < height; y++)
        {
            int row = (int)(y / py % 1 * Bins) % Bins * Bins;
            for (int x = 0; x < width; x++)
            {
                sum[row + columnBin[x]] += residual[y * width + x];
                count[row + columnBin[x]]++;
            }
        }
        var folded = new float[Bins * Bins];
        for (int i = 0; i < folded.Length; i++) folded[i] = count[i] == 0 ? 0 : (float)(sum[i] / count[i]);
        return folded;
    }

    /// <summary>The circular shift (and mirroring) that best aligns the folded tile with the sync template; its z-score.</summary>
    private (bool Flipped, int Dx, int Dy, double Score) Synchronise(float[] folded)
    {
        var f = ToComplex(folded);
        Fft2D.Forward(f, Bins, Bins);
        (bool, int, int, double) best = (false, 0, 0, double.NegativeInfinity);
        foreach (bool flipped in new[] { false, true })
        {
            var template = new float[Bins * Bins];
            for (int by = 0; by < Bins; by++)
                for (int bx = 0; bx < Bins; bx++)
                {
                    int chip = by / BinsPerChip * TileLayout.Chips + bx / BinsPerChip;
                    template[by * Bins + (flipped ? Bins - 1 - bx : bx)] = layout.Sync[chip];
                }
            var s = ToComplex(template);
            Fft2D.Forward(s, Bins, Bins);
            for (int i = 0; i < s.Length; i++) s[i] = f[i] * s[i].Conjugate();
            Fft2D.Inverse(s, Bins, Bins);
            double mean = 0, square = 0;
            int at = 0;
            for (int i = 0; i < s.Length; i++)
            {
                double v = s[i].Real;
                mean += v; square += v * v;
                if (v > s[at].Real) at = i;
            }
            mean /= s.Length;
            double sd = Math.Sqrt(Math.Max(square / s.Length - mean * mean, 1e-20));
            double score = (s[at].Real - mean) / sd;
            if (score > best.Item4) best = (flipped, at % Bins, at / Bins, score);
        }
        return best;
    }

    /// <summary>Soft bits: each aligned chip's mean (its central bins) times its keyed sign, summed per coded bit.</summary>
    private double[] Demodulate(float[] folded, bool flipped, int dx, int dy)
    {
        var soft = new double[WatermarkCode.CodedBits];
        for (int chip = 0; chip < TileLayout.ChipCount; chip++)
        {
            if (layout.Bit[chip] < 0) continue;
            int cy = chip / TileLayout.Chips, cx = chip % TileLayout.Chips;
            double value = 0;
            for (int by = cy * BinsPerChip + 1; by < (cy + 1) * BinsPerChip - 1; by++)
                for (int bx = cx * BinsPerChip + 1; bx < (cx + 1) * BinsPerChip - 1; bx++)
                {
                    int tx = flipped ? Bins - 1 - bx : bx;
                    value += folded[(by + dy) % Bins * Bins + (tx + dx) % Bins];
                }
            soft[layout.Bit[chip]] += value * layout.Sign[chip];
        }
        return soft;
    }

    private static Complex32[] ToComplex(float[] values) => values.Select(v => new Complex32(v, 0)).ToArray();
}
