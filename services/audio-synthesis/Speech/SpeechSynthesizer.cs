using System.Runtime.InteropServices;
using System.Text;

namespace Kino.AudioSynthesis.Speech;

/// <summary>How a speaker sounds: an espeak-ng voice (language + variant), pitch 0–100, rate in words per minute.</summary>
public sealed record VoiceSettings(string Voice, int Pitch = 50, int Rate = 160, int Range = 50);

/// <summary>One phoneme as spoken: its espeak-ng name and where it starts and ends in the audio.</summary>
public sealed record SpokenPhoneme(string Name, double Start, double End);

/// <summary>One word as spoken: where it starts in the text and in the audio.</summary>
public sealed record SpokenWord(int TextPosition, int Length, double Start);

/// <summary>Speech and its timing: mono samples at <see cref="SampleRate"/>, phonemes and words.</summary>
public sealed record SpeechRender(float[] Samples, int SampleRate, IReadOnlyList<SpokenPhoneme> Phonemes, IReadOnlyList<SpokenWord> Words)
{
    public double Seconds => Samples.Length / (double)SampleRate;
}

/// <summary>
/// Speech from libespeak-ng in synchronous mode. Its synth callback hands over each buffer of samples with the events
/// inside it: PHONEME events (name, sample position) and WORD events (text position). The library keeps global state,
/// so one synthesis runs at a time in a process.
/// </summary>
public sealed class SpeechSynthesizer
{
    private static readonly Lock Gate = new();
    private static int sampleRate;
    private static EspeakNative.SynthCallback? callback;   // kept alive: native code holds a pointer to it
    private static List<short>? samples;
    private static List<(string Name, int Sample)>? phonemes;
    private static List<SpokenWord>? words;

    public static SpeechRender Speak(string text, VoiceSettings voice)
    {
        lock (Gate)
        {
            EnsureInitialised();
            if (EspeakNative.SetVoiceByName(voice.Voice) != 0) throw new ArgumentException($"espeak-ng has no voice '{voice.Voice}'.", nameof(voice));
            EspeakNative.SetParameter(EspeakNative.Parameter.Rate, Math.Clamp(voice.Rate, 80, 450), 0);
            EspeakNative.SetParameter(EspeakNative.Parameter.Pitch, Math.Clamp(voice.Pitch, 0, 100), 0);
            EspeakNative.SetParameter(EspeakNative.Parameter.Range, Math.Clamp(voice.Range, 0, 100), 0);
            samples = [];
            phonemes = [];
            words = [];
            var bytes = Encoding.UTF8.GetBytes(text + "\0");
            var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
            try
            {
                int error = EspeakNative.Synth(handle.AddrOfPinnedObject(), (nuint)bytes.Length, 0, EspeakNative.PositionCharacter, 0, EspeakNative.CharsUtf8, IntPtr.Zero, IntPtr.Zero);
                if (error != 0) throw new InvalidOperationException($"espeak_Synth failed with {error}.");
                EspeakNative.Synchronize();
            }
            finally
            {
                handle.Free();
            }
            var pcm = samples.Select(s => s / 32768f).ToArray();
            var timed = new List<SpokenPhoneme>();
            for (int i = 0; i < phonemes.Count; i++)
            {
                int end = i + 1 < phonemes.Count ? phonemes[i + 1].Sample : pcm.Length;
                timed.Add(new SpokenPhoneme(phonemes[i].Name, phonemes[i].Sample / (double)sampleRate, end / (double)sampleRate));
            }
            return new SpeechRender(pcm, sampleRate, timed, [.. words]);
        }
    }

    private static void EnsureInitialised()
    {
        if (sampleRate > 0) return;
        sampleRate = EspeakNative.Initialize(EspeakNative.AudioOutputSynchronous, 200, null, EspeakNative.InitializePhonemeEvents | EspeakNative.InitializeDontExit);
        if (sampleRate <= 0) throw new InvalidOperationException("libespeak-ng could not be initialised (is espeak-ng-data installed?).");
        callback = OnSynth;
        EspeakNative.SetSynthCallback(Marshal.GetFunctionPointerForDelegate(callback));
    }

    /// <summary>Collects samples and events; returning 0 asks espeak-ng to continue.</summary>
    private static int OnSynth(IntPtr wav, int count, IntPtr events)
    {
        if (wav != IntPtr.Zero && count > 0)
        {
            var buffer = new short[count];
            Marshal.Copy(wav, buffer, 0, count);
            samples!.AddRange(buffer);
        }
        for (var at = events; ; at += Marshal.SizeOf<EspeakNative.Event>())
        {
            var e = Marshal.PtrToStructure<EspeakNative.Event>(at);
            if (e.Type == EspeakNative.EventType.ListTerminated) break;
            // The sample field counts from the start of this synthesis (espeak-ng resets it per espeak_Synth call).
            if (e.Type == EspeakNative.EventType.Phoneme)
            {
                var name = Encoding.UTF8.GetString(BitConverter.GetBytes(e.Id)).TrimEnd('\0');
                phonemes!.Add((name, e.Sample));
            }
            // Zero-length WORD events mark clause boundaries, not words.
            else if (e.Type == EspeakNative.EventType.Word && e.Length > 0) words!.Add(new SpokenWord(e.TextPosition - 1, e.Length, e.Sample / (double)sampleRate));
        }
        return 0;
    }
}
