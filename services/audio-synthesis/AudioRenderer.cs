using Kino.Contracts;
using Kino.AudioSynthesis.Mixing;
using Kino.AudioSynthesis.Planning;
using Kino.AudioSynthesis.Speech;
using Kino.AudioSynthesis.Synthesis;

namespace Kino.AudioSynthesis;

/// <summary>A rendered sound track: the mix, the phonemes spoken (for lip-sync), what was said, and what was made.</summary>
public sealed record AudioTrack(MixResult Mix, IReadOnlyList<SpokenPhoneme> Phonemes, string? Transcript, AudioPlan Plan, Composition Music);

/// <summary>
/// Renders a clip's sound from its audio plan: dialogue lines one after another (each speaker keeps one voice), the
/// scene's ambience, the composed music ducked under the speech, effects at the given times; mixed to −14 LUFS.
/// </summary>
public static class AudioRenderer
{
    public const int SampleRate = 48000;

    /// <param name="effectTimes">When visual events happen (seconds), by effect kind; effects without times are not placed.</param>
    /// <param name="shots">The video's shots: with more than one, each shot gets the ambience its own prompt names, crossfaded at the cuts.</param>
    /// <param name="cameos">Cameos in the video: a line said by a cameo's @handle (or the narrator's, when one cameo is in it) takes its owner's voice.</param>
    public static AudioTrack Render(AudioPlan plan, double seconds, int seed, IReadOnlyDictionary<string, IReadOnlyList<double>>? effectTimes = null,
        IReadOnlyList<ShotDescription>? shots = null, IReadOnlyList<CameoRef>? cameos = null)
    {
        int frames = (int)Math.Round(seconds * SampleRate);
        // Music, ambience and speech are independent: music and ambience render on the pool while espeak-ng speaks.
        var composing = Task.Run(() => Composer.Render(plan.Music, seconds, SampleRate, seed));
        var ambient = Task.Run(() => AmbienceFor(plan, shots, seconds, seed));
        var speech = new List<Placed>();
        var phonemes = new List<SpokenPhoneme>();
        double cursor = 0.3;
        var voices = new Dictionary<string, VoiceSettings>();
        foreach (var line in plan.Dialogue)
        {
            if (cursor >= seconds - 0.5) break;
            var voice = voices.TryGetValue(line.Speaker + line.Language, out var v) ? v
                : voices[line.Speaker + line.Language] = Voices.OfCameo(line.Speaker, line.Language, cameos) ?? Voices.For(line.Speaker, line.Language, voices.Count);
            var render = SpeechSynthesizer.Speak(line.Text, voice);
            speech.Add(new Placed(render.Samples, render.SampleRate, cursor, 1.6, voices.Count % 2 == 0 ? 0.15 : -0.15));
            phonemes.AddRange(render.Phonemes.Select(p => p with { Start = p.Start + cursor, End = p.End + cursor }).Where(p => p.Start < seconds));
            cursor += render.Seconds + 0.35;
        }
        var ambience = ambient.GetAwaiter().GetResult();
        var (music, score) = composing.GetAwaiter().GetResult();
        var effects = new List<Placed>();
        foreach (var effect in plan.Effects)
            if (effectTimes?.GetValueOrDefault(effect.Kind) is { } times)
                foreach (var (t, i) in times.Select((t, i) => (t, i)))
                    effects.Add(new Placed(Effects.Render(effect.Kind, SampleRate, seed + i), SampleRate, t, 0.7));
        var mix = Mixer.Mix(frames, SampleRate, speech, music, ambience, effects);
        var transcript = plan.Dialogue.Count == 0 ? null : string.Join(" ", plan.Dialogue.Select(d => d.Text));
        return new AudioTrack(mix, phonemes, transcript, plan, score);
    }

    /// <summary>The ambient bed: per shot when the video has several, else the plan's scenes over the whole clip.</summary>
    public static StereoBuffer AmbienceFor(AudioPlan plan, IReadOnlyList<ShotDescription>? shots, double seconds, int seed) =>
        shots is { Count: > 1 } ? ShotAmbience(shots, seconds, seed) : SceneAmbience(plan.Ambience, seconds, seed);

    /// <summary>Up to two scenes mixed over the whole clip.</summary>
    private static StereoBuffer SceneAmbience(IReadOnlyList<string> scenes, double seconds, int seed)
    {
        // Side by side, the calling thread taking a share (no thread blocked waiting on the small pool of a 2-core machine).
        var chosen = scenes.Take(2).ToArray();
        var beds = new StereoBuffer[chosen.Length];
        Parallel.For(0, chosen.Length, i => beds[i] = Ambience.Render(chosen[i], seconds, SampleRate, seed ^ StableHash(chosen[i])));
        var ambience = new StereoBuffer((int)Math.Round(seconds * SampleRate), SampleRate);
        foreach (var bed in beds) ambience.Add(bed, 1.0 / beds.Length);
        return ambience;
    }

    /// <summary>Each shot's own ambience over its time, with 0.3 s crossfades at the cuts.</summary>
    private static StereoBuffer ShotAmbience(IReadOnlyList<ShotDescription> shots, double seconds, int seed)
    {
        const double fade = 0.3;
        int frames = (int)Math.Round(seconds * SampleRate);
        var ambience = new StereoBuffer(frames, SampleRate);
        foreach (var shot in shots)
        {
            var bed = SceneAmbience(AudioPlanner.AmbienceOf(shot.Prompt), seconds, seed);
            double from = shot.StartSeconds, to = shot.StartSeconds + shot.Seconds;
            for (int i = 0; i < frames; i++)
            {
                double t = i / (double)SampleRate;
                double fadeIn = from <= 0 ? 1 : (t - from) / fade + 0.5, fadeOut = to >= seconds ? 1 : (to - t) / fade + 0.5;
                double gain = Math.Clamp(Math.Min(fadeIn, fadeOut), 0, 1);
                if (gain <= 0) continue;
                ambience.Left[i] += (float)(bed.Left[i] * gain);
                ambience.Right[i] += (float)(bed.Right[i] * gain);
            }
        }
        return ambience;
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is randomised per process).</summary>
    public static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}

/// <summary>One voice per speaker: male or female espeak-ng variants, pitch and rate varied by the speaker's name.</summary>
public static class Voices
{
    private static readonly string[] Variants = ["m3", "f2", "m1", "f4", "m7", "f1"];

    public static VoiceSettings For(string speaker, string language, int index)
    {
        int hash = Math.Abs(AudioRenderer.StableHash(speaker));
        var variant = speaker == "narrator" ? "m1" : Variants[(index + hash) % Variants.Length];
        return new VoiceSettings($"{language}+{variant}", Pitch: 35 + hash % 30, Rate: 150 + hash % 30);
    }

    /// <summary>
    /// The voice measured from a cameo owner's sample, when the speaker is that cameo's @handle, or the narrator of a
    /// video with exactly one voiced cameo (the person in it speaks).
    /// </summary>
    public static VoiceSettings? OfCameo(string speaker, string language, IReadOnlyList<CameoRef>? cameos)
    {
        var voiced = (cameos ?? []).Where(c => c.Voice is not null).ToList();
        var cameo = voiced.FirstOrDefault(c => "@" + c.Handle == speaker) ?? (speaker == "narrator" && voiced.Count == 1 ? voiced[0] : null);
        return cameo?.Voice is { } v ? new VoiceSettings($"{language}+{v.Variant}", Pitch: v.EspeakPitch, Rate: v.EspeakRate) : null;
    }

}
