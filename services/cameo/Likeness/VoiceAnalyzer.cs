using System.Numerics;
using Kino.Contracts;
using MathNet.Numerics.IntegralTransforms;

namespace Kino.Cameo.Likeness;

/// <summary>
/// Measures a cameo owner's voice sample so that espeak-ng can come close to it: median pitch (YIN over 40 ms frames
/// every 10 ms), speaking rate (vowel nuclei: prominent peaks of the 300–3000 Hz energy while speaking), brightness
/// (spectral centroid), and the espeak-ng variant, pitch and rate that match them.
/// </summary>
public static class VoiceAnalyzer
{
    private const double FrameSeconds = 0.040, HopSeconds = 0.010;
    private const double MinPitchHz = 60, MaxPitchHz = 400;
    /// <summary>
    /// YIN's absolute threshold: a dip of the normalised difference below it marks a voiced frame. Laxer than the paper's
    /// 0.1–0.15 because a 40 ms frame holds only two periods of a low voice, whose pitch glides within it; noise stays near 1.
    /// </summary>
    private const double YinThreshold = 0.25;
    /// <summary>Speech frames are within this many dB of the loudest frame, and above <see cref="SilenceDb"/>.</summary>
    private const double SpeechRangeDb = 35, SilenceDb = -60;
    /// <summary>Quiet stretches longer than this are pauses, which the speaking rate leaves out (stop closures are shorter).</summary>
    private const double PauseSeconds = 0.2;
    private const double BandLowHz = 300, BandHighHz = 3000;
    /// <summary>How far a vowel nucleus must stand above the dips around it, and how close two nuclei may be.</summary>
    private const double MinProminenceDb = 3, MinSyllableGapSeconds = 0.08;
    private const double MinVoicedSeconds = 0.5;

    /// <summary>Below this median pitch the male variant fits better than the female one.</summary>
    private const double VariantSplitHz = 165;
    /// <summary>
    /// espeak-ng scales a variant's base pitch by 2^((pitch − 50) / 50) (its pitch_adjust_tab) and adds an intonation
    /// swing that does not scale, so a variant's median F0 is about Offset + Scale · 2^((pitch − 50) / 50). Fitted to
    /// this analyzer's medians of en+m3 and en+f2 over pitch 10–90 on two sentences (residuals within 4 pitch steps):
    /// en+m3 speaks at about 103 Hz at pitch 50, en+f2 at about 191 Hz.
    /// </summary>
    private static readonly (string Name, double Offset, double Scale) Male = ("m3", 34, 69), Female = ("f2", 61, 130);
    /// <summary>English averages about 1.5 syllables a word.</summary>
    private const double SyllablesPerWord = 1.5;

    /// <summary>The voice in <paramref name="mono"/>, or null when it holds less than half a second of voiced speech.</summary>
    public static VoiceProfile? Analyze(float[] mono, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(mono);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8000);
        int frame = (int)Math.Round(FrameSeconds * sampleRate), hop = (int)Math.Round(HopSeconds * sampleRate);
        if (mono.Length < frame) return null;
        var frames = Measure(mono, sampleRate, frame, hop);

        double loudest = frames.Max(f => f.LevelDb);
        var speech = frames.Select(f => f.LevelDb > Math.Max(SilenceDb, loudest - SpeechRangeDb)).ToArray();
        var voiced = Enumerable.Range(0, frames.Length).Where(i => speech[i] && frames[i].PitchHz > 0).ToArray();
        if (voiced.Length * HopSeconds < MinVoicedSeconds) return null;

        var pitches = voiced.Select(i => frames[i].PitchHz).Order().ToArray();
        double median = pitches.Length % 2 == 1 ? pitches[pitches.Length / 2] : (pitches[pitches.Length / 2 - 1] + pitches[pitches.Length / 2]) / 2;
        double centroid = voiced.Average(i => frames[i].CentroidHz);
        double syllablesPerSecond = CountNuclei(frames, speech) / SpeakingSeconds(speech);

        var variant = median < VariantSplitHz ? Male : Female;
        // Inverts the variant's pitch curve; a voice below the variant's unscaled swing gets the lowest pitch.
        double octaves = Math.Log2(Math.Max((median - variant.Offset) / variant.Scale, 1e-3));
        int espeakPitch = (int)Math.Clamp(Math.Round(50 + 50 * octaves), 0, 99);
        int espeakRate = (int)Math.Clamp(Math.Round(syllablesPerSecond * 60 / SyllablesPerWord), 80, 300);
        return new VoiceProfile(median, syllablesPerSecond, centroid, variant.Name, espeakPitch, espeakRate);
    }

    /// <summary>What one 40 ms frame holds: level in dBFS, pitch (0 when unvoiced), centroid and 300–3000 Hz energy.</summary>
    private readonly record struct Frame(double LevelDb, double PitchHz, double CentroidHz, double BandEnergy);

    private static Frame[] Measure(float[] mono, int sampleRate, int frame, int hop)
    {
        int count = 1 + (mono.Length - frame) / hop;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)frame);
        int tauMin = (int)Math.Floor(sampleRate / MaxPitchHz), tauMax = (int)Math.Ceiling(sampleRate / MinPitchHz);
        int window = frame - tauMax;   // YIN compares the first `window` samples with themselves shifted by up to tauMax
        int bandLow = (int)Math.Ceiling(BandLowHz * size / sampleRate), bandHigh = (int)Math.Floor(BandHighHz * size / sampleRate);
        var hann = Enumerable.Range(0, frame).Select(i => 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / (frame - 1))).ToArray();

        var result = new Frame[count];
        var head = new Complex[size];
        var whole = new Complex[size];
        var spectrum = new Complex[size];
        var squares = new double[frame + 1];
        var difference = new double[tauMax + 1];
        for (int f = 0; f < count; f++)
        {
            var x = mono.AsSpan(f * hop, frame);
            double mean = 0;
            foreach (var v in x) mean += v;
            mean /= frame;
            for (int i = 0; i < frame; i++) squares[i + 1] = squares[i] + (x[i] - mean) * (x[i] - mean);
            double level = 10 * Math.Log10(squares[frame] / frame + 1e-20);

            Array.Clear(head);
            Array.Clear(whole);
            for (int i = 0; i < frame; i++)
            {
                double v = x[i] - mean;
                whole[i] = v;
                if (i < window) head[i] = v;
                spectrum[i] = v * hann[i];
            }
            Array.Clear(spectrum, frame, size - frame);
            double pitch = Pitch(head, whole, squares, difference, window, tauMin, tauMax, sampleRate);

            Fourier.Forward(spectrum, FourierOptions.NoScaling);
            double weighted = 0, magnitudes = 0, band = 0;
            for (int k = 1; k <= size / 2; k++)
            {
                double magnitude = spectrum[k].Magnitude;
                weighted += magnitude * k * sampleRate / size;
                magnitudes += magnitude;
                if (k >= bandLow && k <= bandHigh) band += magnitude * magnitude;
            }
            result[f] = new Frame(level, pitch, magnitudes > 0 ? weighted / magnitudes : 0, band);
        }
        return result;
    }

    /// <summary>
    /// YIN (de Cheveigné and Kawahara, 2002): the difference function d(τ) = Σ (x[j] − x[j+τ])² over the window, from
    /// energies and an FFT cross-correlation; normalised by its running mean; the first dip under the threshold is the period,
    /// refined by a parabola. 0 when no dip is deep enough (noise, silence).
    /// </summary>
    private static double Pitch(Complex[] head, Complex[] whole, double[] squares, double[] difference, int window, int tauMin, int tauMax, int sampleRate)
    {
        if (squares[window] <= 0) return 0;
        int size = head.Length;
        Fourier.Forward(head, FourierOptions.NoScaling);
        Fourier.Forward(whole, FourierOptions.NoScaling);
        for (int k = 0; k < size; k++) whole[k] = Complex.Conjugate(head[k]) * whole[k];
        Fourier.Inverse(whole, FourierOptions.NoScaling);   // whole[τ] = size × Σ head[j] · frame[j+τ]

        double running = 0;
        difference[0] = 1;
        for (int tau = 1; tau <= tauMax; tau++)
        {
            double d = squares[window] + (squares[tau + window] - squares[tau]) - 2 * whole[tau].Real / size;
            running += d;
            difference[tau] = running > 0 ? d * tau / running : 1;
        }
        for (int tau = tauMin; tau < tauMax; tau++)
        {
            if (difference[tau] >= YinThreshold) continue;
            while (tau + 1 < tauMax && difference[tau + 1] < difference[tau]) tau++;
            double a = difference[tau - 1], b = difference[tau], c = difference[tau + 1];
            double shift = a + c - 2 * b > 0 ? 0.5 * (a - c) / (a + c - 2 * b) : 0;
            return sampleRate / (tau + shift);
        }
        return 0;
    }

    /// <summary>
    /// Vowel nuclei: peaks of the smoothed 300–3000 Hz level during speech that stand at least 3 dB above the higher of
    /// the dips separating them from higher peaks (topographic prominence), at least 80 ms apart. The peaks are not
    /// required to be voiced: YIN misses many frames of low voices, and fricatives and bursts carry little of this band.
    /// </summary>
    private static int CountNuclei(Frame[] frames, bool[] speech)
    {
        const int radius = 2;   // 50 ms moving average: merges pitch-period ripple, keeps fast syllables apart
        var level = new double[frames.Length];
        for (int i = 0; i < frames.Length; i++)
        {
            double energy = 0;
            int from = Math.Max(0, i - radius), to = Math.Min(frames.Length - 1, i + radius);
            for (int j = from; j <= to; j++) energy += frames[j].BandEnergy;
            level[i] = 10 * Math.Log10(energy / (to - from + 1) + 1e-20);
        }

        int minGap = (int)Math.Round(MinSyllableGapSeconds / HopSeconds);
        int nuclei = 0, lastPeak = -minGap;
        for (int i = 1; i < level.Length - 1; i++)
        {
            if (!(level[i] > level[i - 1] && level[i] >= level[i + 1]) || !speech[i]) continue;
            double leftDip = level[i], rightDip = level[i];
            for (int j = i - 1; j >= 0 && level[j] <= level[i]; j--) leftDip = Math.Min(leftDip, level[j]);
            for (int j = i + 1; j < level.Length && level[j] <= level[i]; j++) rightDip = Math.Min(rightDip, level[j]);
            if (level[i] - Math.Max(leftDip, rightDip) < MinProminenceDb || i - lastPeak < minGap) continue;
            nuclei++;
            lastPeak = i;
        }
        return nuclei;
    }

    /// <summary>Seconds from the first speech frame to the last, less the pauses.</summary>
    private static double SpeakingSeconds(bool[] speech)
    {
        int first = Array.IndexOf(speech, true), last = Array.LastIndexOf(speech, true);
        int pause = (int)Math.Round(PauseSeconds / HopSeconds), frames = 0, quiet = 0;
        for (int i = first; i <= last; i++)
        {
            if (speech[i])
            {
                frames += 1 + (quiet < pause ? quiet : 0);
                quiet = 0;
            }
            else quiet++;
        }
        return frames * HopSeconds;
    }
}
