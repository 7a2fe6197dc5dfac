using Kino.Cameo;
using Kino.Cameo.Likeness;
using Kino.Media;
using Kino.Tests.Support;

namespace Kino.Tests.Cameo;

/// <summary>The upload checks, on real files made by ffmpeg: each refusal has its own code, and a photo works.</summary>
public sealed class LikenessExtractorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-likeness-").FullName;
    private static readonly LikenessExtractor Extractor = new(FaceDetector.Load(), new CameoOptions());

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Astronaut => Path.Combine(Repo.Root, ".kino/fixtures/astronaut.png");

    private async Task<string> FfmpegAsync(string name, params string[] arguments)
    {
        var output = Path.Combine(_folder, name);
        await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", .. arguments, output], CancellationToken.None);
        return output;
    }

    private async Task<string> RefusedAsync(string upload, string? voice = null) =>
        (await Assert.ThrowsAsync<UploadRejectedException>(() => Extractor.ExtractAsync(upload, voice, _folder, CancellationToken.None))).Code;

    [Fact]
    public async Task A_photo_of_a_face_gives_a_face_crop_and_no_voice()
    {
        var likeness = await Extractor.ExtractAsync(Astronaut, null, _folder, CancellationToken.None);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, likeness.FacePng[..4]);
        Assert.Equal(1, likeness.Face.FramesWithFace);
        Assert.Null(likeness.Voice);
    }

    [Fact]
    public async Task Bytes_that_are_no_media_are_refused()
    {
        var junk = Path.Combine(_folder, "junk.mp4");
        await File.WriteAllBytesAsync(junk, System.Text.Encoding.UTF8.GetBytes("this is not a video at all"));
        Assert.Equal("invalid_cameo_media", await RefusedAsync(junk));
    }

    [Fact]
    public async Task Too_short_too_long_and_too_large_videos_are_refused()
    {
        Assert.Equal("cameo_video_too_short", await RefusedAsync(await FfmpegAsync("short.mp4", "-loop", "1", "-i", Astronaut, "-t", "0.5", "-r", "24", "-pix_fmt", "yuv420p")));
        Assert.Equal("cameo_video_too_long", await RefusedAsync(await FfmpegAsync("long.mp4", "-f", "lavfi", "-i", "color=c=gray:s=64x64:r=5", "-t", "31", "-pix_fmt", "yuv420p")));
        Assert.Equal("cameo_resolution_too_high", await RefusedAsync(await FfmpegAsync("huge.png", "-f", "lavfi", "-i", "color=c=gray:s=2000x2000", "-frames:v", "1")));
        Assert.Equal("invalid_cameo_media", await RefusedAsync(await FfmpegAsync("sound.wav", "-f", "lavfi", "-i", "sine=f=220", "-t", "2")));
    }

    [Fact]
    public async Task A_voice_sample_without_speech_is_refused()
    {
        var tone = await FfmpegAsync("tone.wav", "-f", "lavfi", "-i", "anoisesrc=c=white:a=0.3", "-t", "3");
        Assert.Equal("no_speech_in_voice_sample", await RefusedAsync(Astronaut, tone));
    }
}
