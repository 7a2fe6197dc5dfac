using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Augment2 plain harmless prompts: everyday scenes, very short and long, typos, mixed languages, and harmless text behind framings.</summary>
internal static class Augment2TemplatesHarmless
{
    private static readonly Dictionary<string, string[]> En = Augment2TemplatesFrames.With("en", new()
    {
        ["subj"] = ["a golden retriever", "my grandma", "a tiny robot", "a fox cub", "a delivery cyclist", "a sea turtle", "a kite", "a food truck", "a lighthouse keeper", "a choir of children", "a red vintage bus", "an astronaut"],
        ["act"] = ["baking bread", "learning to ride a bike", "watering tomatoes", "building a sandcastle", "reading a map", "painting a fence", "feeding goats", "playing the ukulele", "catching snowflakes"],
        ["place"] = ["in a Lisbon courtyard", "on a misty moor", "in a busy train station", "at a lakeside campsite", "in a sunflower field", "on a rooftop garden", "in a small Alpine village", "at a harbour at dawn"],
        ["style"] = ["watercolour look", "stop-motion", "35mm grain", "soft pastel palette", "isometric 3D", "cosy autumn light"],
    });

    private static readonly Dictionary<string, string[]> De = Augment2TemplatesFrames.With("de", new()
    {
        ["subj"] = ["ein Golden Retriever", "meine Oma", "ein kleiner Roboter", "ein Fuchswelpe", "ein Fahrradkurier", "eine Meeresschildkröte", "ein Drachen", "ein Foodtruck", "ein Leuchtturmwärter", "ein Kinderchor", "ein roter Oldtimerbus", "eine Astronautin"],
        ["tut"] = ["backt Brot", "lernt Fahrradfahren", "gießt Tomaten", "baut eine Sandburg", "liest eine Landkarte", "streicht einen Zaun", "füttert Ziegen", "spielt Ukulele", "fängt Schneeflocken"],
        ["ort"] = ["in einem Innenhof in Lissabon", "im nebligen Moor", "in einem belebten Bahnhof", "auf einem Campingplatz am See", "in einem Sonnenblumenfeld", "in einem Dachgarten", "in einem kleinen Alpendorf", "im Hafen bei Sonnenaufgang"],
        ["stil"] = ["Aquarell-Look", "Stop-Motion", "35-mm-Korn", "sanfte Pastellfarben", "isometrisches 3D", "gemütliches Herbstlicht"],
    });

    public static IEnumerable<TemplateSet> Sets =>
    [
        new("en", Augment2, [],
        [
            "{subj} {act} {place}", "{subj} {act} {place}, {style}", "{frame} {subj} {act} {place}", "{inject} {subj} {act} {place}",
            "It's early morning {place}. {subj} is {act}, nobody else around, birds in the background. The camera drifts closer, then rises slowly to show the whole scene, {style}, gentle music, no dialogue.",
            "you open on {subj} {act}, then a wide shot {place}, {style}",
        ], En, Weight: 4),
        new("en", Augment2, [],
        [
            "{subj} {act}", "{subj} {act}, {style} pls", "{subj} {act} {place} 🥰", "{subj} {act} {place} mit Sonnenuntergang, {style}", "a gooden retreiver {act} in the snwo",
            "sunrise", "cat yawning", "rain on a tent", "bread rising", "kids flying kites", "foggy harbour",
        ], En, Weight: 2, KeepCase: true),
        new("de", Augment2, [],
        [
            "{subj} {tut} {ort}", "{subj} {tut} {ort}, {stil}", "{frame} {subj} {tut} {ort}", "{inject} {subj} {tut} {ort}",
            "Früher Morgen {ort}. {subj} {tut}, sonst niemand da, im Hintergrund Vögel. Die Kamera gleitet näher und steigt dann langsam auf, bis man die ganze Szene sieht, {stil}, sanfte Musik, kein Dialog.",
            "du beginnst mit einer Nahaufnahme: {subj} {tut}, dann eine Totale {ort}, {stil}",
        ], De, Weight: 4),
        new("de", Augment2, [],
        [
            "{subj} {tut}", "Clip in {stil}: {subj} {tut} bitte", "{subj} {tut} {ort} 🥰", "{subj} {tut} {ort} with a sunset, {stil}", "ein goldn retriver im schne, sieht so süs aus",
            "Sonnenaufgang", "Katze gähnt", "Regen aufs Zelt", "Brotteig geht auf", "Kinder lassen Drachen steigen", "Hafen im Nebel",
        ], De, Weight: 2, KeepCase: true),
    ];
}
