using System.Runtime.InteropServices;
using Kino.Watermark.Audio;
using Kino.Media;
using Kino.Watermark.Payload;
using Kino.Watermark.Video;

namespace Kino.Watermark;

/// <summary>How strongly and how the marks are written.</summary>
public sealed record MarkSettings(double LumaAmplitude = 2.4, double AudioStrength = 0.1, int Crf = 17, string Preset = "veryfast");

/// <summary>One modality's verdict.</summary>
public sealed record ModalityResult(bool Decoded, ulong? Key, double BitAccuracy, double SyncScore, double FalsePositiveProbability, double[] SoftBits);

/// <summary>Both modalities, and the combined verdict: the key, how sure, and the false-positive probability.</summary>
public sealed record WatermarkReading(ulong? Key, double Confidence, double FalsePositiveProbability, ModalityResult? Video, ModalityResult? Audio, double AnalysedSeconds);

/// <summary>
/// Embeds and reads Kino's invisible marks (luma tile pattern, 6 kHz audio chips), both carrying one 64-bit key. The
/// visible mark, when asked for, is an ffmpeg filter drawn before the invisible mark is added.
/// </summary>
public sealed class WatermarkEngine
{
    private readonly WatermarkCode code;
    private readonly TileLayout layout;
    private readonly AudioPattern audio;
    private readonly MarkSettings settings;
    private readonly LumaDetector lumaDetector;
    private readonly AudioDetector audioDetector;

    public WatermarkEngine(byte[] secret, MarkSettings? settings = null)
    {
        code = new WatermarkCode(secret);
        layout = new TileLayout(secret);
        audio = new AudioPattern(secret);
        this.settings = settings ?? new MarkSettings();
        lumaDetector = new LumaDetector(layout, code);
        audioDetector = new AudioDetector(audio, code);
    }

    public WatermarkCode Code => code;

    /// <summary>
    /// Writes <paramref name="output"/>: the input with both invisible marks, and the visible one when a filter is given
    /// (H.264 + AAC). With <paramref name="unmarkedOutput"/>, the same marked frames also go, without the visible mark,
    /// to a second file: one decode, one marking, two encoders.
    /// </summary>
    public async Task EmbedAsync(string input, string output, ulong key, string? visibleFilter, CancellationToken ct, string? unmarkedOutput = null)
    {
        var info = await MediaProbe.ReadAsync(input, ct);
        if (info.Width == 0) throw new ArgumentException("The file has no video stream.");
        if (info.Width % 2 != 0 || info.Height % 2 != 0) throw new ArgumentException($"The video is {info.Width}x{info.Height}; the watermark needs even dimensions.");
        var bits = code.Encode(key);
        string? marked = null;
        var outputs = new List<(string File, string? Filter)> { (output, visibleFilter) };
        if (unmarkedOutput is not null) outputs.Add((unmarkedOutput, null));
        try
        {
            if (info.AudioChannels > 0)
            {
                marked = output + ".audio.f32";
                await MarkAudioAsync(input, marked, info.AudioChannels, bits, ct);
            }
            await using var decoder = FfmpegPipe.Reading(["-i", input, "-an", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-"]);
            var encoders = outputs.Select(o => FfmpegPipe.Writing(EncoderArguments(info, marked, o.Filter, o.File))).ToList();
            try
            {
                var marker = new LumaMarker(layout.Tile(bits), info.Width, info.Height, settings.LumaAmplitude);
                // Decoding, marking and encoding overlap: a reader fills frame buffers while this loop marks and writes.
                var frames = System.Threading.Channels.Channel.CreateBounded<byte[]>(3);
                var spare = System.Threading.Channels.Channel.CreateUnbounded<byte[]>();
                for (int i = 0; i < 5; i++) spare.Writer.TryWrite(new byte[info.Width * info.Height * 3 / 2]);
                var reading = Task.Run(async () =>
                {
                    try
                    {
                        while (true)
                        {
                            var buffer = await spare.Reader.ReadAsync(ct);
                            if (!await FfmpegPipe.ReadFullAsync(decoder.Output, buffer, ct)) break;
                            await frames.Writer.WriteAsync(buffer, ct);
                        }
                        frames.Writer.Complete();
                    }
                    catch (Exception e) { frames.Writer.Complete(e); }
                }, ct);
                await foreach (var frame in frames.Reader.ReadAllAsync(ct))
                {
                    marker.Mark(frame.AsSpan(0, info.Width * info.Height));
                    await Task.WhenAll(encoders.Select(e => e.Input.WriteAsync(frame, ct).AsTask()));
                    spare.Writer.TryWrite(frame);
                }
                await reading;
                await decoder.CompleteAsync(ct);
                foreach (var encoder in encoders) await encoder.CompleteAsync(ct);
            }
            finally
            {
                foreach (var encoder in encoders) await encoder.DisposeAsync();
            }
        }
        catch
        {
            foreach (var o in outputs) File.Delete(o.File);
            throw;
        }
        finally
        {
            if (marked is not null) File.Delete(marked);
        }
    }

    /// <summary>An encoder reading marked raw frames from us (and the marked sound from a file), drawing the visible mark if asked.</summary>
    private string[] EncoderArguments(MediaInfo info, string? markedAudio, string? visibleFilter, string output)
    {
        string[] audioIn = markedAudio is null ? [] : ["-f", "f32le", "-ar", AudioPattern.SampleRate.ToString(), "-ac", info.AudioChannels.ToString(), "-i", markedAudio];
        string[] audioOut = markedAudio is null ? [] : ["-map", "1:a", "-c:a", "aac", "-b:a", "160k"];
        string[] filter = visibleFilter is null ? [] : ["-vf", visibleFilter];
        return ["-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", $"{info.Width}x{info.Height}", "-framerate", info.FrameRate, "-i", "-",
            .. audioIn, "-map", "0:v", .. audioOut, .. filter, "-c:v", "libx264", "-preset", settings.Preset, "-crf", settings.Crf.ToString(), "-pix_fmt", "yuv420p",
            "-movflags", "+faststart", output];
    }

    private async Task MarkAudioAsync(string input, string output, int channels, sbyte[] bits, CancellationToken ct)
    {
        var samples = await MediaInfo.ReadSamplesAsync(input, channels, AudioPattern.SampleRate, ct);
        AudioMarker.Mark(samples, channels, audio.Waveform(bits), settings.AudioStrength);
        await File.WriteAllBytesAsync(output, MemoryMarshal.AsBytes(samples.AsSpan()).ToArray(), ct);
    }

    /// <summary>Adds the audio mark for <paramref name="key"/> to interleaved 48 kHz samples (what embedding does to the sound).</summary>
    public void MarkAudio(Span<float> interleaved, int channels, ulong key) => AudioMarker.Mark(interleaved, channels, audio.Waveform(code.Encode(key)), settings.AudioStrength);

    /// <summary>
    /// The largest picture a file to read may have (4K): Kino's videos are at most 1792×1024, and copies of them scaled
    /// up stay under it. Anything bigger is refused before it is decoded, so a few bytes that declare a huge picture
    /// cannot make the reader allocate gigabytes (<see cref="PictureTooLargeException"/>).
    /// </summary>
    public const long MaxReadPixels = 3840L * 2160;

    /// <summary>Reads both marks from the first <paramref name="maxSeconds"/> of a file.</summary>
    public async Task<WatermarkReading> ReadAsync(string file, double maxSeconds, CancellationToken ct)
    {
        var info = await MediaProbe.ReadAsync(file, MaxReadPixels, ct);
        var seconds = info.Seconds > 0 ? Math.Min(info.Seconds, maxSeconds) : maxSeconds;
        var limit = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var videoTask = info.Width > 0 ? ReadVideoAsync(file, info, limit, ct) : Task.FromResult<ModalityResult?>(null);
        var audioTask = info.AudioChannels > 0 ? ReadAudioAsync(file, seconds, ct) : Task.FromResult<ModalityResult?>(null);
        var (video, sound) = (await videoTask, await audioTask);
        return Combine(video, sound, seconds);
    }

    private async Task<ModalityResult?> ReadVideoAsync(string file, MediaInfo info, string limit, CancellationToken ct)
    {
        var sum = new float[info.Width * info.Height];
        int frames = 0;
        await ForEachLumaFrameAsync(file, info, limit, frame =>
        {
            for (int i = 0; i < frame.Length; i++) sum[i] += frame[i];
            frames++;
        }, ct);
        if (frames == 0) return null;
        for (int i = 0; i < sum.Length; i++) sum[i] /= frames;
        return ReadLuma(sum, info.Width, info.Height);
    }

    private async Task<ModalityResult?> ReadAudioAsync(string file, double seconds, CancellationToken ct) =>
        ReadAudio(await MediaInfo.ReadSamplesAsync(file, 1, AudioPattern.SampleRate, ct, seconds));

    /// <summary>The video verdict on the mean of a clip's luma frames.</summary>
    public ModalityResult? ReadLuma(float[] meanLuma, int width, int height)
    {
        var found = lumaDetector.Detect(meanLuma, width, height);
        return found is null ? null : new ModalityResult(found.Payload.Key is not null, found.Payload.Key, found.Payload.BitAccuracy, found.SyncScore, found.Payload.FalsePositiveProbability, found.SoftBits);
    }

    /// <summary>The audio verdict on a 48 kHz mono mix.</summary>
    public ModalityResult? ReadAudio(float[] mono)
    {
        var found = audioDetector.Detect(mono);
        return found is null ? null : new ModalityResult(found.Payload.Key is not null, found.Payload.Key, found.Payload.BitAccuracy, found.SyncScore, found.Payload.FalsePositiveProbability, found.SoftBits);
    }

    /// <summary>Decodes the luma of each frame (8-bit, width × height) up to <paramref name="limit"/> seconds.</summary>
    public static async Task ForEachLumaFrameAsync(string file, MediaInfo info, string limit, Action<byte[]> onFrame, CancellationToken ct)
    {
        // max_pixels: a stream may grow its frames after the first one, which is all the probe saw.
        await using var decoder = FfmpegPipe.Reading(["-max_pixels", MaxReadPixels.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-i", file, "-t", limit, "-an", "-f", "rawvideo", "-pix_fmt", "gray", "-"]);
        var frame = new byte[info.Width * info.Height];
        while (await FfmpegPipe.ReadFullAsync(decoder.Output, frame, ct)) onFrame(frame);
        await decoder.CompleteAsync(ct);
    }

    /// <summary>
    /// Agreeing keys multiply their (independent) false-positive probabilities; disagreeing keys keep the more certain
    /// one. Confidence is the share of coded bits that agree with the decoded codeword.
    /// </summary>
    private static WatermarkReading Combine(ModalityResult? video, ModalityResult? sound, double seconds)
    {
        var decoded = new[] { video, sound }.Where(m => m is { Decoded: true }).Select(m => m!).OrderBy(m => m.FalsePositiveProbability).ToList();
        if (decoded.Count == 0) return new WatermarkReading(null, 0, 1, video, sound, seconds);
        var best = decoded[0];
        double fpp = decoded.Count == 2 && decoded[1].Key == best.Key ? best.FalsePositiveProbability * decoded[1].FalsePositiveProbability : best.FalsePositiveProbability;
        return new WatermarkReading(best.Key, decoded.Where(m => m.Key == best.Key).Max(m => m.BitAccuracy), fpp, video, sound, seconds);
    }

    /// <summary>The share of soft bits whose sign matches the key's coded bits (for benchmarks, where the key is known).</summary>
    public double BitAccuracy(double[] soft, ulong key)
    {
        var truth = code.Encode(key);
        return soft.Zip(truth).Count(p => Math.Sign(p.First) == p.Second) / (double)truth.Length;
    }
}
