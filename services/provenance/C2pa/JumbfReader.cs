using System.Buffers.Binary;
using System.Text;

namespace Kino.Provenance.C2pa;

/// <summary>A parsed JUMBF box: a superbox (content type, label, children) or a content box (type, payload).</summary>
public sealed class JumbfNode
{
    public required string Type { get; init; }
    public required long Offset { get; init; }
    /// <summary>The box without its own 8-byte header (what C2PA hashes for a hashed URI).</summary>
    public required ReadOnlyMemory<byte> Payload { get; init; }
    public byte[]? ContentType { get; init; }
    public string? Label { get; init; }
    public List<JumbfNode> Children { get; } = [];

    public JumbfNode? Child(string label) => Children.FirstOrDefault(c => c.Label == label);
    public JumbfNode? ContentBox(string type) => Children.FirstOrDefault(c => c.Type == type);

    /// <summary>The child superboxes of one content type (e.g. the manifests of a manifest store), in order.</summary>
    public List<JumbfNode> ChildrenOfType(byte[] contentType) =>
        Children.Where(c => c.ContentType is { } t && t.AsSpan().SequenceEqual(contentType)).ToList();
}

public sealed class JumbfFormatException(string message) : Exception(message);

/// <summary>Parses JUMBF from memory with every length checked and nesting bounded; errors name the box and offset.</summary>
public static class JumbfReader
{
    private const int MaxDepth = 12, MaxBoxes = 10_000;

    public static JumbfNode Parse(ReadOnlyMemory<byte> data)
    {
        int count = 0;
        var boxes = ParseBoxes(data, 0, 0, ref count);
        if (boxes is not [{ Type: "jumb" } root]) throw new JumbfFormatException("The manifest store is not a single JUMBF superbox.");
        return root;
    }

    private static List<JumbfNode> ParseBoxes(ReadOnlyMemory<byte> data, long baseOffset, int depth, ref int count)
    {
        if (depth > MaxDepth) throw new JumbfFormatException($"JUMBF nested deeper than {MaxDepth} at offset {baseOffset}.");
        var nodes = new List<JumbfNode>();
        int at = 0;
        while (at < data.Length)
        {
            if (++count > MaxBoxes) throw new JumbfFormatException($"More than {MaxBoxes} JUMBF boxes.");
            if (data.Length - at < 8) throw new JumbfFormatException($"Truncated box header at offset {baseOffset + at}.");
            var span = data.Span;
            uint size = BinaryPrimitives.ReadUInt32BigEndian(span[at..]);
            var type = Encoding.ASCII.GetString(span.Slice(at + 4, 4));
            if (size < 8 || size > data.Length - at) throw new JumbfFormatException($"Box '{type}' at offset {baseOffset + at} has an invalid size {size}.");
            var payload = data.Slice(at + 8, (int)size - 8);
            nodes.Add(type == "jumb" ? ParseSuperBox(payload, baseOffset + at, depth, ref count) : new JumbfNode { Type = type, Offset = baseOffset + at, Payload = payload });
            at += (int)size;
        }
        return nodes;
    }

    private static JumbfNode ParseSuperBox(ReadOnlyMemory<byte> payload, long offset, int depth, ref int count)
    {
        var children = ParseBoxes(payload, offset + 8, depth + 1, ref count);
        if (children.Count == 0 || children[0].Type != "jumd") throw new JumbfFormatException($"Superbox at offset {offset} has no description box.");
        var description = children[0].Payload.Span;
        if (description.Length < 17) throw new JumbfFormatException($"Description box at offset {children[0].Offset} is too short.");
        string? label = null;
        if ((description[16] & 0x02) != 0)
        {
            int end = description[17..].IndexOf((byte)0);
            if (end < 0) throw new JumbfFormatException($"Description box at offset {children[0].Offset} has an unterminated label.");
            label = Encoding.UTF8.GetString(description.Slice(17, end));
        }
        var node = new JumbfNode { Type = "jumb", Offset = offset, Payload = payload, ContentType = description[..16].ToArray(), Label = label };
        node.Children.AddRange(children.Skip(1));
        return node;
    }
}
