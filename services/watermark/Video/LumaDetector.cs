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
/// <item>the frames are averaged (the pattern is the same in every frame, content is not), then high-passed and clipped;
/// for folding, the high-pass radius follows the candidate chip size and the residual is whitened by its local magnitude;</item>
/// <item>candidate tile periods in x and y (scaling) are the strongest peaks of the autocorrelation (the tiles repeat);</item>
/// <item>the residual is folded modulo each candidate period into one tile of 128 × 128 bins (cropping only shifts the fold);</item>
/// <item>the shift, and whether the video was mirrored, is the peak of the circular cross-correlation with the keyed
/// sync template (FFT); the best-scoring candidate wins;</item>
/// <item>the aligned chips are demodulated into 192 soft bits and Reed-Solomon decoded.</item>
/// </list>
/// </summary>
public sealed class LumaDetector
{
    private const int Bins = 128, BinsPerChip = Bins / TileLayout.Chips, MinPeriod = 40;
    private readonly TileLayout layout;
    private readonly WatermarkCode code;
    private readonly Lazy<(Complex32[] Straight, Complex32[] Flipped)> templates;

    public LumaDetector(TileLayout layout, WatermarkCode code)
    {
        this.layout = layout;
        this.code = code;
        templates = new(TemplateSpectra);
    }

    public LumaDetection? Detect(float[] meanLuma, int width, int height)
    {
        var residual = HighPass(meanLuma, width, height, radius: 3);
        var (xs, ys) = Periods(residual, width, height);
        if (xs.Count == 0 || ys.Count == 0) return null;
        // Codec block grids (8, 16 px) and content add their own autocorrelation peaks, so a few candidate periods per
        // axis are tried; the sync template decides. Only the winner is decoded: one decoding attempt per reading.
        (double Px, double Py, float[] Folded, bool Flipped, int Dx, int Dy, double Score) best = default;
        best.Score = double.NegativeInfinity;
        var filtered = new Dictionary<int, float[]>();
        foreach (var px in xs)
            foreach (var py in ys)
            {
                // The high-pass that keeps most of the mark and least of the picture scales with the chip size.
                int radius = Math.Clamp((int)Math.Round(Math.Min(px, py) / TileLayout.Chips / 2), 1, 4);
                if (!filtered.TryGetValue(radius, out var chipResidual))
                    filtered[radius] = chipResidual = Whiten(HighPass(meanLuma, width, height, radius), width, height, 4);
                var folded = Fold(chipResidual, width, height, px, py);
                var (flipped, dx, dy, score) = Synchronise(folded);
                if (score > best.Score) best = (px, py, folded, flipped, dx, dy, score);
            }
        var soft = Demodulate(best.Folded!, best.Flipped, best.Dx, best.Dy);
        return new LumaDetection(code.Decode(soft), best.Px, best.Py, best.Flipped, best.Score, soft);
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

    /// <summary>Divides the residual by its local mean magnitude: busy areas (edges, codec noise) stop drowning quiet ones.</summary>
    public static float[] Whiten(float[] residual, int width, int height, int radius)
    {
        var magnitude = residual.Select(Math.Abs).ToArray();
        var local = BoxBlur(magnitude, width, height, radius);
        float floor = (float)(0.25 * magnitude.Average()) + 1e-3f;
        var whitened = new float[residual.Length];
        for (int i = 0; i < residual.Length; i++) whitened[i] = residual[i] / (local[i] + floor);
        return whitened;
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

    /// <summary>Candidate tile periods along x and y: the autocorrelation's strongest peaks on each axis, sub-pixel.</summary>
    private static (List<double> X, List<double> Y) Periods(float[] residual, int width, int height)
    {
        var acfX = AxisAutocorrelation(residual, width, height, alongRows: true);
        var acfY = AxisAutocorrelation(residual, width, height, alongRows: false);
        // Unbiased: divide each lag by the number of overlapping pixels.
        return (Candidates(lag => acfX[lag] / ((double)(width - lag) * height), width / 2),
            Candidates(lag => acfY[lag] / ((double)width * (height - lag)), height / 2));
    }

    /// <summary>
    /// The autocorrelation along one axis, summed over lines: Σ over lines of |FFT(line)|², transformed back once.
    /// </summary>
    private static double[] AxisAutocorrelation(float[] image, int width, int height, bool alongRows)
    {
        int length = alongRows ? width : height, lines = alongRows ? height : width;
        // Lags up to half the length are searched, so padding by half a length keeps them from wrapping; every second
        // line is enough for a clear peak and halves the work.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)(length + length / 2 + 1));
        var power = new double[size];
        var gate = new object();
        Parallel.For(0, (lines + 1) / 2, () => (Buffer: new Complex32[size], Power: new double[size]), (half, _, local) =>
        {
            int line = 2 * half;
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

    /// <summary>The strongest local maxima of the autocorrelation (at most four, refined to sub-pixel), strongest first.</summary>
    private static List<double> Candidates(Func<int, double> acf, int maxLag)
    {
        if (maxLag <= MinPeriod + 2) return [];
        var values = new double[maxLag + 2];
        for (int lag = MinPeriod - 1; lag <= maxLag + 1; lag++) values[lag] = acf(lag);
        var peaks = new List<int>();
        for (int lag = MinPeriod; lag <= maxLag; lag++)
            if (values[lag] > 0 && values[lag] >= values[lag - 1] && values[lag] > values[lag + 1]) peaks.Add(lag);
        return peaks.OrderByDescending(lag => values[lag]).Take(4).Select(best =>
        {
            double left = values[best - 1], mid = values[best], right = values[best + 1];
            double denominator = left - 2 * mid + right;
            return best + (denominator < 0 ? 0.5 * (left - right) / denominator : 0);
        }).ToList();
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
        var product = new Complex32[f.Length];
        foreach (bool flipped in new[] { false, true })
        {
            var s = flipped ? templates.Value.Flipped : templates.Value.Straight;
            for (int i = 0; i < s.Length; i++) product[i] = f[i] * s[i].Conjugate();
            Fft2D.Inverse(product, Bins, Bins);
            double mean = 0, square = 0;
            int at = 0;
            for (int i = 0; i < product.Length; i++)
            {
                double v = product[i].Real;
                mean += v; square += v * v;
                if (v > product[at].Real) at = i;
            }
            mean /= product.Length;
            double sd = Math.Sqrt(Math.Max(square / product.Length - mean * mean, 1e-20));
            double score = (product[at].Real - mean) / sd;
            if (score > best.Item4) best = (flipped, at % Bins, at / Bins, score);
        }
        return best;
    }

    /// <summary>The sync template's spectrum, as laid out and mirrored (computed once per detector).</summary>
    private (Complex32[] Straight, Complex32[] Flipped) TemplateSpectra()
    {
        Complex32[] Spectrum(bool flipped)
        {
            var template = new float[Bins * Bins];
            for (int by = 0; by < Bins; by++)
                for (int bx = 0; bx < Bins; bx++)
                    template[by * Bins + (flipped ? Bins - 1 - bx : bx)] = layout.Sync[by / BinsPerChip * TileLayout.Chips + bx / BinsPerChip];
            var s = ToComplex(template);
            Fft2D.Forward(s, Bins, Bins);
            return s;
        }
        return (Spectrum(false), Spectrum(true));
    }

    /// <summary>
    /// Soft bits: each aligned chip's matched filter (the tent of the bilinear interpolation the marker used: weight
    /// 1 − d/4 for a bin d bins from the chip's centre, out to the neighbouring centres) times its keyed sign, summed per
    /// coded bit.
    /// </summary>
    private double[] Demodulate(float[] folded, bool flipped, int dx, int dy)
    {
        var soft = new double[WatermarkCode.CodedBits];
        Span<double> weights = stackalloc double[2 * BinsPerChip];
        for (int i = 0; i < weights.Length; i++) weights[i] = 1 - Math.Abs(i - BinsPerChip + 0.5) / BinsPerChip;
        for (int chip = 0; chip < TileLayout.ChipCount; chip++)
        {
            if (layout.Bit[chip] < 0) continue;
            int cy = chip / TileLayout.Chips, cx = chip % TileLayout.Chips;
            double value = 0;
            for (int i = 0; i < weights.Length; i++)
            {
                int by = cy * BinsPerChip + BinsPerChip / 2 - BinsPerChip + i;
                int row = ((by + dy) % Bins + Bins) % Bins * Bins;
                for (int j = 0; j < weights.Length; j++)
                {
                    int bx = cx * BinsPerChip + BinsPerChip / 2 - BinsPerChip + j;
                    int tx = flipped ? Bins - 1 - bx : bx;
                    value += weights[i] * weights[j] * folded[row + ((tx + dx) % Bins + Bins) % Bins];
                }
            }
            soft[layout.Bit[chip]] += value * layout.Sign[chip];
        }
        return soft;
    }

    private static Complex32[] ToComplex(float[] values) => values.Select(v => new Complex32(v, 0)).ToArray();
}
