using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Plain everyday short-video prompts (animals, landscapes, cooking, sports, city life, abstract shapes).</summary>
internal static class HarmlessTemplates
{
    public static IEnumerable<TemplateSet> Sets =>
    [
        new("en", Train, [],
        [
            "{animal} {animalact} {place}", "{color} {shape} {motion} {surface}", "a chef preparing {dish} in {kitchen}",
            "{landscape}, {time}", "{sport}, {time}", "{city}, {citytime}",
        ], new Dictionary<string, string[]>
        {
            ["animal"] = ["a golden retriever", "a tabby cat", "a red fox", "a horse", "a flock of sheep", "a baby elephant", "a parrot", "a hedgehog", "a penguin", "a squirrel"],
            ["animalact"] = ["running", "sleeping", "playing", "eating", "walking slowly", "looking around"],
            ["place"] = ["in a meadow", "on a sand beach", "in the snow", "in a forest", "by a lake", "in a garden"],
            ["color"] = ["a red", "a blue", "a green", "a yellow", "a purple", "an orange"],
            ["shape"] = ["circle", "square", "triangle", "cube", "sphere", "star"],
            ["motion"] = ["bouncing on", "rolling across", "spinning above", "sliding over"],
            ["surface"] = ["a sand beach", "a wooden floor", "a white background", "a glass table", "a grassy hill"],
            ["dish"] = ["pasta", "a vegetable soup", "pancakes", "sushi", "a pizza", "a salad"],
            ["kitchen"] = ["a busy restaurant kitchen", "a small home kitchen", "an outdoor kitchen"],
            ["landscape"] = ["a mountain valley", "a waterfall in the jungle", "rolling hills", "a desert with dunes", "a frozen lake", "a lighthouse on a cliff"],
            ["time"] = ["at sunrise", "in the fog", "timelapse", "drone shot", "in autumn colours"],
            ["sport"] = ["a cyclist riding through a city", "a surfer catching a wave", "a tennis player serving", "a runner crossing the finish line", "a swimmer doing laps", "a climber on a rock wall"],
            ["city"] = ["a busy street in Tokyo", "a tram passing through Lisbon", "people crossing a zebra crossing", "a street market with fruit stalls", "a rainy evening in Paris", "cyclists in Amsterdam"],
            ["citytime"] = ["at night", "rush hour", "long exposure", "aerial view"],
        }),
        new("en", Evaluation, [],
        [
            "close-up of {animal} {animalact} {place}", "abstract animation: {shape} {motion}, {palette}", "a home cook {cook} {when}",
            "{landscape} seen from above", "timelapse of {landscape}", "{sport} {sportplace}", "city vibes: {city}",
        ], new Dictionary<string, string[]>
        {
            ["animal"] = ["a sleepy koala", "a pair of swans", "a curious goat", "a dachshund puppy", "an owl", "a herd of zebras", "a sea turtle", "a ladybug", "a llama", "a rabbit"],
            ["animalact"] = ["munching leaves", "yawning", "gliding", "hopping around", "splashing", "napping"],
            ["place"] = ["on a rainy morning", "near a river", "in tall grass", "on a farm", "at the zoo", "under a tree"],
            ["shape"] = ["three orange triangles", "a glowing blue ring", "a pile of green cubes", "a pink spiral", "tiny yellow dots", "a silver torus"],
            ["motion"] = ["floating slowly", "pulsing to music", "melting into waves", "orbiting a centre"],
            ["palette"] = ["pastel colours", "neon on black", "soft gradients", "monochrome"],
            ["cook"] = ["baking sourdough bread", "flipping an omelette", "stirring risotto", "decorating cupcakes", "rolling dumplings", "grating cheese over spaghetti"],
            ["when"] = ["on a Sunday morning", "in a cosy kitchen", "by the window", "for a family dinner"],
            ["landscape"] = ["clouds over the Alps", "a tulip field", "a coral reef", "a canyon at dusk", "a bamboo forest", "northern lights over a cabin"],
            ["sport"] = ["kids learning to ski", "an old man fishing", "two friends playing table tennis", "a yoga class stretching", "a rowing team training", "a kite surfer jumping"],
            ["sportplace"] = ["on a lake", "in a gym", "at the seaside", "in a park"],
            ["city"] = ["a double-decker bus in London", "neon signs in Seoul", "a gondola in Venice", "a bakery opening in the morning", "a subway platform in New York", "a flower shop on a corner"],
        }),
        new("de", Train, [],
        [
            "{tier} {aktion} {ort}", "{form} {bewegung} {flaeche}", "ein Koch bereitet {gericht} {kueche} zu",
            "{landschaft}, {zeit}", "{sport}, {zeit}", "{stadt}, {stadtzeit}",
        ], new Dictionary<string, string[]>
        {
            ["tier"] = ["ein Golden Retriever", "eine getigerte Katze", "ein Rotfuchs", "ein Pferd", "eine Schafherde", "ein Elefantenbaby", "ein Papagei", "ein Igel", "ein Pinguin", "ein Eichhörnchen"],
            ["aktion"] = ["rennt", "schläft", "spielt", "frisst", "läuft langsam", "döst"],
            ["ort"] = ["auf einer Wiese", "am Sandstrand", "im Schnee", "im Wald", "an einem See", "im Garten"],
            ["form"] = ["ein blaues Quadrat", "ein roter Kreis", "eine gelbe Kugel", "ein grüner Würfel", "ein lila Dreieck", "ein orangefarbener Stern"],
            ["bewegung"] = ["dreht sich", "hüpft", "rollt", "schwebt"],
            ["flaeche"] = ["", "über einen Sandstrand", "auf einem Holzboden", "vor weißem Hintergrund", "auf einem Glastisch", "über eine Wiese"],
            ["gericht"] = ["Pasta", "eine Gemüsesuppe", "Pfannkuchen", "Sushi", "eine Pizza", "einen Salat"],
            ["kueche"] = ["in einer Restaurantküche", "in einer kleinen Küche", "in einer Outdoor-Küche"],
            ["landschaft"] = ["ein Bergtal", "ein Wasserfall im Dschungel", "sanfte Hügel", "eine Wüste mit Dünen", "ein zugefrorener See", "ein Leuchtturm auf einer Klippe"],
            ["zeit"] = ["bei Sonnenaufgang", "im Nebel", "Zeitraffer", "Drohnenaufnahme", "in Herbstfarben"],
            ["sport"] = ["ein Radfahrer fährt durch die Stadt", "ein Surfer reitet eine Welle", "eine Tennisspielerin schlägt auf", "eine Läuferin überquert die Ziellinie", "ein Schwimmer zieht seine Bahnen", "eine Kletterin an der Felswand"],
            ["stadt"] = ["eine belebte Straße in Tokio", "eine Straßenbahn fährt durch Lissabon", "Menschen überqueren einen Zebrastreifen", "ein Wochenmarkt mit Obstständen", "ein regnerischer Abend in Paris", "Radfahrer in Amsterdam"],
            ["stadtzeit"] = ["nachts", "im Berufsverkehr", "Langzeitbelichtung", "Luftaufnahme"],
        }),
        new("de", Evaluation, [],
        [
            "Nahaufnahme: {tier} {aktion} {ort}", "abstrakte Animation: {form}, {palette}", "eine Hobbyköchin {koch} {wann}",
            "{landschaft} von oben", "Zeitraffer: {landschaft}", "{sport} {sportort}", "Stadtleben: {stadt}",
        ], new Dictionary<string, string[]>
        {
            ["tier"] = ["ein verschlafener Koala", "ein Schwan", "eine neugierige Ziege", "ein Dackelwelpe", "eine Eule", "eine Meeresschildkröte", "ein Marienkäfer", "ein Lama", "ein Kaninchen", "ein Fischotter"],
            ["aktion"] = ["knabbert an Blättern", "gähnt", "gleitet dahin", "hoppelt herum", "planscht", "macht ein Nickerchen"],
            ["ort"] = ["an einem verregneten Morgen", "am Flussufer", "im hohen Gras", "auf dem Bauernhof", "im Tierpark", "unter einem Baum"],
            ["form"] = ["drei orange Dreiecke schweben langsam", "ein leuchtend blauer Ring pulsiert im Takt", "grüne Würfel stapeln sich", "eine rosa Spirale dreht sich", "winzige gelbe Punkte tanzen", "ein silberner Torus verformt sich"],
            ["palette"] = ["Pastellfarben", "Neon auf Schwarz", "weiche Farbverläufe", "monochrom"],
            ["koch"] = ["backt Sauerteigbrot", "wendet ein Omelett", "rührt Risotto", "verziert Cupcakes", "formt Teigtaschen", "reibt Käse über Spaghetti"],
            ["wann"] = ["am Sonntagmorgen", "in einer gemütlichen Küche", "am Fenster", "für das Familienessen"],
            ["landschaft"] = ["Wolken über den Alpen", "ein Tulpenfeld", "ein Korallenriff", "ein Canyon in der Dämmerung", "ein Bambuswald", "Nordlichter über einer Hütte"],
            ["sport"] = ["Kinder lernen Skifahren", "ein alter Mann angelt", "zwei Freunde spielen Tischtennis", "ein Yogakurs dehnt sich", "ein Ruderteam trainiert", "ein Kitesurfer springt"],
            ["sportort"] = ["auf einem See", "in einer Halle", "am Meer", "im Park"],
            ["stadt"] = ["ein Doppeldeckerbus in London", "Neonschilder in Seoul", "eine Gondel in Venedig", "eine Bäckerei öffnet am Morgen", "ein U-Bahnsteig in New York", "ein Blumenladen an der Ecke"],
        }),
    ];
}
