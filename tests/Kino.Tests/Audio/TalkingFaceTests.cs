using System.Runtime.InteropServices;
using Kino.AudioSynthesis;
using Kino.AudioSynthesis.Planning;
using Kino.Contracts;
using Kino.LipSync.Faces;
using Kino.Tests.Support;

namespace Kino.Tests.Audio;

/// <summary>The lip-sync stage's renderer on a moving character with real speech, measured on the rendered frames.</summary>
public sealed class TalkingFaceTests
{
    [Fact]
    public async Task The_character_gets_a_mouth_that_moves_with_the_speech()
    {
        var folder = Directory.CreateTempSubdirectory("kino-face-").FullName;
        try
        {
            string frames = Path.Combine(folder, "frames.mp4"), audio = Path.Combine(folder, "audio.wav"), output = Path.Combine(folder, "video.mp4");
            // A red disc gliding across a muted background, as the video model draws its characters.
            await Kino.Media.MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=0x304050:s=480x640:r=24:d=5",
                "-f", "lavfi", "-i", "color=c=0xd03020:s=200x200:r=24:d=5,format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='if(lt(hypot(X-100,Y-100),100),255,0)'",
                "-filter_complex", "[0][1]overlay=x='60+40*t':y=200", "-c:v", "libx264", "-pix_fmt", "yuv420p", frames], CancellationToken.None);
            var track = AudioRenderer.Render(AudioPlanner.Plan("Tom says \"My mother made a marvellous apple pie, and everybody wanted a piece of it.\""), 5, 3);
            await File.WriteAllBytesAsync(audio + ".f32", MemoryMarshal.AsBytes(track.Mix.Interleaved.AsSpan()).ToArray());
            await Kino.Media.MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "f32le", "-ar", "48000", "-ac", "2", "-i", audio + ".f32", audio], CancellationToken.None);
            var phonemes = track.Phonemes.Select(p => new PhonemeTiming(p.Name, p.Start, p.End)).ToList();

            var sync = await TalkingFaceRenderer.RenderAsync(frames, audio, phonemes, 5, output, CancellationToken.None);
            var media = await Ffprobe.ProbeAsync(output);
            Assert.Equal(("h264", "aac"), (media.VideoCodec, media.AudioCodec));
            Assert.InRange(media.DurationSeconds, 4.9, 5.1);
            // Measured from the pixels of the rendered frames against the mixed sound (speech over music and ambience).
            Assert.True(Math.Abs(sync.OffsetFrames) <= 1, $"offset {sync.OffsetFrames}, r={sync.Correlation:F3}");
            Assert.True(sync.Correlation >= 0.4, $"offset {sync.OffsetFrames}, r={sync.Correlation:F3}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
