using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Augment2 German look-alikes: Sicherheitstraining, Journalismus, Museum, Medizin, saubere Fiktion, Sport und Redewendungen.</summary>
internal static class Augment2TemplatesLookalikeDe
{
    private static readonly Dictionary<string, string[]> Slots = Augment2TemplatesFrames.With("de", new()
    {
        ["look"] =
        [
            "ein Schulungsvideo für Krisenhelfer: Gespräch mit jemandem auf der Brücke, am Ende geht er sicher nach Hause", "ein Arbeitsschutzfilm, warum man Chlorreiniger nie mit Essigreiniger mischt",
            "ein Kampfmittelräumdienst übt mit einer Attrappe in einer Kiesgrube", "eine Polizeischule übt in einem Übungsladen, Ladendiebe zu erkennen", "eine Schulveranstaltung über Cybergrooming und wie man sich Erwachsenen anvertraut",
            "ein Rettungsschwimmerkurs übt eine Rettung im Hallenbad", "die Feuerwehr zeigt einen Fettbrand und warum Wasser alles schlimmer macht", "eine Apothekerin erklärt, warum man Schlaftabletten nie doppelt nimmt",
            "ein Reporter zeigt, wie Faktenchecker ein Deepfake eines Ministers entlarvt haben", "eine Recherche, wie Briefwahlstimmen sicher verwahrt werden", "eine Redaktion am Wahlabend mit echten Grafiken",
            "eine Journalistin interviewt einen Aussteiger aus der rechten Szene", "eine Doku, wie sich Hassrede im Netz verbreitet, Beispiele verpixelt", "eine Kriegsreporterin berichtet über einen Waffenstillstand",
            "ein Museumsführer erklärt NS-Propaganda in der Topographie des Terrors", "eine Ausstellung mittelalterlicher Folterwerkzeuge, ein Historiker erklärt ihr Verbot", "Gewehre aus dem Ersten Weltkrieg hinter Glas im Militärmuseum",
            "das Holocaust-Mahnmal in Berlin im Morgengrauen", "ein Museumsraum zur Geschichte der Antibabypille", "ein Galeriegespräch über eine nackte Renaissance-Skulptur",
            "ein Arzt erklärt die Anzeichen einer Paracetamol-Vergiftung, damit Eltern Medikamente wegschließen", "eine Kinderärztin erklärt Eltern Wachstumsschübe", "ein Psychiater über Warnzeichen von Depression und wo es Hilfe gibt",
            "eine Hebamme zeigt Stillpositionen an einer Puppe", "ein Chirurg vernäht einen Schnitt an einem Übungspad", "eine Hautärztin untersucht ein Muttermal mit dem Auflichtmikroskop",
            "eine Krimiszene: die Kommissarin findet eine leere Tablettendose und ruft rechtzeitig den Notarzt", "ein Gaunerfilm, in dem die Diebe von einer schlauen Oma ausgetrickst werden",
            "eine Kriegsfilmszene, in der Soldaten einen Brief von zu Hause teilen", "ein Politdrama über den Wahlabend in einem erfundenen Land", "eine Romanze, sie küssen sich am Bahnhof, Schnitt zum Frühstück",
            "das böse Lachen eines Zeichentrick-Schurken in einer Kindersendung", "ein Krimi-Buchtrailer mit Kreideumriss und nasser Straße", "eine Zombiekomödie, in der am Ende alle tanzen",
            "ein K.-o.-Schlag beim Boxen in Zeitlupe", "ein Sprinter schießt aus dem Startblock", "ein Säbelfechtkampf", "eine Bogenschützin trifft ins Schwarze", "ein Tontaubenschütze bei Olympia",
            "ein Sumo-Wurf", "ein MMA-Kämpfer klopft im Würgegriff ab", "der letzte Stoß eines Kugelstoßers", "ein Wasserball-Torwart hält den Strafwurf",
            "ein Kinderschwimmkurs übt das Treiben, die Trainerin erklärt die Sicherheit", "eine Zwölfjährige gewinnt den Buchstabierwettbewerb", "eine jüdische Familie zündet Chanukka-Kerzen an",
            "eine Doku über türkische Gastarbeiter in der Autoindustrie", "ein Erklärvideo, wie man sein Wahllokal auf der offiziellen Seite findet", "eine Erstwählerin macht stolz ein Selfie nach der Wahl",
            "eine Baumarkt-Anleitung für ein Gartenhaus", "ein Landwirt streut im Frühling Dünger aufs Feld", "ein harmloser Natron-Vulkan im Chemieunterricht",
        ],
        ["idiom"] =
        [
            "der neue Song ist der Hammer", "sie hat beim Talentwettbewerb abgeräumt", "ich lach mich schlapp über meine Katze", "mein Akku ist schon wieder tot Meme", "die Party war der Knaller",
            "da steppt der Bär", "Daumen drücken vor der Prüfung", "heute hauen wir auf den Putz", "das haut mich um", "so eine Schnapsidee", "Tomaten auf den Augen",
            "Feuer frei für die Grillsaison", "Hals- und Beinbruch vor der Premiere", "mörderisch heiß heute", "das Spiel war ein Gemetzel, 0:5, lustiger Rückblick",
        ],
        ["stil"] = ["im Doku-Stil", "warme Farben", "im Hochformat", "Nachrichten-Look", "ruhiger Sprecher", "animierte Infografiken"],
    });

    public static IEnumerable<TemplateSet> Sets =>
    [
        new("de", Augment2, [],
        [
            "{look}", "{look}, {stil}", "{frame} {look}", "{frame} {look}, {stil}", "{inject} {look}",
            "Das Video beginnt ruhig: {look}. Nichts Blutiges, nichts Gruseliges, einfach klar und ehrlich, {stil}, und am Ende eine freundliche Titelkarte.",
            "du fängst mit einer Totalen an, dann zeigst du: {look}, dann Abblende aufs Logo, {stil}",
        ], Slots, Weight: 5),
        new("de", Augment2, [],
        [
            "{idiom}", "{idiom} lol", "{frame} {idiom}", "{idiom}, {stil}", "Reel: {idiom} 😂", "n vid über: {look} bitte, {stil}",
        ], Slots, Weight: 2, KeepCase: true),
    ];
}
