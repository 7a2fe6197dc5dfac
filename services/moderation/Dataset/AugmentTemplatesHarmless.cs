using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Augment-split plain everyday video prompts in many shapes: shot lists, questions, chat style, hashtags, very short and long.</summary>
internal static class AugmentTemplatesHarmless
{
    private static readonly Dictionary<string, string[]> En = new()
    {
        ["subj"] = ["a corgi", "a grandpa", "two toddlers", "a street musician", "a baker", "a hot-air balloon", "a paper airplane", "a sailboat", "a barista", "a family of ducks", "a vintage tram", "a ballerina"],
        ["act"] = ["drifting slowly", "spinning in circles", "waving hello", "splashing in puddles", "crossing a bridge", "rolling down a hill", "dancing to jazz", "napping in the sun"],
        ["place"] = ["over a lavender field", "in a rainy Tokyo alley", "on a Norwegian fjord", "in a cosy bookshop", "at a night market", "in a greenhouse", "on a snowy rooftop", "beside a canal in Utrecht"],
        ["cam"] = ["slow dolly-in", "drone orbit", "macro close-up", "whip pan", "tilt up to the sky", "static wide shot"],
        ["mood"] = ["pastel colours", "golden hour", "lo-fi vibe", "Wes Anderson symmetry", "soft film grain", "claymation look"],
    };

    private static readonly Dictionary<string, string[]> De = new()
    {
        ["subj"] = ["ein Corgi", "ein Opa", "zwei Kleinkinder", "ein Straßenmusiker", "eine Bäckerin", "ein Heißluftballon", "ein Papierflieger", "ein Segelboot", "ein Barista", "eine Entenfamilie", "eine alte Straßenbahn", "eine Ballerina"],
        ["tut"] = ["treibt langsam dahin", "dreht sich im Kreis", "winkt freundlich", "springt in Pfützen", "überquert eine Brücke", "rollt einen Hügel hinunter", "tanzt zu Jazz", "döst in der Sonne"],
        ["ort"] = ["über einem Lavendelfeld", "in einer verregneten Gasse in Tokio", "an einem norwegischen Fjord", "in einer gemütlichen Buchhandlung", "auf einem Nachtmarkt", "in einem Gewächshaus", "auf einem verschneiten Dach", "an einer Gracht in Utrecht"],
        ["kamera"] = ["langsame Kamerafahrt", "Drohnen-Kreisflug", "Makro-Nahaufnahme", "Reißschwenk", "Schwenk nach oben in den Himmel", "starre Totale"],
        ["look"] = ["Pastellfarben", "goldene Stunde", "Lo-Fi-Stimmung", "symmetrisch wie bei Wes Anderson", "leichtes Filmkorn", "Knetanimation"],
    };

    public static IEnumerable<TemplateSet> Sets =>
    [
        new("en", Augment, [],
        [
            "{subj} {act} {place}", "{subj} {act} {place}, {cam}, {mood}", "Shot 1: {cam} {place}. Shot 2: {subj} {act}. Shot 3: {mood}.",
            "could you make {subj} {act} {place}?", "A quiet morning {place}. {subj} appears, {act}, while the light changes slowly. {cam}, {mood}, gentle piano, no dialogue, ends on a wide view.",
        ], En, Weight: 4),
        new("en", Augment, [],
        [
            "{subj} {act} {place} 😍", "pls {subj} {act} lol #cozy", "ok {subj} {act}, {mood} vibes ✨", "{subj} {act} #satisfying #relax",
        ], En, Weight: 2, KeepCase: true),
        new("en", Augment, [],
        [
            "rainy window", "sleepy kitten", "autumn forest walk", "coffee pour", "city lights", "paper lanterns", "bubbles in sunlight", "old library", "bamboo forest breeze", "snow globe",
        ], TemplateSet.NoSlots),
        new("de", Augment, [],
        [
            "{subj} {tut} {ort}", "{subj} {tut} {ort}, {kamera}, {look}", "Einstellung 1: {kamera} {ort}. Einstellung 2: {subj} {tut}. Einstellung 3: {look}.",
            "Kannst du ein Video machen? Motiv: {subj} {tut} {ort}.", "Ein ruhiger Morgen {ort}. {subj} taucht auf und {tut}, während sich das Licht langsam ändert. {kamera}, {look}, sanftes Klavier, kein Dialog, endet in einer Totalen.",
        ], De, Weight: 4),
        new("de", Augment, [],
        [
            "{subj} {tut} {ort} 😍", "bitte {subj} {tut} lol #gemütlich", "ok {subj} {tut}, {look} ✨", "{subj} {tut} #entspannung",
        ], De, Weight: 2, KeepCase: true),
        new("de", Augment, [],
        [
            "Regen am Fenster", "schläfriges Kätzchen", "Herbstwald-Spaziergang", "Kaffee eingießen", "Lichter der Stadt", "Papierlaternen", "Seifenblasen im Sonnenlicht", "alte Bibliothek", "Bambuswald im Wind", "Schneekugel",
        ], TemplateSet.NoSlots),
    ];
}
