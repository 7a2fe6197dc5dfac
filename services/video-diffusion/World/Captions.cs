using Kino.VideoDiffusion.Model;

namespace Kino.VideoDiffusion.World;

/// <summary>
/// The caption grammar, English and German. Several phrasings per attribute keep the text encoder from
/// memorising sentences; German inflects the colour adjective by the noun's gender (ein roter Kreis, ein rotes Quadrat).
/// </summary>
public static class Captions
{
    private static readonly Dictionary<Shape, (string En, string De, bool Neuter)> Shapes = new()
    {
        [Shape.Circle] = ("circle", "kreis", false),
        [Shape.Square] = ("square", "quadrat", true),
        [Shape.Triangle] = ("triangle", "dreieck", true),
        [Shape.Star] = ("star", "stern", false),
        [Shape.Ring] = ("ring", "ring", false),
        [Shape.Face] = ("face", "gesicht", true),
    };

    private static readonly Dictionary<Colour, (string En, string DeStem)> Colours = new()
    {
        [Colour.Red] = ("red", "rot"), [Colour.Green] = ("green", "grün"), [Colour.Blue] = ("blue", "blau"),
        [Colour.Yellow] = ("yellow", "gelb"), [Colour.Cyan] = ("cyan", "türkis"), [Colour.Magenta] = ("magenta", "magentafarben"),
        [Colour.White] = ("white", "weiß"), [Colour.Orange] = ("orange", "orangefarben"),
    };

    private static readonly Dictionary<Motion, (string[] En, string[] De)> Motions = new()
    {
        [Motion.Left] = (["moves left", "slides to the left", "goes left"], ["bewegt sich nach links", "gleitet nach links"]),
        [Motion.Right] = (["moves right", "slides to the right", "goes right"], ["bewegt sich nach rechts", "gleitet nach rechts"]),
        [Motion.Up] = (["moves up", "rises", "floats up"], ["bewegt sich nach oben", "steigt auf"]),
        [Motion.Down] = (["moves down", "sinks", "drifts down"], ["bewegt sich nach unten", "sinkt"]),
        [Motion.Bounce] = (["bounces", "is bouncing", "hops"], ["hüpft", "springt"]),
        [Motion.Rotate] = (["rotates", "spins", "turns around"], ["dreht sich", "rotiert"]),
        [Motion.Grow] = (["grows", "gets bigger"], ["wächst", "wird größer"]),
        [Motion.Shrink] = (["shrinks", "gets smaller"], ["schrumpft", "wird kleiner"]),
    };

    private static readonly Dictionary<Scenery, (string[] En, string[] De)> Sceneries = new()
    {
        [Scenery.Night] = (["at night", "under the night sky"], ["bei nacht", "unter dem nachthimmel"]),
        [Scenery.Room] = (["in a room"], ["in einem zimmer"]),
        [Scenery.Studio] = (["in a studio"], ["in einem studio"]),
        [Scenery.Forest] = (["in a forest", "in the woods"], ["in einem wald"]),
    };

    private static readonly Dictionary<CameraMove, (string En, string De)> Cameras = new()
    {
        [CameraMove.PanLeft] = ("the camera pans left", "die kamera schwenkt nach links"),
        [CameraMove.PanRight] = ("the camera pans right", "die kamera schwenkt nach rechts"),
        [CameraMove.ZoomIn] = ("the camera zooms in", "die kamera zoomt heran"),
    };

    public static string Describe(Scene scene, Language language, Random random)
    {
        bool en = language == Language.English;
        var objects = string.Join(en ? " and " : " und ", scene.Objects.Select(o => Object(o, en, random)));
        var scenery = Pick(en ? Sceneries[scene.Scenery].En : Sceneries[scene.Scenery].De, random);
        var sentence = random.Next(3) == 0 ? $"{scenery}, {objects}" : $"{objects} {scenery}";
        if (scene.Camera != CameraMove.Static)
            sentence += ", " + (en ? Cameras[scene.Camera].En : Cameras[scene.Camera].De);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Object(SceneObject o, bool en, Random random)
    {
        var (shapeEn, shapeDe, neuter) = Shapes[o.Shape];
        var (colourEn, stem) = Colours[o.Colour];
        var motion = Pick(en ? Motions[o.Motion].En : Motions[o.Motion].De, random);
        if (en)
            return $"{(colourEn[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {colourEn} {shapeEn} {motion}";
        return $"ein {stem}{(neuter ? "es" : "er")} {shapeDe} {motion}";
    }

    private static string Pick(string[] options, Random random) => options[random.Next(options.Length)];

    /// <summary>Every word the grammar can produce: the tokenizer's vocabulary.</summary>
    public static IEnumerable<string> Words()
    {
        IEnumerable<string> phrases = Shapes.Values.SelectMany(s => new[] { s.En, s.De })
            .Concat(Colours.Values.SelectMany(c => new[] { c.En, c.DeStem + "er", c.DeStem + "es" }))
            .Concat(Motions.Values.SelectMany(m => m.En.Concat(m.De)))
            .Concat(Sceneries.Values.SelectMany(s => s.En.Concat(s.De)))
            .Concat(Cameras.Values.SelectMany(c => new[] { c.En, c.De }))
            .Concat(["a an and ein und"]);
        return phrases.SelectMany(Tokenizer.Words).Distinct().Order(StringComparer.Ordinal);
    }
}
