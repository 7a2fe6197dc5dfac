using System.Text.RegularExpressions;

namespace Kino.AudioSynthesis.Planning;

/// <summary>One line of dialogue: who says it, what, and in which language.</summary>
public sealed record DialogueLine(string Speaker, string Text, string Language);

/// <summary>The music's character: mood, major or minor, tempo in beats per minute.</summary>
public sealed record MusicPlan(string Mood, bool Major, int Tempo);

/// <summary>A sound effect tied to a kind of visual event ("impact" when something lands, "splash", "door"…).</summary>
public sealed record EffectPlan(string Kind, string Trigger);

/// <summary>What a clip should sound like: dialogue, ambient scenes, music and effects.</summary>
public sealed record AudioPlan(IReadOnlyList<DialogueLine> Dialogue, IReadOnlyList<string> Ambience, MusicPlan Music, IReadOnlyList<EffectPlan> Effects);

/// <summary>
/// Reads an audio plan from an English or German prompt: quoted speech and its speaker ("Anna says …", "…, ruft Tom"),
/// ambient scenes and effects from word lists, the music's mood from the prompt's words.
/// </summary>
public static partial class AudioPlanner
{
    private static readonly (string Scene, string[] Words)[] Scenes =
    [
        ("rain", ["rain", "rainy", "raining", "drizzle", "storm", "regen", "regnet", "regnerisch", "gewitter", "sturm"]),
        ("wind", ["wind", "windy", "breeze", "gust", "mountain", "hill", "desert", "snow", "wüste", "berg", "hügel", "schnee", "windig"]),
        ("sea", ["sea", "ocean", "beach", "waves", "wave", "shore", "lighthouse", "meer", "ozean", "strand", "wellen", "küste", "leuchtturm"]),
        ("city", ["city", "street", "traffic", "road", "cars", "town", "stadt", "straße", "strasse", "verkehr", "autos"]),
        ("forest", ["forest", "woods", "birds", "park", "garden", "meadow", "wald", "vögel", "garten", "wiese"]),
        ("crowd", ["crowd", "cafe", "café", "market", "party", "restaurant", "bar", "stadium", "menge", "markt", "kneipe", "stadion"]),
        ("night", ["night", "crickets", "nacht", "grillen"]),
        ("fire", ["fire", "campfire", "fireplace", "feuer", "lagerfeuer", "kamin"]),
    ];

    private static readonly (string Kind, string[] Words)[] EffectWords =
    [
        ("impact", ["bounce", "bounces", "bouncing", "lands", "falls", "drops", "hits", "jumps", "hüpft", "springt", "fällt", "landet", "prallt"]),
        ("splash", ["splash", "splashes", "dives", "platscht", "taucht"]),
        ("footsteps", ["walks", "runs", "running", "walking", "steps", "läuft", "rennt", "geht", "schritte"]),
        ("door", ["door", "knocks", "tür", "klopft"]),
        ("thunder", ["thunder", "lightning", "donner", "blitz"]),
        ("whoosh", ["flies", "zooms", "swoosh", "rushes", "fliegt", "saust"]),
    ];

    private static readonly (string Mood, bool Major, int Tempo, string[] Words)[] Moods =
    [
        ("tense", false, 132, ["chase", "storm", "danger", "dark", "scary", "fight", "escape", "jagd", "gefahr", "dunkel", "kampf", "flucht", "unheimlich"]),
        ("sad", false, 72, ["sad", "lonely", "cry", "rainy", "grief", "farewell", "traurig", "einsam", "weint", "abschied"]),
        ("happy", true, 124, ["happy", "sunny", "party", "dance", "celebrate", "fun", "play", "fröhlich", "sonnig", "tanzt", "feiert", "spielt", "lustig"]),
        ("calm", true, 84, ["calm", "peaceful", "quiet", "sleep", "gentle", "drifts", "ruhig", "friedlich", "still", "schläft", "sanft"]),
    ];

    private static readonly string[] SpeechVerbs = ["says", "said", "asks", "asked", "shouts", "shouted", "whispers", "whispered", "calls", "replies", "sagt", "fragt", "ruft", "flüstert", "antwortet", "schreit"];

    public static AudioPlan Plan(string prompt)
    {
        var words = Words(prompt);
        var ambience = AmbienceOf(prompt);
        var effects = EffectWords.Where(e => e.Words.Any(words.Contains)).Select(e => new EffectPlan(e.Kind, e.Words.First(words.Contains))).ToList();
        var mood = Moods.Select(m => (m, Hits: m.Words.Count(words.Contains))).OrderByDescending(x => x.Hits).First();
        var music = mood.Hits > 0 ? new MusicPlan(mood.m.Mood, mood.m.Major, mood.m.Tempo) : new MusicPlan("neutral", true, 100);
        return new AudioPlan(Dialogue(prompt), ambience, music, effects);
    }

    /// <summary>The ambient scenes a text names (a room tone when it names none).</summary>
    public static List<string> AmbienceOf(string text)
    {
        var words = Words(text);
        var scenes = Scenes.Where(s => s.Words.Any(words.Contains)).Select(s => s.Scene).ToList();
        if (scenes.Count == 0) scenes.Add("room");
        return scenes;
    }

    /// <summary>
    /// Quoted passages ("…", “…”, „…“, «…») and the name next to a speech verb before or after them: a capitalised
    /// name, or a cameo's @handle.
    /// </summary>
    public static List<DialogueLine> Dialogue(string prompt)
    {
        var lines = new List<DialogueLine>();
        foreach (Match quote in Quote().Matches(prompt))
        {
            var text = quote.Groups["text"].Value.Trim();
            if (text.Length == 0) continue;
            var before = prompt[..quote.Index];
            var after = prompt[(quote.Index + quote.Length)..];
            // "Anna says: …", "… ruft Lena: …" (German puts the verb first after an adverbial), "…, calls Mia".
            string? Named(Match m) => m.Success && SpeechVerbs.Contains(m.Groups["verb"].Value.ToLowerInvariant()) ? NameOf(m.Groups["name"].Value) : null;
            var speaker = Named(SpeakerBefore().Match(before)) ?? Named(VerbFirstBefore().Match(before)) ?? Named(SpeakerAfter().Match(after)) ?? "narrator";
            lines.Add(new DialogueLine(speaker, text, LanguageOf(text, prompt)));
        }
        return lines;
    }

    /// <summary>A handle is case-insensitive: "@Anna" and "@anna" are one speaker.</summary>
    private static string NameOf(string name) => name.StartsWith('@') ? name.ToLowerInvariant() : name;

    /// <summary>German when the words or letters say so (umlauts, ß, common German words), else English.</summary>
    public static string LanguageOf(string text, string context)
    {
        string[] german = ["der", "die", "das", "und", "ist", "nicht", "ich", "du", "wir", "ein", "eine", "hallo", "ja", "nein", "mit", "auf", "geht", "bitte", "danke"];
        var words = Words(text);
        int score = words.Count(german.Contains) * 2 + text.Count(c => "äöüßÄÖÜ".Contains(c)) * 2;
        if (score == 0) score = Words(context).Count(german.Contains) > 1 ? 1 : 0;
        return score > 0 ? "de" : "en";
    }

    private static HashSet<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("(\"(?<text>[^\"]+)\"|“(?<text>[^”]+)”|„(?<text>[^“”]+)[“”]|«(?<text>[^»]+)»)")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?<name>@[\p{L}\p{N}_.]*[\p{L}\p{N}_]|\p{Lu}[\p{L}-]*)\s+(?<verb>\p{L}+)\s*[:,]?\s*$")]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"(?<verb>\p{L}+)\s+(?<name>@[\p{L}\p{N}_.]*[\p{L}\p{N}_]|\p{Lu}[\p{L}-]*)\s*[:,]?\s*$")]
    private static partial Regex VerbFirstBefore();

    [GeneratedRegex(@"^\s*[,.!?]?\s*(?<verb>\p{L}+)\s+(?<name>@[\p{L}\p{N}_.]*[\p{L}\p{N}_]|\p{Lu}[\p{L}-]*)")]
    private static partial Regex SpeakerAfter();
}
