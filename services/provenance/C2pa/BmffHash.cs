using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Kino.Provenance.C2pa;

/// <summary>
/// The C2PA hard binding for BMFF (c2pa.hash.bmff.v2/v3, file-level hash): SHA-256 over the file without the excluded
/// top-level boxes ('ftyp', 'mfra', 'free', 'skip' and the C2PA 'uuid' box), with each included top-level box's offset, as 8 bytes big
/// endian, hashed just before its bytes — so moving boxes around breaks the hash. Streams the file in 1 MiB reads.
/// </summary>
public static class BmffHash
{
    // As c2pa-rs does: padding boxes (free, skip) may be rewritten by tools without changing the media.
    public static readonly string[] ExcludedTypes = ["ftyp", "mfra", "free", "skip"];

    public static bool IsExcluded(BmffBox box) => box.IsC2pa || ExcludedTypes.Contains(box.Type);

    /// <summary>
    /// Hashes the boxes that are not <paramref name="excluded"/> (a verifier passes the exclusions the manifest declares)
    /// and, when <paramref name="copyTo"/> is given, copies every box there on the same pass (signing).
    /// </summary>
    public static byte[] Compute(Stream stream, IReadOnlyList<BmffBox> boxes, Func<BmffBox, bool> excluded, Stream? copyTo = null, CancellationToken ct = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        Span<byte> offsetBytes = stackalloc byte[8];
        try
        {
            foreach (var box in boxes)
            {
                bool hashed = !excluded(box);
                if (!hashed && copyTo is null) continue;
                if (hashed)
                {
                    BinaryPrimitives.WriteUInt64BigEndian(offsetBytes, (ulong)box.Offset);
                    hash.AppendData(offsetBytes);
                }
                stream.Position = box.Offset;
                for (long left = box.Size; left > 0;)
                {
                    ct.ThrowIfCancellationRequested();
                    int read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                    if (read == 0) throw new BmffFormatException($"The file ended inside box '{box.Type}' at offset {box.Offset}.");
                    if (hashed) hash.AppendData(buffer, 0, read);
                    copyTo?.Write(buffer, 0, read);
                    left -= read;
                }
            }
            return hash.GetHashAndReset();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
