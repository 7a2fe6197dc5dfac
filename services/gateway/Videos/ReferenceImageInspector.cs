using System.Buffers.Binary;
using Kino.Gateway.Api;
using MetadataExtractor;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.Riff;
using MetadataExtractor.Formats.WebP;
using MetadataExtractor.IO;

namespace Kino.Gateway.Videos;

/// <summary>
/// Reads a reference image's format and pixel size from its header (MetadataExtractor), without decoding it, so the
/// gateway refuses what the video service could not decode and decompression bombs (a few KB of PNG that claim
/// 40000×40000 pixels) before they are stored. Only the size-bearing structures are read (PNG IHDR, JPEG SOF,
/// WebP VP8/VP8L/VP8X): EXIF, XMP, ICC profiles and compressed text chunks are never parsed. No length read from
/// the image may run past its end, so a forged length cannot make the library allocate gigabytes.
/// </summary>
public static class ReferenceImageInspector
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image's type and size; a 400 (<c>invalid_image</c>) when it is not a PNG, JPEG or WebP with a readable size.</summary>
    public static ReferenceImage Inspect(byte[] bytes, string param)
    {
        var span = bytes.AsSpan();
        var contentType = span switch
        {
            _ when span.StartsWith(PngSignature) => "image/png",
            _ when span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) => "image/jpeg",
            _ when span.Length > 12 && span[..4].SequenceEqual("RIFF"u8) && span[8..12].SequenceEqual("WEBP"u8) => "image/webp",
            _ => throw ApiError.BadRequest("'input_reference' must be a PNG, JPEG or WebP image.", param, "invalid_image"),
        };
        (int Width, int Height)? size;
        try
        {
            size = contentType switch
            {
                "image/png" => PngSize(bytes),
                "image/jpeg" => JpegSize(bytes),
                _ => WebPSize(bytes),
            };
        }
        catch (Exception e) when (e is ImageProcessingException or IOException)
        {
            throw Undecodable(contentType, param, e.Message);
        }
        if (size is not { Width: > 0, Height: > 0 } found)
            throw Undecodable(contentType, param, "no image size in its header");
        return new ReferenceImage(bytes, contentType, found.Width, found.Height);
    }

    /// <summary>A 400 (<c>image_too_large</c>) when the image has more pixels than <paramref name="maxPixels"/>.</summary>
    public static void CheckPixelLimit(ReferenceImage image, long maxPixels)
    {
        if (image.Pixels > maxPixels)
            throw ApiError.BadRequest($"'input_reference' is {image.Width}×{image.Height} pixels; at most {maxPixels} pixels are accepted.",
                "input_reference", "image_too_large");
    }

    private static ApiError Undecodable(string contentType, string param, string why) =>
        ApiError.BadRequest($"'input_reference' is not a readable {contentType[6..].ToUpperInvariant()} image: {why}.", param, "invalid_image");

    private static (int, int)? PngSize(byte[] bytes)
    {
        // IHDR comes first (13 bytes of data after its length and type) and is all that is read. MetadataExtractor's
        // chunk walker would read every later chunk too, and throws ArgumentException on a chunk type that is not letters.
        const int lengthAt = 8, dataAt = lengthAt + 8, dataLength = 13;
        if (bytes.Length < dataAt + dataLength || BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(lengthAt)) != dataLength
            || !bytes.AsSpan(lengthAt + 4, 4).SequenceEqual("IHDR"u8))
            return null;
        var header = new PngHeader(bytes[dataAt..(dataAt + dataLength)]);
        return (header.ImageWidth, header.ImageHeight);
    }

    private static (int, int)? JpegSize(byte[] bytes)
    {
        // JPEG segment lengths are 16-bit: no forged length can cost more than 64 KB.
        using var stream = new MemoryStream(bytes, writable: false);
        var jpeg = JpegMetadataReader.ReadMetadata(stream, [new JpegReader()]).OfType<JpegDirectory>().FirstOrDefault();
        return jpeg is not null && jpeg.TryGetInt32(JpegDirectory.TagImageWidth, out var width) && jpeg.TryGetInt32(JpegDirectory.TagImageHeight, out var height)
            ? (width, height) : null;
    }

    private static (int, int)? WebPSize(byte[] bytes)
    {
        var directories = new List<MetadataExtractor.Directory>();
        using var stream = new MemoryStream(bytes, writable: false);
        new RiffReader().ProcessRiff(new BoundedReader(stream, isMotorolaByteOrder: false), new SizeChunksOnly(new WebPRiffHandler(directories)));
        foreach (var webp in directories.OfType<WebPDirectory>())
            if (webp.TryGetInt32(WebPDirectory.TagImageWidth, out var width) && webp.TryGetInt32(WebPDirectory.TagImageHeight, out var height))
                return (width, height);
        return null;
    }

    /// <summary>Passes only WebP's bitstream and extended-header chunks to MetadataExtractor's handler (no EXIF, XMP or ICC).</summary>
    private sealed class SizeChunksOnly(WebPRiffHandler inner) : IRiffHandler
    {
        public bool ShouldAcceptRiffIdentifier(string identifier) => inner.ShouldAcceptRiffIdentifier(identifier);
        public bool ShouldAcceptChunk(string fourCc) => fourCc is "VP8X" or "VP8 " or "VP8L";
        public bool ShouldAcceptList(string fourCc) => false;
        public void ProcessChunk(string fourCc, byte[] payload) => inner.ProcessChunk(fourCc, payload);
    }

    /// <summary>
    /// Reads a stream, refusing a length that is negative or longer than what is left: before MetadataExtractor
    /// allocates it, and before a negative skip becomes an ArgumentException (a RIFF list shorter than its name).
    /// </summary>
    private sealed class BoundedReader(MemoryStream stream, bool isMotorolaByteOrder) : SequentialStreamReader(stream, isMotorolaByteOrder)
    {
        public override byte[] GetBytes(int count) => base.GetBytes((int)Within(count));

        public override void Skip(long n) => base.Skip(Within(n));

        // A skip that may fall short reports it (false); only a negative one is refused.
        public override bool TrySkip(long n) => n >= 0 ? base.TrySkip(n) : throw Past(n);

        private long Within(long length) => length >= 0 && length <= stream.Length - stream.Position ? length : throw Past(length);

        private static IOException Past(long length) => new($"a length of {length} bytes is negative or runs past the end of the image");

        public override SequentialReader WithByteOrder(bool isMotorolaByteOrder) =>
            isMotorolaByteOrder == IsMotorolaByteOrder ? this : new BoundedReader(stream, isMotorolaByteOrder);
    }
}
