using System.Text;
using Kino.Watermark.Payload;

namespace Kino.Tests.Watermark;

public sealed class WatermarkCodeTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-secret");

    private static double[] Soft(sbyte[] bits) => bits.Select(b => (double)b).ToArray();

    [Fact]
    public void A_key_survives_encoding_and_up_to_eight_wrong_bytes()
    {
        var code = new WatermarkCode(Secret);
        var random = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            var key = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            var soft = Soft(code.Encode(key));
            foreach (var symbol in Enumerable.Range(0, WatermarkCode.CodeBytes).OrderBy(_ => random.Next()).Take(8))
                for (int bit = 0; bit < 8; bit++) if (random.Next(2) == 0) soft[symbol * 8 + bit] = -soft[symbol * 8 + bit];
            var decoded = code.Decode(soft);
            Assert.Equal(key, decoded.Key);
            Assert.InRange(decoded.CorrectedSymbols, 0, 8);
        }
    }

    [Fact]
    public void Random_bits_never_decode_and_the_false_positive_probability_follows_the_corrected_distance()
    {
        var code = new WatermarkCode(Secret);
        var random = new Random(11);
        int decodes = 0;
        for (int trial = 0; trial < 20_000; trial++)
        {
            var soft = Enumerable.Range(0, WatermarkCode.CodedBits).Select(_ => random.NextDouble() - 0.5).ToArray();
            if (code.Decode(soft).Key is not null) decodes++;
        }
        Assert.Equal(0, decodes);   // expected 20,000 × 3.9e-14
        Assert.Equal(Math.Pow(2, -128), WatermarkCode.RandomWordDecodes(0), 1e-45);
        Assert.InRange(WatermarkCode.RandomWordDecodes(8), 3.8e-14, 3.95e-14);
        Assert.Equal(Math.Pow(2, -128), code.Decode(Soft(code.Encode(42))).FalsePositiveProbability, 1e-45);
    }

    [Fact]
    public void The_pattern_depends_on_the_secret_and_nothing_else()
    {
        Assert.Equal(new WatermarkCode(Secret).Encode(5), new WatermarkCode(Encoding.UTF8.GetBytes("test-secret")).Encode(5));
        Assert.NotEqual(new WatermarkCode(Secret).Encode(5), new WatermarkCode(Encoding.UTF8.GetBytes("other")).Encode(5));
        Assert.Equal(new KeyedSequence(Secret, "a").Permutation(100), new KeyedSequence(Secret, "a").Permutation(100));
        Assert.NotEqual(new KeyedSequence(Secret, "a").Permutation(100), new KeyedSequence(Secret, "b").Permutation(100));
        // A key read with the wrong secret is noise: it does not decode.
        var marked = Soft(new WatermarkCode(Secret).Encode(0xDEADBEEF));
        Assert.Null(new WatermarkCode(Encoding.UTF8.GetBytes("other")).Decode(marked).Key);
    }
}
