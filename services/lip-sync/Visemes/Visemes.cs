using Kino.Contracts;

namespace Kino.LipSync.Visemes;

/// <summary>A mouth shape: how open the jaw is, how wide and how rounded the lips are (each 0–1).</summary>
public sealed record MouthShape(double Open, double Width, double Round);

/// <summary>
/// The 15 visemes of the Oculus/Meta lip-sync set (sil, PP, FF, TH, DD, kk, CH, SS, nn, RR, aa, E, ih, oh, ou), each
/// with its mouth shape, and the mapping from espeak-ng's phoneme mnemonics (English and German) to them.
/// </summary>
public static class VisemeSet
{
    public static readonly IReadOnlyDictionary<string, MouthShape> Shapes = new Dictionary<string, MouthShape>
    {
        ["sil"] = new(0.0, 0.5, 0.0), ["PP"] = new(0.0, 0.45, 0.1), ["FF"] = new(0.1, 0.55, 0.0), ["TH"] = new(0.2, 0.55, 0.0),
        ["DD"] = new(0.25, 0.55, 0.0), ["kk"] = new(0.3, 0.5, 0.0), ["CH"] = new(0.25, 0.4, 0.5), ["SS"] = new(0.15, 0.7, 0.0),
        ["nn"] = new(0.2, 0.55, 0.0), ["RR"] = new(0.25, 0.45, 0.4), ["aa"] = new(0.9, 0.6, 0.0), ["E"] = new(0.55, 0.75, 0.0),
        ["ih"] = new(0.35, 0.8, 0.0), ["oh"] = new(0.7, 0.45, 0.7), ["ou"] = new(0.4, 0.3, 0.9),
    };

    /// <summary>The viseme of an espeak-ng phoneme mnemonic (e.g. "aI", "tS", "u:", "_:"), by its leading sound.</summary>
    public static string Of(string phoneme)
    {
        var p = phoneme.Trim().TrimStart('\'', ',', '%', '=');
        if (p.Length == 0 || p[0] == '_') return "sil";
        if (p.StartsWith("tS", StringComparison.Ordinal) || p.StartsWith("dZ", StringComparison.Ordinal)) return "CH";
        if (p.StartsWith("pF", StringComparison.Ordinal)) return "FF";
        if (p.StartsWith("ts", StringComparison.Ordinal)) return "SS";
        return p[0] switch
        {
            'p' or 'b' or 'm' => "PP",
            'f' or 'v' => "FF",
            'T' or 'D' => "TH",
            't' or 'd' => "DD",
            'k' or 'g' or 'N' or 'x' or 'C' or 'h' or 'Q' => "kk",
            'S' or 'Z' => "CH",
            's' or 'z' => "SS",
            'n' or 'l' or 'L' => "nn",
            'r' or 'R' => "RR",
            'a' or 'A' or 'V' or '&' => "aa",
            'e' or 'E' or '3' or '@' or '2' or '9' => "E",
            'i' or 'I' or 'j' => "ih",
            'o' or 'O' or '0' => "oh",
            'u' or 'U' or 'w' or 'y' or 'Y' => "ou",
            _ => "sil",
        };
    }
}

/// <summary>
/// Per-frame mouth shapes from timed phonemes, with coarticulation: each phoneme pulls the mouth toward its viseme with
/// a dominance that falls off exponentially (time constant 10 ms) outside the phoneme, as in Cohen and Massaro's model.
/// Lip closures (p, b, m) dominate three times as strongly, so the lips really close; silence relaxes the mouth.
/// Stress: with the speech at hand, each phoneme's jaw opening is scaled by how loud it was spoken (louder syllables open
/// the jaw wider), so the mouth does not open as far on every vowel alike.
/// </summary>
public static class MouthTrack
{
    /// <param name="emphasis">Per phoneme, 0–1: how loud it was spoken (<see cref="Emphasis"/>); null opens every phoneme fully.</param>
    public static IReadOnlyList<MouthShape> Frames(IReadOnlyList<PhonemeTiming> phonemes, int frames, double fps, double tau = 0.01,
        IReadOnlyList<double>? emphasis = null)
    {
        var shapes = new List<MouthShape>(frames);
        for (int f = 0; f < frames; f++)
        {
            double t = (f + 0.5) / fps;
            double weight = 0, open = 0, width = 0, round = 0;
            for (int k = 0; k < phonemes.Count; k++)
            {
                var p = phonemes[k];
                double centre = (p.StartSeconds + p.EndSeconds) / 2, half = Math.Max(0, (p.EndSeconds - p.StartSeconds) / 2);
                double distance = Math.Max(0, Math.Abs(t - centre) - half);   // full dominance while the phoneme sounds
                if (distance > 6 * tau) continue;
                var viseme = VisemeSet.Of(p.Phoneme);
                double w = Math.Exp(-distance / tau) * (viseme == "PP" ? 3 : 1);
                var shape = VisemeSet.Shapes[viseme];
                double scale = emphasis is null ? 1 : 0.5 + 0.5 * emphasis[k];
                weight += w; open += w * shape.Open * scale; width += w * shape.Width; round += w * shape.Round;
            }
            shapes.Add(weight < 1e-6 ? VisemeSet.Shapes["sil"] : new MouthShape(open / weight, width / weight, round / weight));
        }
        return shapes;
    }

    /// <summary>
    /// How loud each phoneme was spoken: its RMS over its own span (broadband, so timing stays the phonemes'), in dB
    /// mapped from 30 dB under the loudest phoneme (0) to the loudest (1).
    /// </summary>
    public static double[] Emphasis(IReadOnlyList<PhonemeTiming> phonemes, float[] speech, int sampleRate)
    {
        var levels = phonemes.Select(p =>
        {
            int from = Math.Clamp((int)(p.StartSeconds * sampleRate), 0, speech.Length), to = Math.Clamp((int)(p.EndSeconds * sampleRate), from, speech.Length);
            double sum = 0;
            for (int i = from; i < to; i++) sum += speech[i] * (double)speech[i];
            return to > from ? 10 * Math.Log10(sum / (to - from) + 1e-12) : -120;
        }).ToArray();
        double loudest = levels.DefaultIfEmpty(0).Max();
        return levels.Select(level => Math.Clamp((level - loudest + 30) / 30, 0, 1)).ToArray();
    }
}

/// <summary>How well a mouth track follows the speech: the lag (in frames) of best correlation and that correlation.</summary>
public sealed record SyncScore(int OffsetFrames, double Correlation);

/// <summary>
/// The sync metric: normalised cross-correlation of per-frame mouth openness with the speech's per-frame voiced energy
/// (log energy of the 300–3000 Hz band over each frame's samples), over lags of ±<c>maxLag</c> frames. A positive offset means
/// the mouth lags the sound.
/// </summary>
public static class SyncMetric
{
    public static SyncScore Measure(IReadOnlyList<double> openness, float[] speech, int sampleRate, double fps, int maxLag = 6)
    {
        int frames = openness.Count;
        // The jaw follows the energy of the vowel formants, not the hiss of fricatives nor the murmur of closed-mouth
        // nasals: a 300–3000 Hz band (one-pole high-pass and two one-pole low-pass stages), then the log energy of each
        // frame above a floor 40 dB below the loudest.
        double high = Math.Exp(-2 * Math.PI * 300.0 / sampleRate), low = Math.Exp(-2 * Math.PI * 3000.0 / sampleRate);
        double hp = 0, previous = 0, y1 = 0, y2 = 0;
        var voiced = new double[speech.Length];
        for (int i = 0; i < speech.Length; i++)
        {
            hp = high * (hp + speech[i] - previous);
            previous = speech[i];
            y1 = (1 - low) * hp + low * y1;
            y2 = (1 - low) * y1 + low * y2;
            voiced[i] = y2;
        }
        var energy = new double[frames];
        for (int f = 0; f < frames; f++)
        {
            int from = (int)(f / fps * sampleRate), to = Math.Min(speech.Length, (int)((f + 1) / fps * sampleRate));
            double sum = 0;
            for (int i = from; i < to; i++) sum += voiced[i] * voiced[i];
            energy[f] = to > from ? 10 * Math.Log10(sum / (to - from) + 1e-12) : -120;
        }
        double loudest = energy.DefaultIfEmpty(0).Max();
        for (int f = 0; f < frames; f++) energy[f] = Math.Max(energy[f], loudest - 40);
        var best = new SyncScore(0, double.NegativeInfinity);
        for (int lag = -maxLag; lag <= maxLag; lag++)
        {
            var pairs = Enumerable.Range(0, frames).Where(f => f - lag >= 0 && f - lag < frames).Select(f => (openness[f], energy[f - lag])).ToList();
            double c = Correlation(pairs);
            if (c > best.Correlation) best = new SyncScore(lag, c);
        }
        return best;
    }

    private static double Correlation(List<(double A, double B)> pairs)
    {
        if (pairs.Count < 3) return 0;
        double ma = pairs.Average(p => p.A), mb = pairs.Average(p => p.B);
        double cov = pairs.Sum(p => (p.A - ma) * (p.B - mb)), va = pairs.Sum(p => (p.A - ma) * (p.A - ma)), vb = pairs.Sum(p => (p.B - mb) * (p.B - mb));
        return va <= 0 || vb <= 0 ? 0 : cov / Math.Sqrt(va * vb);
    }
}
