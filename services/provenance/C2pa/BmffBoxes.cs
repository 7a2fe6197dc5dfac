using System.Buffers.Binary;
using System.Text;

namespace Kino.Provenance.C2pa;

/// <summary>A top-level BMFF box: where it starts, how long it is, its type and (for 'uuid') its user type.</summary>
public sealed record BmffBox(long Offset, long Size, string Type, byte[]? UserType)
{
    public bool IsC2pa => Type == "uuid" && UserType is { } u && u.AsSpan().SequenceEqual(C2paIds.BmffBox);
}

public sealed class BmffFormatException(string message) : Exception(message);

/// <summary>Reads the top-level box layout of an MP4 from a stream: headers only, every length checked against the file.</summary>
public static class BmffBoxes
{
    public static List<BmffBox> Read(Stream stream)
    {
        var boxes = new List<BmffBox>();
        long length = stream.Length, offset = 0;
        Span<byte> header = stackalloc byte[32];
        while (offset < length)
        {
            if (length - offset < 8) throw new BmffFormatException($"Truncated box header at offset {offset}.");
            stream.Position = offset;
            stream.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.ASCII.GetString(header.Slice(4, 4));
            int headerSize = 8;
            if (size == 1)
            {
                if (length - offset < 16) throw new BmffFormatException($"Truncated 64-bit size of '{type}' at offset {offset}.");
                stream.ReadExactly(header.Slice(8, 8));
                ulong large = BinaryPrimitives.ReadUInt64BigEndian(header.Slice(8, 8));
                if (large > long.MaxValue) throw new BmffFormatException($"Box '{type}' at offset {offset} is too large.");
                size = (long)large;
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = length - offset; // extends to the end of the file
            }
            if (size < headerSize || size > length - offset)
                throw new BmffFormatException($"Box '{type}' at offset {offset} has an invalid size {size} (file is {length} bytes).");
            byte[]? userType = null;
            if (type == "uuid")
            {
                if (size < headerSize + 16) throw new BmffFormatException($"Box 'uuid' at offset {offset} is shorter than its user type.");
                userType = new byte[16];
                stream.ReadExactly(userType);
            }
            boxes.Add(new BmffBox(offset, size, type, userType));
            offset += size;
        }
        if (boxes.Count == 0 || boxes[0].Type != "ftyp") throw new BmffFormatException("Not an MP4: the file does not start with an 'ftyp' box.");
        return boxes;
    }
}
