using System.Globalization;
using Kino.Cameo.Consent;
using Kino.Contracts;
using Kino.Media;

namespace Kino.Cameo.Likeness;

/// <summary>An upload the cameo service cannot take, with the API's error code and a message in plain words.</summary>
public sealed class UploadRejectedException(int status, string code, string message) : Exception(message)
{
    public int Status => status;
    public string Code => code;
}

/// <summary>What an upload gave: the face crop (PNG), where it came from, and the voice measured from the sample.</summary>
public sealed record Likeness(byte[] FacePng, FaceRegion Face, VoiceProfile? Voice);

/// <summary>
/// Checks a cameo upload (a short video or a photo, and an optional separate voice sample) and extracts the likeness:
/// up to 16 frames at 2 per second are searched for faces; the surest face, with a margin, becomes the face crop; the
/// voice comes from the sample, or else from the video's own sound.
/// </summary>
public sealed class LikenessExtractor(FaceDetector faces, CameoOptions options)
{
    private const int AnalysisWidth = 320, MaxFrames = 16, CropSize = 256;

    public async Task<Likeness> ExtractAsync(string upload, string? voiceSample, string workFolder, CancellationToken ct)
    {
        var info = await ProbeAsync(upload, "video", ct);
        if (info.Width == 0) throw new UploadRejectedException(400, "invalid_cameo_media", "The 'video' file has no picture: upload a short video or a photo of your face.");
        if ((long)info.Width * info.Height > options.MaxPixels)
            throw new UploadRejectedException(400, "cameo_resolution_too_high", $"The video is {info.Width}x{info.Height}; at most {options.MaxPixels:N0} pixels a frame are accepted.");
        bool still = info.Seconds < 0.05;   // a photo (or a one-frame clip)
        if (!still && info.Seconds < options.MinSeconds)
            throw new UploadRejectedException(400, "cameo_video_too_short", $"The video lasts {info.Seconds:F1} s; a cameo needs at least {options.MinSeconds} s.");
        if (info.Seconds > options.MaxSeconds)
            throw new UploadRejectedException(400, "cameo_video_too_long", $"The video lasts {info.Seconds:F1} s; a cameo takes at most {options.MaxSeconds} s.");

        int height = Math.Max(24, (int)Math.Round(info.Height * (double)AnalysisWidth / info.Width));
        var frames = await SampleFramesAsync(upload, height, still, ct);
        var found = frames.Select((gray, index) => (Index: index, Faces: faces.Detect(gray, AnalysisWidth, height))).ToList();
        // The surest face (most agreeing detections), not the largest: the cascade's occasional false face can be bigger.
        var best = found.SelectMany(f => f.Faces.Select(face => (f.Index, Face: face))).OrderByDescending(f => f.Face.Neighbours).FirstOrDefault();
        if (best.Face is null)
            throw new UploadRejectedException(400, "no_face_detected", "No face was found in the upload. Film your face from the front, well lit, filling a good part of the picture.");

        var facePng = await CropFaceAsync(upload, still ? 0 : best.Index / 2.0, best.Face, info, Path.Combine(workFolder, "face.png"), ct);
        var region = new FaceRegion(CropSize, CropSize, frames.Count, found.Count(f => f.Faces.Count > 0));

        VoiceProfile? voice = null;
        if (voiceSample is not null)
        {
            var sampleInfo = await ProbeAsync(voiceSample, "voice", ct);
            if (sampleInfo.AudioChannels == 0) throw new UploadRejectedException(400, "invalid_voice_sample", "The 'voice' file has no sound.");
            if (sampleInfo.Seconds > options.MaxSeconds)
                throw new UploadRejectedException(400, "voice_sample_too_long", $"The voice sample lasts {sampleInfo.Seconds:F1} s; at most {options.MaxSeconds} s are taken.");
            voice = VoiceAnalyzer.Analyze(await MediaInfo.ReadSamplesAsync(voiceSample, 1, 16000, ct), 16000)
                ?? throw new UploadRejectedException(400, "no_speech_in_voice_sample", "No speech was found in the voice sample: record a few sentences in your own voice.");
        }
        else if (info.AudioChannels > 0)
            voice = VoiceAnalyzer.Analyze(await MediaInfo.ReadSamplesAsync(upload, 1, 16000, ct), 16000);
        return new Likeness(facePng, region, voice);
    }

    private async Task<MediaInfo> ProbeAsync(string file, string field, CancellationToken ct)
    {
        try
        {
            return await MediaProbe.ReadAsync(file, options.MaxPixels, ct);
        }
        catch (PictureTooLargeException)
        {
            throw new UploadRejectedException(400, "cameo_resolution_too_high", $"The '{field}' file's picture is larger than {options.MaxPixels:N0} pixels a frame.");
        }
        catch (Exception e) when (e is MediaToolException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UploadRejectedException(400, "invalid_cameo_media", $"The '{field}' file could not be read as a video, photo or sound file.");
        }
    }

    /// <summary>Up to 16 grey frames, two per second (a photo's one frame), scaled to the analysis width.</summary>
    private async Task<List<byte[]>> SampleFramesAsync(string file, int height, bool still, CancellationToken ct)
    {
        // ffmpeg's fps filter drops a photo's single frame (it has no duration to sample), so photos go without it.
        var rate = still ? "" : "fps=2,";
        // max_pixels: a stream may change its frame size after the first frame, which is all the probe saw.
        await using var decoder = FfmpegPipe.Reading(["-max_pixels", options.MaxPixels.ToString(CultureInfo.InvariantCulture), "-i", file, "-an", "-vf", $"{rate}scale={AnalysisWidth}:{height},format=gray", "-frames:v", MaxFrames.ToString(CultureInfo.InvariantCulture),
            "-f", "rawvideo", "-"]);
        var frames = new List<byte[]>();
        while (true)
        {
            var frame = new byte[AnalysisWidth * height];
            if (!await FfmpegPipe.ReadFullAsync(decoder.Output, frame, ct)) break;
            frames.Add(frame);
        }
        await decoder.CompleteAsync(ct);
        return frames;
    }

    /// <summary>The face with a quarter of its size as margin on every side (hair, chin), squared, at 256×256.</summary>
    private async Task<byte[]> CropFaceAsync(string file, double seconds, FaceBox face, MediaInfo info, string output, CancellationToken ct)
    {
        double scale = info.Width / (double)AnalysisWidth;
        double size = Math.Min(Math.Min(info.Width, info.Height), face.Width * scale * 1.5);
        double cx = (face.X + face.Width / 2.0) * scale, cy = (face.Y + face.Height / 2.0) * scale;
        int side = (int)size, x = (int)Math.Clamp(cx - size / 2, 0, info.Width - side), y = (int)Math.Clamp(cy - size / 2, 0, info.Height - side);
        string I(double v) => v.ToString(CultureInfo.InvariantCulture);
        await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-max_pixels", options.MaxPixels.ToString(CultureInfo.InvariantCulture), "-ss", I(seconds), "-i", file, "-frames:v", "1",
            "-vf", $"crop={side}:{side}:{x}:{y},scale={CropSize}:{CropSize}", output], ct);
        return await File.ReadAllBytesAsync(output, ct);
    }
}
