using Kino.AudioSynthesis.Planning;
using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.AudioSynthesis;

/// <summary>
/// The audio stage: plans the sound from the prompt, renders speech (with phoneme timings for lip-sync), ambience,
/// music and effects at the visual events found in the picture, mixes them to −14 LUFS and stores a 48 kHz stereo WAV.
/// </summary>
public sealed class SynthesizeAudioConsumer(
    [FromKeyedServices(AudioSynthesisModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    ILogger<SynthesizeAudioConsumer> logger)
    : StageConsumer<SynthesizeAudio, AudioSynthesized>(store, logger)
{
    protected override string Stage => Stages.Audio;

    protected override async Task<AudioSynthesized> ExecuteAsync(SynthesizeAudio command, Func<double> elapsed, CancellationToken ct)
    {
        var plan = AudioPlanner.Plan(command.Prompt);
        using var workspace = new MediaWorkspace(blobs);
        // Effects land where the picture shows them: contacts for impacts, splashes and steps, flashes for thunder.
        var effectTimes = new Dictionary<string, IReadOnlyList<double>>();
        if (command.Frames is { } frames && plan.Effects.Count > 0)
        {
            var events = await Events.VisualEvents.DetectAsync(await workspace.DownloadAsync(frames, "frames.mp4", ct), ct);
            foreach (var kind in new[] { "impact", "splash", "footsteps" }) effectTimes[kind] = events.Contacts;
            effectTimes["thunder"] = events.Flashes;
            logger.LogInformation("Visual events in {JobId}: {Contacts} contacts, {Flashes} flashes", command.JobId, events.Contacts.Count, events.Flashes.Count);
        }
        var track = AudioRenderer.Render(plan, command.Seconds, (int)(command.Seed % int.MaxValue), effectTimes, command.Shots, command.Cameos);
        logger.LogInformation("Audio for {JobId}: {Lines} dialogue lines ({CameoVoices} in cameo voices), ambience {Ambience}, music {Mood} in {Key} at {Tempo} bpm, {Lufs:F1} LUFS, {Peak:F1} dBTP",
            command.JobId, plan.Dialogue.Count, plan.Dialogue.Count(d => Voices.OfCameo(d.Speaker, d.Language, command.Cameos) is not null), string.Join("+", plan.Ambience), plan.Music.Mood, track.Music.Key, track.Music.Tempo,
            track.Mix.Loudness.IntegratedLufs, track.Mix.Loudness.TruePeakDbtp);
        await track.Mix.WriteWavAsync(workspace.PathOf("mix.wav"), ct);
        var audio = await workspace.UploadAsync("mix.wav", BlobKeys.ForJob(command.JobId, $"audio-{command.Attempt}.wav"), "audio/wav", ct);
        var phonemes = track.Phonemes.Select(p => new PhonemeTiming(p.Name, Math.Round(p.Start, 4), Math.Round(p.End, 4))).ToList();
        return new AudioSynthesized(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(), audio, phonemes, track.Transcript);
    }
}
