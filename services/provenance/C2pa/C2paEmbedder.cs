using System.Buffers.Binary;
using System.Text;

namespace Kino.Provenance.C2pa;

/// <summary>
/// Signs an MP4: hashes it (BMFF v3 binding), builds and signs the manifest, and writes the file with the manifest store
/// in a top-level C2PA 'uuid' box at the end. Appending moves no other box, so no chunk offset ('stco'/'co64') changes
/// and the hash of the original boxes stays valid. A C2PA box already in the input is dropped (the new manifest replaces it).
/// </summary>
public static class C2paEmbedder
{
    public static async Task SignAsync(string input, string output, Func<byte[], Task<byte[]>> buildManifest, CancellationToken ct)
    {
        await using var source = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var all = BmffBoxes.Read(source);
        if (all.Take(all.Count - 1).Any(b => b.IsC2pa))
            throw new BmffFormatException("An existing C2PA box sits between other boxes; removing it would move them.");
        var boxes = all.Where(b => !b.IsC2pa).ToList();

        // One pass: every box is copied and, unless excluded, hashed on the way. A failure (e.g. no time-stamp) leaves no half-written output.
        try
        {
            await using var target = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            var hash = BmffHash.Compute(source, boxes, BmffHash.IsExcluded, target, ct);
            await target.WriteAsync(UuidBox(await buildManifest(hash)), ct);
        }
        catch
        {
            File.Delete(output);
            throw;
        }
    }

    /// <summary>The C2PA box: 'uuid' with C2PA's user type, FullBox version 0, purpose "manifest", no Merkle data, the store.</summary>
    public static byte[] UuidBox(byte[] manifestStore)
    {
        var purpose = Encoding.ASCII.GetBytes("manifest\0");
        var payload = new byte[16 + 4 + purpose.Length + 8 + manifestStore.Length];
        C2paIds.BmffBox.CopyTo(payload, 0);
        purpose.CopyTo(payload, 20);
        BinaryPrimitives.WriteUInt64BigEndian(payload.AsSpan(20 + purpose.Length), 0);
        manifestStore.CopyTo(payload, 20 + purpose.Length + 8);
        return Jumbf.Box("uuid", payload);
    }
}
