using Kino.Provenance.C2pa;

namespace Kino.Tests.Provenance;

/// <summary>The BMFF and JUMBF readers on hostile input: clear errors naming the box and offset, never a crash or a huge allocation.</summary>
public sealed class ParserSafetyTests
{
    private static byte[] Box(string type, int declaredSize, int actualPayload)
    {
        var box = new byte[8 + actualPayload];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(box, (uint)declaredSize);
        System.Text.Encoding.ASCII.GetBytes(type, box.AsSpan(4));
        return box;
    }

    [Fact]
    public void A_box_longer_than_the_file_is_refused_with_its_type_and_offset()
    {
        var data = Box("ftyp", 16, 8).Concat(Box("moov", 1_000_000, 4)).ToArray();
        var error = Assert.Throws<BmffFormatException>(() => BmffBoxes.Read(new MemoryStream(data)));
        Assert.Contains("'moov' at offset 16", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_MP4_is_refused() =>
        Assert.Throws<BmffFormatException>(() => BmffBoxes.Read(new MemoryStream("not a video at all"u8.ToArray())));

    [Fact]
    public void Truncated_and_too_deep_JUMBF_is_refused()
    {
        Assert.Throws<JumbfFormatException>(() => JumbfReader.Parse(new byte[] { 0, 0, 0, 50, (byte)'j', (byte)'u', (byte)'m', (byte)'b' }));
        var nested = Jumbf.SuperBox(C2paIds.ManifestStore, "c2pa");
        for (int i = 0; i < 20; i++) nested = Jumbf.SuperBox(C2paIds.Manifest, "m" + i, nested);
        var error = Assert.Throws<JumbfFormatException>(() => JumbfReader.Parse(nested));
        Assert.Contains("nested deeper", error.Message);
    }

    [Fact]
    public void CBOR_bombs_are_refused()
    {
        // An array declaring 2^32 elements with none present, and 40 nested arrays.
        Assert.ThrowsAny<Exception>(() => Cbor.Decode(new byte[] { 0x9A, 0xFF, 0xFF, 0xFF, 0xFF }));
        Assert.ThrowsAny<Exception>(() => Cbor.Decode(Enumerable.Repeat((byte)0x81, 40).Append((byte)0x01).ToArray()));
    }

    [Fact]
    public void CBOR_integers_beyond_a_long_are_read_not_overflowed()
    {
        // Found by the fuzzer: 2^64 - 1 and -2^64 made ReadInt64 throw OverflowException (tests/fuzz/corpus/bmff/crash-*).
        Assert.Equal((double)ulong.MaxValue, Cbor.Decode(new byte[] { 0x1B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }));
        Assert.Equal(-1.0 - ulong.MaxValue, Cbor.Decode(new byte[] { 0x3B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }));
        Assert.Equal(8L, Cbor.Decode(new byte[] { 0x08 }));
        Assert.Equal(-9L, Cbor.Decode(new byte[] { 0x28 }));
    }
}
