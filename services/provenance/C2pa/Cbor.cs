using System.Formats.Cbor;

namespace Kino.Provenance.C2pa;

/// <summary>
/// Decodes untrusted CBOR into plain values (maps with text keys, lists, byte arrays, strings, longs, bools, null),
/// with nesting and item counts bounded. Tags are unwrapped.
/// </summary>
public static class Cbor
{
    private const int MaxDepth = 32, MaxItems = 100_000;

    public static object? Decode(ReadOnlyMemory<byte> data)
    {
        var reader = new CborReader(data, CborConformanceMode.Lax, allowMultipleRootLevelValues: false);
        int items = 0;
        try
        {
            var value = Read(reader, 0, ref items);
            if (reader.BytesRemaining != 0) throw new CborContentException("Trailing bytes after the CBOR value.");
            return value;
        }
        catch (InvalidOperationException e)
        {
            // CborReader reports some malformed items (e.g. a bad simple value) this way; found by fuzzing.
            throw new CborContentException($"Malformed CBOR: {e.Message}");
        }
    }

    private static object? Read(CborReader reader, int depth, ref int items)
    {
        if (depth > MaxDepth) throw new CborContentException($"CBOR nested deeper than {MaxDepth}.");
        if (++items > MaxItems) throw new CborContentException($"More than {MaxItems} CBOR items.");
        switch (reader.PeekState())
        {
            case CborReaderState.StartMap:
            {
                int? count = reader.ReadStartMap();
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.PeekState() != CborReaderState.EndMap)
                {
                    var key = reader.PeekState() == CborReaderState.TextString ? reader.ReadTextString() : Read(reader, depth + 1, ref items)?.ToString() ?? "";
                    map[key] = Read(reader, depth + 1, ref items);
                }
                reader.ReadEndMap();
                return map;
            }
            case CborReaderState.StartArray:
            {
                reader.ReadStartArray();
                var list = new List<object?>();
                while (reader.PeekState() != CborReaderState.EndArray) list.Add(Read(reader, depth + 1, ref items));
                reader.ReadEndArray();
                return list;
            }
            case CborReaderState.Tag: reader.ReadTag(); return Read(reader, depth + 1, ref items);
            case CborReaderState.ByteString: return reader.ReadByteString();
            case CborReaderState.TextString: return reader.ReadTextString();
            case CborReaderState.UnsignedInteger:
            {
                // CBOR integers reach 2^64 - 1 and -2^64, beyond a long: keep those as doubles rather than overflow.
                ulong value = reader.ReadUInt64();
                return value <= long.MaxValue ? (object)(long)value : (double)value;
            }
            case CborReaderState.NegativeInteger:
            {
                ulong encoded = reader.ReadCborNegativeIntegerRepresentation();
                return encoded < long.MaxValue ? (object)(-1L - (long)encoded) : -1.0 - encoded;
            }
            case CborReaderState.Boolean: return reader.ReadBoolean();
            case CborReaderState.Null: reader.ReadNull(); return null;
            case CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat: return reader.ReadDouble();
            default: reader.SkipValue(); return null;
        }
    }

    public static IReadOnlyDictionary<string, object?> Map(object? value, string what) =>
        value as Dictionary<string, object?> ?? throw new CborContentException($"{what} is not a CBOR map.");
}
