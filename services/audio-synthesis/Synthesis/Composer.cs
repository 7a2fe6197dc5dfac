using Kino.AudioSynthesis.Planning;

namespace Kino.AudioSynthesis.Synthesis;

/// <summary>What the composer wrote: key, tempo, chords by bar and the sections, for tests and logs.</summary>
public sealed record Composition(string Key, bool Major, int Tempo, IReadOnlyList<string> Chords, IReadOnlyList<(string Section, double Start)> Sections);

/// <summary>
/// A procedural composer. From the mood it takes major or minor and the tempo; from the seed the key and the melody.
/// The piece has a structure over the clip: an intro (pad alone), the body (chords, bass, melody and, unless the mood is
/// calm or sad, drums), and an ending on the tonic that fades. Instruments are synthesised: detuned-saw pad, sine-and-
/// square bass, triangle lead, and a kick (pitch-dropping sine), snare (noise and tone) and hi-hat (high-passed noise).
/// </summary>
public static class Composer
{
    private static readonly string[] NoteNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    private static readonly int[] MajorScale = [0, 2, 4, 5, 7, 9, 11], MinorScale = [0, 2, 3, 5, 7, 8, 10];
    // Degrees (0-based) of the progressions: I–V–vi–IV and i–VI–III–VII.
    private static readonly int[] MajorProgression = [0, 4, 5, 3], MinorProgression = [0, 5, 2, 6];

    public static (StereoBuffer Audio, Composition Score) Render(MusicPlan plan, double seconds, int rate, int seed)
    {
        var noise = new Noise(seed);
        int root = 45 + noise.Next(8);   // A2 … E3: the bass register
        var scale = plan.Major ? MajorScale : MinorScale;
        var progression = plan.Major ? MajorProgression : MinorProgression;
        double beat = 60.0 / plan.Tempo, bar = 4 * beat;
        int bars = Math.Max(1, (int)Math.Ceiling(seconds / bar));
        bool drums = plan.Mood is not ("calm" or "sad");
        double intro = Math.Min(2 * beat, seconds / 4), outro = Math.Max(intro, seconds - 2 * beat);

        var buffer = new StereoBuffer((int)(seconds * rate), rate);
        var chords = new List<string>();
        int melodyDegree = 4;
        for (int b = 0; b < bars; b++)
        {
            double start = b * bar;
            // The last bar resolves to the tonic.
            int degree = b == bars - 1 && bars > 1 ? 0 : progression[b % progression.Length];
            var chord = new[] { 0, 2, 4 }.Select(step => root + 12 + Degree(scale, degree + step)).ToArray();
            chords.Add(NoteNames[chord[0] % 12] + (IsMinorTriad(chord) ? "m" : ""));
            Pad(buffer, chord.Select(Hz).ToArray(), start, Math.Min(bar, seconds - start), noise);
            if (start + bar <= intro) continue;
            for (int q = 0; q < 4; q++)
            {
                double t = start + q * beat;
                if (t < intro || t >= seconds) continue;
                Bass(buffer, Hz(root + Degree(scale, degree)), t, beat * 0.9);
                if (drums && t < outro)
                {
                    if (q % 2 == 0) Kick(buffer, t);
                    else Snare(buffer, t, noise);
                    Hat(buffer, t, noise);
                    Hat(buffer, t + beat / 2, noise);
                }
            }
            // Melody: eighth notes walking the scale, leaning on chord tones, with rests.
            for (int e = 0; e < 8; e++)
            {
                double t = start + e * beat / 2;
                if (t < intro || t >= outro || noise.Next(5) == 0) continue;
                melodyDegree = Math.Clamp(melodyDegree + noise.Next(5) - 2, 0, 11);
                if (e % 2 == 0 && noise.Next(2) == 0) melodyDegree = degree + 2 * noise.Next(3) + 7;   // a chord tone, an octave up
                Lead(buffer, Hz(root + 24 + Degree(scale, melodyDegree) - 12), t, beat / 2 * 0.9);
            }
        }
        // Fade in over the intro, out over the ending.
        for (int i = 0; i < buffer.Frames; i++)
        {
            double t = i / (double)rate;
            double gain = Math.Min(1, Math.Min(0.3 + 0.7 * t / Math.Max(intro, 1e-3), (seconds - t) / Math.Max(seconds - outro, 1e-3)));
            buffer.Left[i] *= (float)gain;
            buffer.Right[i] *= (float)gain;
        }
        var sections = new List<(string, double)> { ("intro", 0), ("body", intro), ("ending", outro) };
        return (buffer, new Composition(NoteNames[root % 12] + (plan.Major ? " major" : " minor"), plan.Major, plan.Tempo, chords, sections));
    }

    private static int Degree(int[] scale, int degree) => scale[degree % 7] + 12 * (degree / 7);
    private static bool IsMinorTriad(int[] chord) => (chord[1] - chord[0] + 12) % 12 == 3;
    private static double Hz(int midi) => 440 * Math.Pow(2, (midi - 69) / 12.0);

    /// <summary>A chord of detuned saws, summed per side and low-passed once.</summary>
    private static void Pad(StereoBuffer b, double[] notes, double start, double length, Noise noise)
    {
        int n = (int)(length * b.SampleRate), offset = (int)(start * b.SampleRate);
        var (lf, rf) = (Biquad.LowPass(1400, 0.7, b.SampleRate), Biquad.LowPass(1400, 0.7, b.SampleRate));
        var phases = notes.SelectMany(_ => new[] { noise.Uniform(0, 1), noise.Uniform(0, 1) }).ToArray();
        var steps = notes.SelectMany(f => new[] { f * 1.003 / b.SampleRate, f * 0.997 / b.SampleRate }).ToArray();
        for (int i = 0; i < n && offset + i < b.Frames; i++)
        {
            double t = i / (double)b.SampleRate;
            double envelope = Math.Min(1, t / 0.25) * Math.Min(1, (length - t) / 0.15);
            double left = 0, right = 0;
            for (int k = 0; k < phases.Length; k += 2)
            {
                if ((phases[k] += steps[k]) >= 1) phases[k] -= 1;
                if ((phases[k + 1] += steps[k + 1]) >= 1) phases[k + 1] -= 1;
                left += 2 * phases[k] - 1;
                right += 2 * phases[k + 1] - 1;
            }
            b.Left[offset + i] += (float)(0.05 * envelope * lf.Process(left));
            b.Right[offset + i] += (float)(0.05 * envelope * rf.Process(right));
        }
    }

    private static void Bass(StereoBuffer b, double f, double start, double length) =>
        Note(b, start, length, attack: 0.01, decay: 0.6, release: 0.03, gain: 0.18, pan: 0,
            t => Math.Sin(2 * Math.PI * f * t) + 0.25 * Math.Sign(Math.Sin(2 * Math.PI * f * t)));   // sine and a little square

    private static void Lead(StereoBuffer b, double f, double start, double length) =>
        Note(b, start, length, attack: 0.015, decay: 0.5, release: 0.02, gain: 0.09, pan: 0.3,
            t => 4 * Math.Abs(f * t % 1 - 0.5) - 1);   // triangle

    /// <summary>One note of a waveform with a linear attack, exponential decay and a short release at its end.</summary>
    private static void Note(StereoBuffer b, double start, double length, double attack, double decay, double release, double gain, double pan, Func<double, double> wave)
    {
        int n = (int)(length * b.SampleRate);
        var note = new float[n];
        for (int i = 0; i < n; i++)
        {
            double t = i / (double)b.SampleRate;
            note[i] = (float)(Math.Min(1, t / attack) * Math.Exp(-t / decay) * Math.Min(1, (length - t) / release) * wave(t));
        }
        b.Add(note, (int)(start * b.SampleRate), gain, pan);
    }

    private static void Kick(StereoBuffer b, double start)
    {
        int n = (int)(0.3 * b.SampleRate);
        var hit = new float[n];
        double phase = 0;
        for (int i = 0; i < n; i++)
        {
            double t = i / (double)b.SampleRate;
            phase += 2 * Math.PI * (45 + 75 * Math.Exp(-t / 0.03)) / b.SampleRate;
            hit[i] = (float)(Math.Sin(phase) * Math.Exp(-t / 0.12));
        }
        b.Add(hit, (int)(start * b.SampleRate), 0.35);
    }

    private static void Snare(StereoBuffer b, double start, Noise noise)
    {
        int n = (int)(0.2 * b.SampleRate);
        var filter = Biquad.BandPass(1800, 0.8, b.SampleRate);
        var hit = new float[n];
        for (int i = 0; i < n; i++)
        {
            double t = i / (double)b.SampleRate;
            hit[i] = (float)(Math.Exp(-t / 0.05) * (filter.Process(noise.White()) * 1.5 + 0.4 * Math.Sin(2 * Math.PI * 180 * t)));
        }
        b.Add(hit, (int)(start * b.SampleRate), 0.25, -0.1);
    }

    private static void Hat(StereoBuffer b, double start, Noise noise)
    {
        int n = (int)(0.05 * b.SampleRate);
        var filter = Biquad.HighPass(7000, 0.7, b.SampleRate);
        var hit = new float[n];
        for (int i = 0; i < n; i++) hit[i] = (float)(Math.Exp(-i / (0.012 * b.SampleRate)) * filter.Process(noise.White()));
        b.Add(hit, (int)(start * b.SampleRate), 0.12, -0.4);
    }
}
