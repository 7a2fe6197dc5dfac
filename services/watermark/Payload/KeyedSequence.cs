using System.Security.Cryptography;
using System.Text;

namespace Kino.Watermark.Payload;

/// <summary>
/// A deterministic pseudo-random stream keyed by the watermark secret: HMAC-SHA256(secret, label || counter) blocks.
/// Embedder and detector derive the same chips, permutations and scrambling from it; without the secret the pattern
/// cannot be told from noise, nor forged.
/// </summary>
public sealed class KeyedSequence
{
    private readonly byte[] secret;
    private readonly byte[] label;
    private readonly byte[] block = new byte[32];
    private int position = 32;
    private uint counter;

    public KeyedSequence(byte[] secret, string label)
    {
        this.secret = secret;
        this.label = Encoding.UTF8.GetBytes(label);
    }

    public byte NextByte()
    {
        if (position == block.Length)
        {
            var input = new byte[label.Length + 4];
            label.CopyTo(input, 0);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(input.AsSpan(label.Length), counter++);
            HMACSHA256.HashData(secret, input, block);
            position = 0;
        }
        return block[position++];
    }

    public uint NextUInt32() => (uint)(NextByte() | NextByte() << 8 | NextByte() << 16 | NextByte() << 24);

    /// <summary>±1 values.</summary>
    public sbyte[] Signs(int count)
    {
        var signs = new sbyte[count];
        for (int i = 0; i < count; i += 8)
        {
            int bits = NextByte();
            for (int b = 0; b < 8 && i + b < count; b++) signs[i + b] = (sbyte)((bits >> b & 1) == 1 ? 1 : -1);
        }
        return signs;
    }

    /// <summary>A permutation of 0..count-1 (Fisher-Yates).</summary>
    public int[] Permutation(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        for (int i = count - 1; i > 0; i--)
        {
            int j = (int)(NextUInt32() % (uint)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
