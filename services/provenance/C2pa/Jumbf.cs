using System.Buffers.Binary;
using System.Text;

namespace Kino.Provenance.C2pa;

/// <summary>Writes JUMBF (ISO/IEC 19566-5) boxes: plain boxes, and superboxes with a description box.</summary>
public static class Jumbf
{
    /// <summary>A box: 32-bit length, four-character type, payload.</summary>
    public static byte[] Box(string type, ReadOnlySpan<byte> payload)
    {
        var box = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4, 4));
        payload.CopyTo(box.AsSpan(8));
        return box;
    }

    /// <summary>A 'jumd' description box: the content type, "requestable" and a label.</summary>
    public static byte[] Description(byte[] contentType, string label)
    {
        var labelBytes = Encoding.UTF8.GetBytes(label);
        var payload = new byte[16 + 1 + labelBytes.Length + 1];
        contentType.CopyTo(payload, 0);
        payload[16] = 0x03; // requestable, label present
        labelBytes.CopyTo(payload, 17);
        return Box("jumd", payload);
    }

    /// <summary>A 'jumb' superbox: its description box, then its content boxes.</summary>
    public static byte[] SuperBox(byte[] contentType, string label, params IEnumerable<byte[]> contents) =>
        Box("jumb", Concat([Description(contentType, label), .. contents]));

    /// <summary>What C2PA hashes for a hashed URI: the superbox without its own 8-byte header.</summary>
    public static ReadOnlySpan<byte> Payload(byte[] box) => box.AsSpan(8);

    public static byte[] Concat(IEnumerable<byte[]> parts)
    {
        var list = parts.ToList();
        var result = new byte[list.Sum(p => p.Length)];
        int at = 0;
        foreach (var p in list) { p.CopyTo(result, at); at += p.Length; }
        return result;
    }
}
