using Kino.Watermark.Payload;
using MathNet.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace Kino.Watermark.Audio;

/// <summary>What the audio detector found: the decoded payload, the period offset and the sync z-score.</summary>
public sealed record AudioDetection(DecodedPayload Payload, int Offset, double SyncScore, double[] SoftBits);

/// <summary>
/// Finds the audio mark in a 48 kHz mono mix: high-pass (second difference: the host's low frequencies go, the 6 kHz
/// chips stay), normalise by local loudness, fold modulo the period (a cut at the start only shifts the fold), find the
/// offset by circular cross-correlation with the sync chips (FFT), then demodulate and decode.
/// </summary>
public sealed class AudioDetector(AudioPattern pattern, WatermarkCode code)
{
    public AudioDetection? Detect(float[] mono)
    {
        if (mono.Length < AudioPattern.Period) return null;
        var residual = new float[mono.Length];
        for (int n = 1; n < mono.Length - 1; n++) residual[n] = mono[n] - 0.5f * (mono[n - 1] + mono[n + 1]);
        var loudness = AudioMarker.Envelope(residual, 1, residual.Length, radius: 1024);
        var folded = new double[AudioPattern.Period];
        for (int n = 0; n < residual.Length; n++) folded[n % AudioPattern.Period] += residual[n] / (loudness[n] + 1e-6f);

        var (offset, score) = Synchronise(folded);
        var soft = new double[WatermarkCode.CodedBits];
        for (int c = 0; c < AudioPattern.ChipCount; c++)
        {
            if (pattern.Bit[c] < 0) continue;
            double value = 0;
            for (int j = 0; j < AudioPattern.ChipSamples; j++)
                value += folded[(c * AudioPattern.ChipSamples + j + offset) % AudioPattern.Period] * AudioPattern.ChipShape[j];
            soft[pattern.Bit[c]] += value * pattern.Sign[c];
        }
        return new AudioDetection(code.Decode(soft), offset, score, soft);
    }

    private (int Offset, double Score) Synchronise(double[] folded)
    {
        int n = AudioPattern.Period;
        var f = folded.Select(v => new Complex32((float)v, 0)).ToArray();
        var t = new Complex32[n];
        for (int c = 0; c < AudioPattern.ChipCount; c++)
            for (int j = 0; j < AudioPattern.ChipSamples; j++) t[c * AudioPattern.ChipSamples + j] = new Complex32(pattern.Sync[c] * AudioPattern.ChipShape[j], 0);
        Fourier.Forward(f, FourierOptions.NoScaling);
        Fourier.Forward(t, FourierOptions.NoScaling);
        for (int i = 0; i < n; i++) f[i] *= t[i].Conjugate();
        Fourier.Inverse(f, FourierOptions.NoScaling);
        double mean = 0, square = 0;
        int at = 0;
        for (int i = 0; i < n; i++)
        {
            double v = f[i].Real;
            mean += v; square += v * v;
            if (v > f[at].Real) at = i;
        }
        mean /= n;
        double sd = Math.Sqrt(Math.Max(square / n - mean * mean, 1e-20));
        return (at, (f[at].Real - mean) / sd);
    }
}
