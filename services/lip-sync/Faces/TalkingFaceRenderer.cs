using System.Globalization;
using Kino.Contracts;
using Kino.LipSync.Visemes;
using Kino.Media;

namespace Kino.LipSync.Faces;

/// <summary>
/// Makes the speaking character talk: tracks it, draws its face with the coarticulated mouth shape of each frame, muxes
/// the sound, and measures the result: the mouth opening read back from the rendered pixels against the speech energy.
/// </summary>
public static class TalkingFaceRenderer
{
    /// <param name="cameo">The cameo's face to draw instead of the cartoon face, when the video uses one.</param>
    public static async Task<SyncScore> RenderAsync(string frames, string audio, IReadOnlyList<PhonemeTiming> phonemes, double seconds, string output, CancellationToken ct,
        CameoFace? cameo = null)
    {
        var info = await MediaProbe.ReadAsync(frames, ct);
        double fps = info.FramesPerSecond;
        int smallHeight = Math.Max(2, (int)Math.Round(info.Height * 96.0 / info.Width / 2) * 2);
        var boxes = CharacterTracker.Track(await MediaInfo.ReadFramesAsync(frames, "gray", 96, smallHeight, 1, ct), 96, smallHeight, info.Width, info.Height);
        var speech = await MediaInfo.ReadSamplesAsync(audio, 1, 48000, ct);
        var mouths = MouthTrack.Frames(phonemes, boxes.Count, fps, emphasis: MouthTrack.Emphasis(phonemes, speech, 48000));
        var areas = new List<double>();
        var s = seconds.ToString(CultureInfo.InvariantCulture);
        await using (var decoder = FfmpegPipe.Reading(["-i", frames, "-an", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]))
        await using (var encoder = FfmpegPipe.Writing(["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{info.Width}x{info.Height}", "-framerate", info.FrameRate, "-i", "-",
            "-i", audio, "-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-t", s, "-movflags", "+faststart", output]))
        {
            var frame = new byte[info.Width * info.Height * 3];
            for (int f = 0; await FfmpegPipe.ReadFullAsync(decoder.Output, frame, ct); f++)
            {
                var box = boxes[Math.Min(f, boxes.Count - 1)];
                var mouth = mouths[Math.Min(f, mouths.Count - 1)];
                if (cameo is null) FacePainter.Paint(frame, info.Width, info.Height, box, mouth);
                else FacePainter.PaintCameo(frame, info.Width, info.Height, box, mouth, cameo);
                areas.Add(FacePainter.MouthArea(frame, info.Width, info.Height, box));
                await encoder.Input.WriteAsync(frame, ct);
            }
            await decoder.CompleteAsync(ct);
            await encoder.CompleteAsync(ct);
        }
        return SyncMetric.Measure(areas, speech, 48000, fps);
    }
}
