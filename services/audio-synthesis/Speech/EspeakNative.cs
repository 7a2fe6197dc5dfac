using System.Runtime.InteropServices;

namespace Kino.AudioSynthesis.Speech;

/// <summary>The parts of libespeak-ng's C API (speak_lib.h, 1.51) that speech synthesis uses.</summary>
internal static partial class EspeakNative
{
    private const string Library = "libespeak-ng.so.1";

    public const int AudioOutputSynchronous = 2;
    public const int InitializePhonemeEvents = 0x0001, InitializeDontExit = 0x8000;
    public const uint CharsUtf8 = 1;
    public const int PositionCharacter = 1;

    public enum EventType
    {
        ListTerminated = 0, Word = 1, Sentence = 2, Mark = 3, Play = 4, End = 5, MessageTerminated = 6, Phoneme = 7, SampleRate = 8,
    }

    public enum Parameter { Rate = 1, Volume = 2, Pitch = 3, Range = 4, Punctuation = 5, Capitals = 6, WordGap = 7 }

    /// <summary>espeak_EVENT: 40 bytes on 64-bit Linux; <see cref="Id"/> is the union (word number, or up to 8 bytes of phoneme name).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Event
    {
        public EventType Type;
        public uint UniqueIdentifier;
        public int TextPosition;
        public int Length;
        public int AudioPositionMs;
        public int Sample;
        public IntPtr UserData;
        public long Id;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int SynthCallback(IntPtr wav, int samples, IntPtr events);

    [LibraryImport(Library, EntryPoint = "espeak_Initialize", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Initialize(int output, int bufferMs, string? path, int options);

    [LibraryImport(Library, EntryPoint = "espeak_SetSynthCallback")]
    public static partial void SetSynthCallback(IntPtr callback);

    [LibraryImport(Library, EntryPoint = "espeak_SetVoiceByName", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetVoiceByName(string name);

    [LibraryImport(Library, EntryPoint = "espeak_SetParameter")]
    public static partial int SetParameter(Parameter parameter, int value, int relative);

    [LibraryImport(Library, EntryPoint = "espeak_Synth")]
    public static partial int Synth(IntPtr text, nuint size, uint position, int positionType, uint endPosition, uint flags, IntPtr uniqueIdentifier, IntPtr userData);

    [LibraryImport(Library, EntryPoint = "espeak_Synchronize")]
    public static partial int Synchronize();
}
