namespace Kino.Moderation.Dataset;

/// <summary>
/// Adds the framing users type around a prompt ("video: …", "…, 4k"). It is applied to every kind alike so the
/// classifier cannot use framing as a label signal, and each split has its own phrases.
/// </summary>
internal static class PromptNoise
{
    private static readonly Dictionary<(string, DatasetSplit), (string[] Prefixes, string[] Suffixes)> Phrases = new()
    {
        [("en", DatasetSplit.Train)] = (["video: ", "short clip: ", "scene: "], [", 4k", ", realistic", ", short clip", ", cinematic lighting", ", for my channel"]),
        [("en", DatasetSplit.Evaluation)] = (["clip idea: ", "make this: ", "shot: "], [" (vertical video)", ", handheld camera", ", with music", ", hyperreal", ", please", ", 8 seconds"]),
        [("de", DatasetSplit.Train)] = (["Video: ", "Kurzclip: ", "Szene: "], [", 4K", ", realistisch", ", kurzer Clip", ", filmische Beleuchtung", ", für meinen Kanal"]),
        [("de", DatasetSplit.Evaluation)] = (["Clip-Idee: ", "Bitte erstellen: ", "Einstellung: "], [" (Hochformat)", ", Handkamera", ", mit Musik", ", hyperrealistisch", ", bitte", ", 8 Sekunden"]),
        [("en", DatasetSplit.Test)] = (["prompt: ", "reel idea: ", "for my short: "], [" --ar 16:9", ", shot on 35mm", ", shallow depth of field", ", 10 sec loop", " pls", ", no text overlay"]),
        [("de", DatasetSplit.Test)] = (["Prompt: ", "Reel-Idee: ", "Für meinen Short: "], [" --ar 9:16", ", auf 35mm gedreht", ", geringe Schärfentiefe", ", 10 Sekunden Loop", " bitte danke", ", ohne Texteinblendung"]),
        [("en", DatasetSplit.Augment)] = (["idea: ", "can u make: ", "gen: "], [", 1080p", " #fyp", ", slow motion", ", moody colour grade", " thx", ", 15s"]),
        [("de", DatasetSplit.Augment)] = (["Idee: ", "Mach mal: ", "Generiere: "], [", 1080p", " #fürdich", ", Zeitlupe", ", düstere Farbgebung", " danke", ", 15 Sek."]),
        [("en", DatasetSplit.Augment2)] = (["video pls: ", "new gen: ", "vid prompt: "], [", 60fps", " #viral", ", found-footage look", ", realistic lighting", " asap", ", 20 sec"]),
        [("de", DatasetSplit.Augment2)] = (["Video bitte: ", "Neue Gen: ", "Vid-Prompt: "], [", 60 fps", " #viral", ", Found-Footage-Look", ", echtes Licht", " schnell bitte", ", 20 Sek."]),
    };

    public static string Decorate(string text, string language, DatasetSplit split, Random random)
    {
        var (prefixes, suffixes) = Phrases[(language, split)];
        // Draw both numbers unconditionally so the random sequence does not depend on the outcome.
        var prefixRoll = random.Next(100);
        var suffixRoll = random.Next(100);
        var prefix = prefixes[random.Next(prefixes.Length)];
        var suffix = suffixes[random.Next(suffixes.Length)];
        // A second "label: " prefix in front of one that is already there reads unnatural, so skip it then.
        var hasLead = text.Contains(": ", StringComparison.Ordinal);
        return (prefixRoll < 20 && !hasLead ? prefix : string.Empty) + text + (suffixRoll < 30 ? suffix : string.Empty);
    }
}
