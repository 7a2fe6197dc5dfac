using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kino.Media;
using static Kino.Tests.Security.SecurityPlatform;

namespace Kino.Tests.Security;

/// <summary>
/// Upload limits on a running Kino: the gateway's body limit answers 413 in the API's error shape; cameo uploads
/// are refused for size, length, frame size and decompression bombs (a tiny PNG that declares a huge picture, a
/// video whose frames are huge) before anything is decoded in full, with a clear code, and nothing is kept.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class UploadLimitTests(SecurityPlatform fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-limits-").FullName;

    private static async Task<(int Status, string Code, string Text)> ErrorAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var code = "";
        try { code = JsonDocument.Parse(text).RootElement.GetProperty("error").GetProperty("code").GetString() ?? ""; }
        catch (JsonException) { }
        return ((int)response.StatusCode, code, text);
    }

    [Fact]
    public async Task A_body_over_the_gateways_limit_is_413_in_the_apis_error_shape()
    {
        var prompt = new string('a', 11 * 1024 * 1024);
        // With a Content-Length, and streamed without one (the limit then trips half-way through reading).
        using var sized = new ByteArrayContent(Encoding.UTF8.GetBytes($"{{\"prompt\":\"{prompt}\"}}"));
        sized.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/videos") { Content = sized };
        request.Headers.ExpectContinue = true;
        var (status, code, text) = await ErrorAsync(await fixture.Owner.SendAsync(request));
        Assert.True(status == 413 && code == "request_too_large", $"{status} {text}");

        using var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"prompt\":\"{prompt}\"}}")));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request = new HttpRequestMessage(HttpMethod.Post, "/v1/videos") { Content = streamed };
        request.Headers.TransferEncodingChunked = true;
        (status, code, text) = await ErrorAsync(await fixture.Owner.SendAsync(request));
        Assert.True(status == 413 && code == "request_too_large", $"{status} {text}");
    }

    public static TheoryData<string, string, int> Refusals => new()
    {
        // upload made by MakeAsync,  expected code,                      status
        { "too-large",               "request_too_large|file_too_large", 413 },
        { "too-short",               "cameo_video_too_short",            400 },
        { "too-long",                "cameo_video_too_long",             400 },
        { "too-many-pixels.png",     "cameo_resolution_too_high",        400 },
        { "png-bomb.png",            "cameo_resolution_too_high",        400 },
        { "png-bomb-beyond-ffmpeg.png", "invalid_cameo_media",           400 },
        { "huge-frames.mp4",         "cameo_resolution_too_high",        400 },
        { "not-media.bin",           "invalid_cameo_media",              400 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Cameo_uploads_over_a_limit_are_refused_clearly_and_leave_nothing(string upload, string codes, int status)
    {
        var file = await MakeAsync(upload);
        var cameosBefore = await CameoCountAsync();
        var blobsBefore = BlobEntries();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Limits"), "name" },
            { new StreamContent(File.OpenRead(file)), "video", Path.GetFileName(file) },
            { new StringContent("true"), "attest_own_likeness" },
            { new StringContent("adult"), "age_bracket" },
            { new StringContent("sec_" + Guid.NewGuid().ToString("N")[..10]), "handle" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/videos/characters") { Content = form };
        request.Headers.ExpectContinue = true;   // so a refusal of the size arrives as an answer, not a reset
        var started = DateTime.UtcNow;
        var (actualStatus, code, text) = await ErrorAsync(await fixture.Owner.SendAsync(request));

        Assert.True(actualStatus == status && codes.Split('|').Contains(code), $"{upload}: {actualStatus} {text}");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), $"{upload} took {DateTime.UtcNow - started} to refuse");
        Assert.Equal(cameosBefore, await CameoCountAsync());
        Assert.Equal(blobsBefore, BlobEntries());
    }

    /// <summary>
    /// The public provenance check reads the watermark from an uploaded MP4: frames over 4K (a 4096×2304 clip of a
    /// few kilobytes here) are refused by the watermark service before they are decoded, and the check still answers (its C2PA part), saying why the marks were not read.
    /// </summary>
    [Fact]
    public async Task A_bomb_sent_to_the_provenance_check_is_not_decoded()
    {
        var bomb = await MakeAsync("over-4k.mp4");
        var started = DateTime.UtcNow;
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(bomb)), "file", "clip.mp4" } };
        var response = await fixture.Owner.PostAsync("/v1/content_provenance_checks", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var watermark = JsonDocument.Parse(text).RootElement.GetProperty("watermark");
        Assert.False(watermark.GetProperty("detected").GetBoolean());
        Assert.Contains("pixels a frame", watermark.GetProperty("error").GetString());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), $"took {DateTime.UtcNow - started}");
    }

    /// <summary>The probe itself never decodes a bomb: its decoder refuses the picture (ffmpeg's own refusal, not our arithmetic).</summary>
    [Fact]
    public async Task Probing_a_bomb_refuses_to_decode_its_picture()
    {
        var bomb = await MakeAsync("png-bomb.png");
        await Assert.ThrowsAsync<PictureTooLargeException>(() => MediaProbe.ReadAsync(bomb, 1920L * 1920, CancellationToken.None));
        var video = await MakeAsync("huge-frames.mp4");
        await Assert.ThrowsAsync<PictureTooLargeException>(() => MediaProbe.ReadAsync(video, 1920L * 1920, CancellationToken.None));
        Assert.Equal(2560, (await MediaProbe.ReadAsync(video, 2560L * 1600, CancellationToken.None)).Width);
    }

    private async Task<int> CameoCountAsync() =>
        JsonDocument.Parse(await fixture.Owner.GetStringAsync("/v1/cameos")).RootElement.GetProperty("data").GetArrayLength();

    private string[] BlobEntries()
    {
        var cameos = Path.Combine(fixture.Platform.DataDirectory, "blobs", "cameos");
        return Directory.Exists(cameos) ? Directory.GetFileSystemEntries(cameos, "*", SearchOption.AllDirectories).Order().ToArray() : [];
    }

    private async Task<string> MakeAsync(string name)
    {
        var path = Path.Combine(_folder, name);
        async Task Ffmpeg(params string[] args) => await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", .. args, path], CancellationToken.None);
        switch (name)
        {
            case "too-large":   // 10 MB of noise is no smaller compressed: just past the limit
                await File.WriteAllBytesAsync(path, System.Security.Cryptography.RandomNumberGenerator.GetBytes(10 * 1024 * 1024 + 200_000));
                break;
            case "too-short":
                path += ".mp4";
                await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=0.5", "-c:v", "libx264", "-preset", "ultrafast", path], CancellationToken.None);
                break;
            case "too-long":
                path += ".mp4";
                await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=gray:size=160x120:rate=2:duration=31", "-c:v", "libx264", "-preset", "ultrafast", path], CancellationToken.None);
                break;
            case "too-many-pixels.png":   // 2000×2000: over 1920×1920
                await Ffmpeg("-f", "lavfi", "-i", "color=c=gray:size=2000x2000", "-frames:v", "1", "-pix_fmt", "gray");
                break;
            case "png-bomb.png":   // 15000² RGB: ffmpeg would decode it into 675 MB
                await File.WriteAllBytesAsync(path, PngDeclaring(15_000, 15_000));
                break;
            case "png-bomb-beyond-ffmpeg.png":   // 60000²: more than ffmpeg decodes at all
                await File.WriteAllBytesAsync(path, PngDeclaring(60_000, 60_000));
                break;
            case "huge-frames.mp4":   // 2560×1600 (4.1 megapixels), two frames: small on disk, huge decoded
                await Ffmpeg("-f", "lavfi", "-i", "color=c=gray:size=2560x1600:rate=2:duration=1.5", "-c:v", "libx264", "-preset", "ultrafast");
                break;
            case "over-4k.mp4":
                await Ffmpeg("-f", "lavfi", "-i", "color=c=gray:size=4096x2304:rate=2:duration=1", "-c:v", "libx264", "-preset", "ultrafast");
                break;
            case "not-media.bin":
                await File.WriteAllTextAsync(path, "this is not a video");
                break;
        }
        return path;
    }

    /// <summary>
    /// A PNG of a few hundred bytes whose header declares <paramref name="width"/>×<paramref name="height"/> RGB pixels,
    /// with one compressed row of data: decoding it in full would need hundreds of megabytes or more.
    /// </summary>
    private static byte[] PngDeclaring(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;   // bit depth
        header[9] = 2;   // colour type RGB; compression, filter and interlace 0
        Chunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(new byte[3 * width + 1]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(typed));
        png.Write(crc);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
