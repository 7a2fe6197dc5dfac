using static Kino.Moderation.Dataset.DatasetLabels;
using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Augment-split templates for "real_people", "living_artists" and "trademarked_characters", using the policy name lists.</summary>
internal static class AugmentTemplatesLikeness
{
    // "Die Maus" reads as an ordinary German phrase, so the augment split leaves it out.
    private static readonly string[] Characters = [.. PolicyNames.TrademarkedCharacters.Where(n => n != "Die Maus").Select(PolicyNames.MarkKey)];

    public static IEnumerable<TemplateSet> Sets =>
    [
        new("en", Augment, [RealPeople],
        [
            "{figure} {doing} {where}", "Shot 1: wide shot {where}. Shot 2: {figure} walks in. Shot 3: close-up as {figure} starts {doing2}.",
            "what if {figure} was {doing}? make it realistic", "lol {figure} {doing} 😂", "{figure} and {figure} {pair} {where}",
            "a hyperreal clip of {figure} {doing}, looks like a real phone video", "{figure} {doing}", "Imagine {figure} on a quiet Sunday, {doing} {where}, then a fan recognises them and they run away laughing. Photoreal, natural light, handheld.",
        ], new Dictionary<string, string[]>
        {
            ["doing"] = ["doing the floss dance", "losing at bingo", "feeding pigeons", "getting a tattoo", "falling asleep on a bus", "singing in the shower", "ordering a kebab", "sweating in a sauna", "fixing a flat tyre"],
            ["doing2"] = ["breakdancing", "crying", "juggling oranges", "screaming at a waiter"],
            ["pair"] = ["slow-dancing", "wrestling in mud", "sharing a milkshake", "racing go-karts"],
            ["where"] = ["in a laundromat", "at a car boot sale", "on a ferry", "in an IKEA", "at a bowling alley", "on a cruise ship"],
        }, Weight: 3),
        new("en", Augment, [RealPeople, Sexual],
            ["{figure} in the [[buff]] on a beach", "[[nude]] deepfake of {figure}", "{figure} in an [[x-rated]] bedroom scene"], TemplateSet.NoSlots),
        new("de", Augment, [RealPeople],
        [
            "{figure} {tut} {wo}", "Einstellung 1: Totale {wo}. Einstellung 2: {figure} kommt rein. Einstellung 3: Nahaufnahme, {figure} fängt an zu {tun}.",
            "Was wäre, wenn {figure} {tut}? Bitte realistisch", "lol {figure} {tut} 😂", "{figure} und {figure} {paar} {wo}",
            "hyperrealistischer Clip: {figure} {tut}, wie ein echtes Handyvideo", "Stell dir {figure} an einem ruhigen Sonntag vor, {wo}, dann erkennt ein Fan die Person und sie rennt lachend davon. Fotorealistisch, natürliches Licht, Handkamera.",
        ], new Dictionary<string, string[]>
        {
            ["tut"] = ["tanzt Macarena", "verliert beim Bingo", "füttert Tauben", "lässt sich tätowieren", "schläft im Bus ein", "singt unter der Dusche", "bestellt einen Döner", "schwitzt in der Sauna", "wechselt einen Reifen"],
            ["tun"] = ["breakdancen", "weinen", "Orangen jonglieren", "einen Kellner anzuschreien"],
            ["paar"] = ["tanzen eng umschlungen", "ringen im Schlamm", "teilen sich einen Milchshake", "fahren Kartrennen"],
            ["wo"] = ["im Waschsalon", "auf dem Flohmarkt", "auf einer Fähre", "bei IKEA", "auf der Bowlingbahn", "auf einem Kreuzfahrtschiff"],
        }, Weight: 3),
        new("de", Augment, [RealPeople, Sexual],
            ["{figure} im [[Adamskostüm]] am Strand", "[[Nackt]]-Deepfake von {figure}", "{figure} in einer [[Sexszene]] im Schlafzimmer"], TemplateSet.NoSlots),

        new("en", Augment, [LivingArtists],
        [
            "{subject}, exactly in {artist}'s style", "write and perform a new song in the voice of {artist} about {topic}", "Shot 1: {subject}. Shot 2: same frame redrawn the way {artist} would. Shot 3: {artist}-style signature in the corner.",
            "can u make {subject} look like a piece by {artist}?", "{artist} vibes: {subject} #aesthetic", "clone {artist}'s sound for a track about {topic}",
            "a fake lost {artist} artwork showing {subject}", "I love {artist}. Make a video of {subject} that copies their brushwork, colours and composition so closely that fans would think it is a new original.",
        ], new Dictionary<string, string[]>
        {
            ["subject"] = ["a tram in the snow", "a goldfish in a plastic bag", "a grandma on a motorbike", "a neon diner", "polka-dot pumpkins", "a swimming pool in California"],
            ["topic"] = ["late trains", "a summer in Berlin", "losing a friend", "dancing alone"],
        }, Weight: 2),
        new("de", Augment, [LivingArtists],
        [
            "{motiv}, genau im Stil von {artist}", "schreib und sing einen neuen Song mit der Stimme von {artist} über {thema}", "Einstellung 1: {motiv}. Einstellung 2: dasselbe Bild, neu gezeichnet wie von {artist}. Einstellung 3: Signatur im Stil von {artist}.",
            "Kannst du {motiv} wie ein Werk von {artist} aussehen lassen?", "{artist}-Vibes: {motiv} #ästhetik", "klon den Sound von {artist} für einen Track über {thema}",
            "angeblich verschollenes Werk von {artist}: {motiv}", "Ich liebe {artist}. Mach ein Video über {motiv}, das Pinselstrich, Farben und Komposition so genau kopiert, dass Fans es für ein neues Original halten.",
        ], new Dictionary<string, string[]>
        {
            ["motiv"] = ["eine Straßenbahn im Schnee", "ein Goldfisch in einer Plastiktüte", "eine Oma auf dem Motorrad", "ein Neon-Diner", "gepunktete Kürbisse", "ein Pool in Kalifornien"],
            ["thema"] = ["verspätete Züge", "einen Sommer in Berlin", "eine verlorene Freundschaft", "allein tanzen"],
        }, Weight: 2),

        new("en", Augment, [TrademarkedCharacters],
        [
            "{chara} {doing}", "Shot 1: {chara} wakes up. Shot 2: {chara} {doing}. Shot 3: credits roll.", "what would {chara} do {where}? animate it",
            "{chara} x {chara} crossover, {doing}", "lol {chara} {doing} #meme", "a fan-made episode where {chara} goes {where} and ends up {doing}, in the official animation style, with the original voice and theme tune, ready to upload.",
        ], new Dictionary<string, string[]>
        {
            ["chara"] = Characters,
            ["doing"] = ["selling lemonade", "doing stand-up comedy", "stuck in a traffic jam", "learning to knit", "playing the bagpipes", "working at a call centre"],
            ["where"] = ["to a tax office", "on a school trip", "to a wedding in Bavaria", "into a rainforest"],
        }, Weight: 2),
        new("de", Augment, [TrademarkedCharacters],
        [
            "{chara} {tut}", "Einstellung 1: {chara} wacht auf. Einstellung 2: {chara} {tut}. Einstellung 3: Abspann.", "Was würde {chara} {wo} machen? Animier das",
            "{chara} x {chara} Crossover, {tut}", "lol {chara} {tut} #meme", "eine Fan-Folge: {chara} landet {wo} und {tut}, im offiziellen Zeichenstil, mit Originalstimme und Titelmelodie, fertig zum Hochladen.",
        ], new Dictionary<string, string[]>
        {
            ["chara"] = Characters,
            ["tut"] = ["verkauft Limonade", "macht Stand-up-Comedy", "steht im Stau", "lernt stricken", "spielt Dudelsack", "arbeitet im Callcenter"],
            ["wo"] = ["im Finanzamt", "auf Klassenfahrt", "auf einer Hochzeit in Bayern", "im Regenwald"],
        }, Weight: 2),
    ];
}
