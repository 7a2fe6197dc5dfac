using Kino.AudioSynthesis.Synthesis;

namespace Kino.AudioSynthesis.Mixing;

/// <summary>A sound placed on the clip's timeline: mono samples (any rate), where it starts, its gain and pan.</summary>
public sealed record Placed(float[] Samples, int SampleRate, double Start, double Gain, double Pan = 0);

/// <summary>The finished mix and what the meter says about it.</summary>
public sealed record MixResult(float[] Interleaved, int SampleRate, LoudnessMeasurement Loudness, double MusicDuckingDb)
{
    /// <summary>Writes the mix as a 24-bit stereo WAV file (through ffmpeg).</summary>
    public async Task WriteWavAsync(string path, CancellationToken ct)
    {
        var raw = path + ".f32";
        await File.WriteAllBytesAsync(raw, System.Runtime.InteropServices.MemoryMarshal.AsBytes(Interleaved.AsSpan()).ToArray(), ct);
        try
        {
            await Kino.Media.MediaTool.RunAsync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "f32le", "-ar", SampleRate.ToString(), "-ac", "2",
                "-i", raw, "-c:a", "pcm_s24le", path], ct);
        }
        finally
        {
            File.Delete(raw);
        }
    }
}

/// <summary>
/// Mixes speech, music, ambience and effects: music ducked under speech (a side-chain on the speech's loudness), then
/// normalised to −14 LUFS integrated and limited to −1 dBTP true peak (a look-ahead limiter on the interpolated peaks).
/// </summary>
public static class Mixer
{
    public const double TargetLufs = -14, CeilingDbtp = -1;

    public static MixResult Mix(int frames, int rate, IReadOnlyList<Placed> speech, StereoBuffer music, StereoBuffer ambience, IReadOnlyList<Placed> effects)
    {
        var voice = new StereoBuffer(frames, rate);
        foreach (var s in speech) voice.Add(Resample(s.Samples, s.SampleRate, rate), (int)(s.Start * rate), s.Gain, s.Pan);
        var duck = DuckingGain(voice, rate);
        var mix = new StereoBuffer(frames, rate);
        mix.Add(voice, 1);
        for (int i = 0; i < Math.Min(frames, music.Frames); i++)
        {
            mix.Left[i] += music.Left[i] * duck[i];
            mix.Right[i] += music.Right[i] * duck[i];
        }
        mix.Add(ambience, 0.8);
        foreach (var e in effects) mix.Add(Resample(e.Samples, e.SampleRate, rate), (int)(e.Start * rate), e.Gain, e.Pan);
        var interleaved = mix.Interleaved();
        double loudness = Normalise(interleaved, rate);   // measured on the final samples: no need to measure it again
        return new MixResult(interleaved, rate, new LoudnessMeasurement(loudness, Loudness.TruePeak(interleaved, 2, rate)),
            speech.Count == 0 ? 0 : 20 * Math.Log10(duck.Min()));
    }

    /// <summary>
    /// Music gain under speech: −12 dB while the voice is loud, back to 0 dB when it stops (30 ms attack, 400 ms release,
    /// on the voice's 50 ms RMS).
    /// </summary>
    public static float[] DuckingGain(StereoBuffer voice, int rate)
    {
        var gain = new float[voice.Frames];
        int window = rate / 20;
        double sum = 0, current = 1;
        double attack = Math.Exp(-1.0 / (0.03 * rate)), release = Math.Exp(-1.0 / (0.4 * rate));
        for (int i = 0; i < voice.Frames; i++)
        {
            double x = (voice.Left[i] + voice.Right[i]) / 2;
            sum += x * x;
            if (i >= window) { double old = (voice.Left[i - window] + voice.Right[i - window]) / 2; sum -= old * old; }
            double rms = Math.Sqrt(Math.Max(sum, 0) / window);
            double target = rms > 0.01 ? 0.25 : 1;
            current = target < current ? attack * current + (1 - attack) * target : release * current + (1 - release) * target;
            gain[i] = (float)current;
        }
        return gain;
    }

    /// <summary>
    /// Gain to the target loudness, then the true-peak limiter; repeated until the loudness lands within 0.3 LU.
    /// Returns the integrated loudness of the result.
    /// </summary>
    public static double Normalise(float[] interleaved, int rate)
    {
        double loudness = Loudness.Integrated(interleaved, 2, rate);
        for (int pass = 0; pass < 4 && !double.IsNegativeInfinity(loudness); pass++)   // silence stays silence
        {
            double gain = Math.Pow(10, (TargetLufs - loudness) / 20);
            for (int i = 0; i < interleaved.Length; i++) interleaved[i] = (float)(interleaved[i] * gain);
            Limit(interleaved, rate);
            loudness = Loudness.Integrated(interleaved, 2, rate);
            if (Math.Abs(loudness - TargetLufs) < 0.3) break;
        }
        return loudness;
    }

    /// <summary>
    /// A look-ahead limiter on the true peak: the gain needed at each frame (ceiling ÷ interpolated peak) is reached
    /// 5 ms ahead of the peak and released over 100 ms; any excess left (the gain changing within the interpolation
    /// window) is taken off at the end.
    /// </summary>
    public static void Limit(float[] interleaved, int rate)
    {
        double ceiling = Math.Pow(10, (CeilingDbtp - 0.05) / 20);
        var peaks = Loudness.PeakEnvelope(interleaved, 2, rate, ceiling);
        int frames = peaks.Length, lookahead = rate / 200;
        // Four frame-long work arrays, rented: fresh ones would land on the large-object heap every pass.
        var pool = System.Buffers.ArrayPool<double>.Shared;
        double[] needed = pool.Rent(frames), forward = pool.Rent(frames), backward = pool.Rent(frames), gain = pool.Rent(frames);
        try
        {
        for (int n = 0; n < frames; n++) needed[n] = peaks[n] > ceiling ? ceiling / peaks[n] : 1;
        // Minimum over the look-ahead window [n, n + lookahead] (van Herk / Gil-Werman), then a smooth release.
        int width = lookahead + 1;
        for (int n = 0; n < frames; n++) forward[n] = n % width == 0 ? needed[n] : Math.Min(forward[n - 1], needed[n]);
        for (int n = frames - 1; n >= 0; n--) backward[n] = n == frames - 1 || (n + 1) % width == 0 ? needed[n] : Math.Min(backward[n + 1], needed[n]);
        for (int n = 0; n < frames; n++) gain[n] = Math.Min(backward[n], forward[Math.Min(frames - 1, n + lookahead)]);
        double releaseStep = 1.0 / (0.1 * rate), g = 1, peak = 0;
        for (int n = 0; n < frames; n++)
        {
            g = Math.Min(gain[n], g + releaseStep);
            interleaved[2 * n] = (float)(interleaved[2 * n] * g);
            interleaved[2 * n + 1] = (float)(interleaved[2 * n + 1] * g);
            peak = Math.Max(peak, peaks[n] * g);   // the gain moves slowly, so the interpolated peak scales with it
        }
        if (peak > ceiling) for (int i = 0; i < interleaved.Length; i++) interleaved[i] = (float)(interleaved[i] * ceiling / peak);
        }
        finally
        {
            foreach (var array in new[] { needed, forward, backward, gain }) pool.Return(array);
        }
    }

    /// <summary>Cubic (Catmull-Rom) resampling: enough for speech at 22.05 kHz going to 48 kHz.</summary>
    public static float[] Resample(float[] input, int from, int to)
    {
        if (from == to) return input;
        int length = (int)((long)input.Length * to / from);
        var output = new float[length];
        double step = from / (double)to;
        for (int i = 0; i < length; i++)
        {
            double x = i * step;
            int k = (int)x;
            double t = x - k;
            float p0 = input[Math.Max(0, k - 1)], p1 = input[Math.Min(input.Length - 1, k)], p2 = input[Math.Min(input.Length - 1, k + 1)], p3 = input[Math.Min(input.Length - 1, k + 2)];
            output[i] = (float)(p1 + 0.5 * t * (p2 - p0 + t * (2 * p0 - 5 * p1 + 4 * p2 - p3 + t * (3 * (p1 - p2) + p3 - p0))));
        }
        return output;
    }
}
