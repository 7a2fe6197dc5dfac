using System.Numerics;
using ZXing.Common.ReedSolomon;

namespace Kino.Watermark.Payload;

/// <summary>The outcome of decoding soft bits: the key (when the code accepted them) and how trustworthy that is.</summary>
public sealed record DecodedPayload(ulong? Key, int CorrectedSymbols, double BitAccuracy, double FalsePositiveProbability);

/// <summary>
/// The payload both marks carry: a 64-bit video key, Reed-Solomon coded over GF(256) to 24 bytes (8 data, 16 parity:
/// up to 8 wrong bytes are corrected), i.e. 192 coded bits, XOR-scrambled with a keyed sequence so no key gives a
/// plain or repeating pattern.
/// </summary>
public sealed class WatermarkCode
{
    public const int DataBytes = 8, ParityBytes = 16, CodeBytes = DataBytes + ParityBytes, CodedBits = CodeBytes * 8;
    private readonly sbyte[] scramble;

    public WatermarkCode(byte[] secret) => scramble = new KeyedSequence(secret, "kino-watermark/scramble").Signs(CodedBits);

    /// <summary>The coded bits as ±1 (after scrambling), ready to modulate chips.</summary>
    public sbyte[] Encode(ulong key)
    {
        var symbols = new int[CodeBytes];
        for (int i = 0; i < DataBytes; i++) symbols[i] = (int)(key >> (56 - 8 * i) & 0xFF);
        new ReedSolomonEncoder(GenericGF.QR_CODE_FIELD_256).encode(symbols, ParityBytes);
        var bits = new sbyte[CodedBits];
        for (int i = 0; i < CodedBits; i++) bits[i] = (sbyte)(((symbols[i / 8] >> (7 - i % 8)) & 1) == 1 ? scramble[i] : -scramble[i]);
        return bits;
    }

    /// <summary>
    /// Decodes soft bits (positive: the chip pattern for 1 after scrambling). The false-positive probability is what
    /// it would be for unmarked content, where the bits are random: the chance that a random 24-byte word lies within
    /// the corrected distance of some codeword, 2^64 · V(24, t) / 256^24, times the number of decoding attempts.
    /// </summary>
    public DecodedPayload Decode(ReadOnlySpan<double> soft, int attempts = 1)
    {
        if (soft.Length != CodedBits) throw new ArgumentException($"Expected {CodedBits} soft bits.", nameof(soft));
        var received = new int[CodeBytes];
        for (int i = 0; i < CodedBits; i++)
            if (soft[i] * scramble[i] > 0) received[i / 8] |= 1 << (7 - i % 8);
        var corrected = (int[])received.Clone();
        if (!new ReedSolomonDecoder(GenericGF.QR_CODE_FIELD_256).decode(corrected, ParityBytes))
            return new DecodedPayload(null, 0, double.NaN, 1);
        int errors = received.Zip(corrected).Count(p => p.First != p.Second);
        ulong key = 0;
        for (int i = 0; i < DataBytes; i++) key = key << 8 | (uint)corrected[i];
        var truth = Encode(key);
        int agree = 0;
        for (int i = 0; i < CodedBits; i++) if (Math.Sign(soft[i]) == truth[i]) agree++;
        return new DecodedPayload(key, errors, agree / (double)CodedBits, Math.Min(1, attempts * RandomWordDecodes(errors)));
    }

    /// <summary>The probability that a uniformly random word lies within <paramref name="errors"/> symbols of some codeword.</summary>
    public static double RandomWordDecodes(int errors)
    {
        BigInteger ball = 0;
        for (int i = 0; i <= errors; i++) ball += Binomial(CodeBytes, i) * BigInteger.Pow(255, i);
        // 2^64 codewords · ball / 256^24 = ball / 2^128.
        return Math.Exp(BigInteger.Log(ball) - 128 * Math.Log(2));
    }

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger result = 1;
        for (int i = 0; i < k; i++) result = result * (n - i) / (i + 1);
        return result;
    }
}
