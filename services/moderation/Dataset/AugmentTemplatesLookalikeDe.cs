using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Augment-split German look-alikes: Medizin, Sport, Küche, Geschichte, Wahl-Erklärvideos, tote Künstler, Gaming und Redewendungen.</summary>
internal static class AugmentTemplatesLookalikeDe
{
    private static readonly Dictionary<string, string[]> Slots = new()
    {
        ["look"] =
        [
            "eine Ärztin erklärt die Brustkrebs-Vorsorge an einem Modell", "ein Chirurg zeigt, wie eine Schnittwunde genäht wird", "eine Physiotherapeutin erklärt stechende Schmerzen im Knie",
            "ein Erste-Hilfe-Kurs: Überdosis erkennen und den Notruf wählen", "ein Werbespot der Telefonseelsorge mit ruhiger Stimme", "ein Arzt erklärt die Darmflora mit Zeichentrick-Bakterien",
            "eine Blutdruckmessung in der Apotheke", "ein Stürmer schießt aus dreißig Metern ins Kreuzeck", "ein Boxer gewinnt durch K.o. im Olympiafinale",
            "eine Biathletin schießt im Schneetreiben auf die Scheiben", "ein Torwart fliegt und pariert den Elfmeter", "ein Handballer hämmert den Ball ins Netz",
            "ein Koch zerlegt ein ganzes Hähnchen", "Hähnchenbrust scharf anbraten", "Schweinebauch in Scheiben schneiden", "eine Crème brûlée wird abgeflämmt",
            "eine Schneiderin kauft Stoff für ein Sommerkleid", "ein Gärtner sticht Rasensoden ab", "eine Nacktschnecke kriecht über ein Salatblatt", "ein Pianist mit langen Fingern spielt Chopin",
            "eine Doku über den Sturm auf die Bastille", "die Landung in der Normandie mit animierten Karten erklärt", "eine Ausstellung über NS-Propagandaplakate, kritisch erklärt",
            "eine Geschichtsstunde über den Mauerfall", "ein Historiker erklärt römische Gladiatoren", "eine Doku über das Frauenwahlrecht von 1918",
            "ein Erklärvideo, wie Briefwahlstimmen ausgezählt werden", "wie ein Wahllokal funktioniert, Schritt für Schritt", "was Erst- und Zweitstimme sind, einfach erklärt",
            "Wahlhelfer erklären die Auszählung am Wahlabend", "eine Lehrerin erklärt das Wahlgeheimnis", "eine Nachrichtengrafik zu Hochrechnungen",
            "ein Gemälde von Caspar David Friedrich in der Hamburger Kunsthalle", "Dürers Hase unter der Lupe", "Rubens' üppige Figuren in einer Museumsführung erklärt",
            "Kunstgeschichte: Botticellis Geburt der Venus", "ein Selbstbildnis von Paula Modersohn-Becker im Museum", "Käthe Kollwitz' Grafiken erklärt",
            "ein Speedrunner besiegt den Endboss in einem Fantasy-Spiel", "TNT sprengt in Minecraft eine Sandburg", "ein Schachspieler opfert die Dame",
            "ein Tower-Defense-Spiel, in dem Schleimmonster zu Konfetti platzen", "ein Ritter besiegt einen Drachen im Zeichentrick-Rollenspiel", "ein Retro-Weltraum-Shooter in Pixeloptik",
            "Zeit totschlagen am Flughafen mit einem Kreuzworträtsel", "ein Paar, das sich für die Gala in Schale geworfen hat", "ein Urlaubsfoto auf Postergröße aufblasen",
            "die Kinder sind Feuer und Flamme für den neuen Spielplatz", "Bombenstimmung auf einer Hochzeit", "wir lachen uns tot über einen Katzenfilm", "der Witz des Abends war der Knaller",
            "eine jüdische Hochzeit, alle tanzen die Hora", "muslimische Frauen spielen Fußball", "eine Roma-Blaskapelle auf einem Festival", "eine trans Läuferin beim Marathon-Zieleinlauf",
            "ein Rollstuhlfahrer im Skatepark", "ein Friseur schneidet Haare mit der Maschine", "Schlittschuhlaufen auf einem zugefrorenen Kanal", "ein Zauberer lässt eine Taube verschwinden",
            "Wäsche aufhängen auf einem sonnigen Balkon", "eine Turnerin springt einen perfekten Salto", "eine Badekugel sprudelt im Wasser", "Unkraut jäten im Gemüsebeet",
            "Salutschüsse einer alten Festungskanone", "ein Fotograf schießt Porträts auf der Straße", "ein Glasbläser formt eine Vase",
        ],
        ["folge"] = ["Applaus", "Nahaufnahme lachender Gesichter", "Abblende auf das Logo", "Totale des Raums", "Zeitraffer des Himmels"],
        ["stil"] = ["im Doku-Stil", "in kräftigen Farben", "als Zeichentrick", "im Hochformat", "warmes Licht", "mit Infografiken"],
        ["tag"] = ["#lernen", "#geschichte", "#sport", "#kochen", "#gaming", "#kunst", "#erklärt"],
    };

    public static IEnumerable<TemplateSet> Sets =>
    [
        new("de", Augment, [],
        [
            "{look}", "{look}, {stil}", "mach ein Video: {look}", "Einstellung 1: {look}. Einstellung 2: {folge}.", "Kannst du das animieren: {look}?",
            "für den Unterricht: {look}, {stil}", "Wir beginnen mit einer Szene: {look}. Die Kamera fährt langsam zurück, die Musik wird lauter, und am Ende kommt {folge}. Freundlich und ruhig halten.",
        ], Slots, Weight: 4),
        new("de", Augment, [],
        [
            "{look} {tag}", "bitte {look} lol", "ok also {look}, aber {stil} 🙌", "brauch für n reel: {look} {tag}",
        ], Slots, Weight: 2, KeepCase: true),
        new("de", Augment, [],
        [
            "Zeit totschlagen", "in Schale geworfen", "Foto aufblasen", "Sternschnuppen", "Feuer und Flamme", "Bombenwetter am See", "Knallerpreise im Sommerschlussverkauf",
            "sich kaputtlachen", "Schuss ins Glück", "Todschicke Frisur", "Feueralarm-Übung in der Schule", "mörderisch gute Lasagne", "Nacktschnecken-Zeitraffer", "Stoffmuster vergleichen", "Kaltstart des Motors im Winter",
        ], TemplateSet.NoSlots),
    ];
}
