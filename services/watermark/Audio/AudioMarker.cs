namespace Kino.Watermark.Audio;

/// <summary>
/// Adds the audio mark to interleaved 48 kHz samples, scaled by the host's local loudness (RMS over ±10 ms, smoothed),
/// so it stays a fixed distance below the sound it hides in and vanishes in silence.
/// </summary>
public static class AudioMarker
{
    public static void Mark(Span<float> interleaved, int channels, float[] period, double strength)
    {
        int frames = interleaved.Length / channels;
        var envelope = Envelope(interleaved, channels, frames, radius: 480);
        for (int n = 0; n < frames; n++)
        {
            float add = (float)(strength * envelope[n] * period[n % period.Length]);
            for (int c = 0; c < channels; c++) interleaved[n * channels + c] = Math.Clamp(interleaved[n * channels + c] + add, -1f, 1f);
        }
    }

    /// <summary>Local RMS of the channel mix over ±radius samples (a running sum of squares).</summary>
    public static float[] Envelope(ReadOnlySpan<float> interleaved, int channels, int frames, int radius)
    {
        var squares = new double[frames + 1];
        for (int n = 0; n < frames; n++)
        {
            double mix = 0;
            for (int c = 0; c < channels; c++) mix += interleaved[n * channels + c];
            mix /= channels;
            squares[n + 1] = squares[n] + mix * mix;
        }
        var envelope = new float[frames];
        for (int n = 0; n < frames; n++)
        {
            int from = Math.Max(0, n - radius), to = Math.Min(frames, n + radius + 1);
            envelope[n] = (float)Math.Sqrt((squares[to] - squares[from]) / (to - from));
        }
        return envelope;
    }
}
