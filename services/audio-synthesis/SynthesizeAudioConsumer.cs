using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.AudioSynthesis;

public sealed class SynthesizeAudioConsumer(
    [FromKeyedServices(AudioSynthesisModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    ILogger<SynthesizeAudioConsumer> logger)
    : StageConsumer<SynthesizeAudio, AudioSynthesized>(store, logger)
{
    protected override string Stage => Stages.Audio;

    protected override async Task<AudioSynthesized> ExecuteAsync(SynthesizeAudio command, Func<double> elapsed, CancellationToken ct)
    {
        using var workspace = new MediaWorkspace(blobs);
        await Espeak.SpeakAsync(command.Prompt, "en", workspace.PathOf("speech.wav"), ct);
        await Ffmpeg.MixSpeechWithAmbientAsync(workspace.PathOf("speech.wav"), command.Seconds, workspace.PathOf("mix.wav"), ct);
        var audio = await workspace.UploadAsync("mix.wav", BlobKeys.ForJob(command.JobId, $"audio-{command.Attempt}.wav"), "audio/wav", ct);
        // No phoneme timings yet: the real synthesizer reports them from espeak-ng's callback API.
        return new AudioSynthesized(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: true, elapsed(), audio, []);
    }
}
