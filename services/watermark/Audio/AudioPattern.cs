using Kino.Watermark.Payload;

namespace Kino.Watermark.Audio;

/// <summary>
/// The invisible audio mark: a period of 32,768 samples (0.68 s at 48 kHz; a power of two keeps the FFTs fast) of 4,096
/// chips, repeated for the whole track. Each chip is one cycle of a 6 kHz sine (8 samples) with a keyed sign: a quarter
/// of the chips is the sync template, the rest carry the 192 coded bits (16 chips each per period). 6 kHz sits under the low-pass of AAC at 64 kbit/s
/// and above most of the energy of speech and music, so a high-pass at detection removes most of the host.
/// </summary>
public sealed class AudioPattern
{
    public const int SampleRate = 48000, ChipSamples = 8, Period = 32768, ChipCount = Period / ChipSamples, SyncChips = ChipCount / 4;

    /// <summary>One chip's waveform: a sine cycle sampled at the half-sample points (zero mean, no discontinuity at its ends).</summary>
    public static readonly float[] ChipShape = Enumerable.Range(0, ChipSamples).Select(j => (float)Math.Sin(2 * Math.PI * (j + 0.5) / ChipSamples)).ToArray();

    public sbyte[] Sync { get; } = new sbyte[ChipCount];
    public int[] Bit { get; } = new int[ChipCount];
    public sbyte[] Sign { get; } = new sbyte[ChipCount];

    public AudioPattern(byte[] secret)
    {
        var order = new KeyedSequence(secret, "kino-watermark/audio/layout").Permutation(ChipCount);
        var signs = new KeyedSequence(secret, "kino-watermark/audio/signs").Signs(ChipCount);
        for (int k = 0; k < ChipCount; k++)
        {
            int chip = order[k];
            Sign[chip] = signs[k];
            if (k < SyncChips) { Sync[chip] = signs[k]; Bit[chip] = -1; }
            else Bit[chip] = (k - SyncChips) % WatermarkCode.CodedBits;
        }
    }

    /// <summary>One period of the mark for a payload, unit amplitude.</summary>
    public float[] Waveform(sbyte[] codedBits)
    {
        var wave = new float[Period];
        for (int c = 0; c < ChipCount; c++)
        {
            int sign = Bit[c] < 0 ? Sync[c] : codedBits[Bit[c]] * Sign[c];
            for (int j = 0; j < ChipSamples; j++) wave[c * ChipSamples + j] = sign * ChipShape[j];
        }
        return wave;
    }
}
