using System.Buffers.Binary;
using System.Text;
using Kino.Gateway;
using Kino.Gateway.Api;
using Kino.Gateway.Videos;
using Kino.Media;
using Microsoft.AspNetCore.Http;

namespace Kino.Tests.Gateway;

/// <summary>The reference image's header check: real images from ffmpeg pass with their size, bombs and broken headers do not.</summary>
public sealed class ReferenceImageInspectorTests
{
    private const int Width = 96, Height = 64;

    public static TheoryData<string, string[], string> Encodings => new()
    {
        { "png", [], "image/png" },
        { "jpg", [], "image/jpeg" },
        { "webp", ["-c:v", "libwebp"], "image/webp" },
        { "webp", ["-c:v", "libwebp", "-lossless", "1"], "image/webp" },
        // An alpha channel makes libwebp write the extended header (VP8X).
        { "webp", ["-c:v", "libwebp", "-pix_fmt", "yuva420p"], "image/webp" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_real_image_is_accepted_with_its_type_and_size(string extension, string[] encoder, string contentType)
    {
        var image = ReferenceImageInspector.Inspect(await EncodeAsync(extension, encoder), "input_reference");
        Assert.Equal((contentType, Width, Height), (image.ContentType, image.Width, image.Height));
        ReferenceImageInspector.CheckPixelLimit(image, new GatewayOptions().MaxReferencePixels);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_header_cut_short_is_refused_as_invalid(string extension, string[] encoder, string contentType)
    {
        var bytes = await EncodeAsync(extension, encoder);
        Assert.Equal(contentType, ReferenceImageInspector.Inspect(bytes, "input_reference").ContentType);
        // PNG's IHDR ends at byte 29, WebP's size fields at 25 to 30, JPEG's frame header much later: no shorter prefix can be read.
        for (int length = 1; length < 25; length++)
        {
            var error = Assert.Throws<ApiError>(() => ReferenceImageInspector.Inspect(bytes[..length], "input_reference"));
            Assert.Equal((400, "invalid_image", "input_reference"), (error.Status, error.Code, error.Param));
        }
    }

    [Fact]
    public void A_decompression_bomb_is_refused_as_too_large()
    {
        var bomb = Png(40_000, 40_000);
        Assert.True(bomb.Length < 100);
        var image = ReferenceImageInspector.Inspect(bomb, "input_reference");
        var error = Assert.Throws<ApiError>(() => ReferenceImageInspector.CheckPixelLimit(image, new GatewayOptions().MaxReferencePixels));
        Assert.Equal((400, "image_too_large", "input_reference"), (error.Status, error.Code, error.Param));
    }

    [Fact]
    public void The_pixel_limit_is_inclusive()
    {
        var limit = new GatewayOptions().MaxReferencePixels;
        ReferenceImageInspector.CheckPixelLimit(ReferenceImageInspector.Inspect(Png(4096, limit / 4096), "input_reference"), limit);
        Assert.Throws<ApiError>(() => ReferenceImageInspector.CheckPixelLimit(ReferenceImageInspector.Inspect(Png(4097, limit / 4096), "input_reference"), limit));
    }

    [Fact]
    public void A_forged_chunk_length_is_refused_without_allocating_it()
    {
        // A WebP whose extended header claims 2 GB: the reader must stop at the end of the 30 bytes it has.
        var webp = new byte[30];
        "RIFF"u8.CopyTo(webp);
        BinaryPrimitives.WriteInt32LittleEndian(webp.AsSpan(4), int.MaxValue);
        "WEBPVP8X"u8.CopyTo(webp.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(webp.AsSpan(16), int.MaxValue - 100);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ApiError>(() => ReferenceImageInspector.Inspect(webp, "input_reference"));
        Assert.Equal("invalid_image", error.Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Fact]
    public void Other_formats_are_refused()
    {
        var error = Assert.Throws<ApiError>(() => ReferenceImageInspector.Inspect("GIF89a\x01\0\x01\0"u8.ToArray(), "input_reference"));
        Assert.Equal((400, "invalid_image"), (error.Status, error.Code));
    }

    [Fact]
    public async Task A_video_request_with_a_bomb_as_its_reference_is_refused()
    {
        const string boundary = "kino-test-boundary";
        var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nA cat\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"));
        body.Write(Png(40_000, 40_000));
        body.Write(Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n"));
        body.Position = 0;
        var context = new DefaultHttpContext();
        context.Request.ContentType = $"multipart/form-data; boundary={boundary}";
        context.Request.Body = body;

        var error = await Assert.ThrowsAsync<ApiError>(() => CreateVideoRequest.ReadAsync(context.Request, new GatewayOptions(), CancellationToken.None));
        Assert.Equal((400, "image_too_large", "input_reference"), (error.Status, error.Code, error.Param));
    }

    private static async Task<byte[]> EncodeAsync(string extension, string[] encoder)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kino-image-").FullName, "reference." + extension);
        try
        {
            await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-f", "lavfi", "-i", $"testsrc=s={Width}x{Height}", "-frames:v", "1", .. encoder, path], CancellationToken.None);
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    /// <summary>A PNG that claims any size: a signature, an IHDR chunk and an IEND (CRCs left zero: a header reader does not check them).</summary>
    private static byte[] Png(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bits per sample
        ihdr[9] = 2; // true colour
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        return chunk;
    }
}
