using Kino.Watermark.Payload;

namespace Kino.Watermark.Audio;

/// <summary>
/// The invisible audio mark: a period of 32,768 samples (0.68 s at 48 kHz; a power of two keeps the FFTs fast) of 4,096
/// chips, repeated for the whole track. Each chip is one cycle of a 6 kHz sine (8 samples) with a keyed sign: a quarter
/// of the chips is the sync template, the rest carry the 192 coded bits (16 chips each per period). 6 kHz sits under
/// the low-pass of AAC at 64 kbit/s and above most of the energy of speech and music, so a high-pass at detection
/// removes most of the host.
/// </summary>
public sealed class AudioPattern(byte[] secret) : ChipLayout(secret, "audio", ChipCount, SyncChips)
{
    public const int SampleRate = 48000, ChipSamples = 8, Period = 32768, ChipCount = Period / ChipSamples, SyncChips = ChipCount / 4;

    /// <summary>One chip's waveform: a sine cycle sampled at the half-sample points (zero mean, no discontinuity at its ends).</summary>
    public static readonly float[] ChipShape = Enumerable.Range(0, ChipSamples).Select(j => (float)Math.Sin(2 * Math.PI * (j + 0.5) / ChipSamples)).ToArray();

    /// <summary>One period of the mark for a payload, unit amplitude.</summary>
    public float[] Waveform(sbyte[] codedBits)
    {
        var chips = ChipValues(codedBits);
        var wave = new float[Period];
        for (int c = 0; c < ChipCount; c++)
            for (int j = 0; j < ChipSamples; j++) wave[c * ChipSamples + j] = chips[c] * ChipShape[j];
        return wave;
    }
}
