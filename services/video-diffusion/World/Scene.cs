namespace Kino.VideoDiffusion.World;

/// <summary>The built-in world's vocabulary: what a scene can hold. Names are the English caption words.</summary>
public enum Shape { Circle, Square, Triangle, Star, Ring, Face }
public enum Colour { Red, Green, Blue, Yellow, Cyan, Magenta, White, Orange }
public enum Motion { Left, Right, Up, Down, Bounce, Rotate, Grow, Shrink }
public enum Scenery { Night, Room, Studio, Forest }
public enum CameraMove { Static, PanLeft, PanRight, ZoomIn }
public enum Language { English, German }

/// <summary>One object: what it is, how it moves, and where it starts (normalised coordinates, y down).</summary>
public sealed record SceneObject(Shape Shape, Colour Colour, Motion Motion, float StartX, float StartY, float Size, float Phase);

/// <summary>A clip of the procedural world: rendering it at any time and resolution is a pure function of this record.</summary>
public sealed record Scene(Scenery Scenery, CameraMove Camera, IReadOnlyList<SceneObject> Objects);

/// <summary>Bright, saturated object colours; every scenery stays dark, so objects always stand out.</summary>
public static class Palette
{
    public static (byte R, byte G, byte B) Rgb(Colour colour) => colour switch
    {
        Colour.Red => (230, 40, 40),
        Colour.Green => (50, 205, 60),
        Colour.Blue => (50, 90, 240),
        Colour.Yellow => (240, 225, 40),
        Colour.Cyan => (40, 220, 225),
        Colour.Magenta => (225, 50, 220),
        Colour.White => (245, 245, 245),
        Colour.Orange => (250, 140, 20),
        _ => throw new ArgumentOutOfRangeException(nameof(colour)),
    };

    /// <summary>Face features (eyes, mouth) are drawn in this near-black.</summary>
    public static readonly (byte R, byte G, byte B) Feature = (20, 16, 16);

    public static (byte R, byte G, byte B) SceneryBase(Scenery scenery) => scenery switch
    {
        Scenery.Night => (12, 14, 42),
        Scenery.Room => (72, 46, 30),
        Scenery.Studio => (52, 52, 56),
        Scenery.Forest => (16, 48, 26),
        _ => throw new ArgumentOutOfRangeException(nameof(scenery)),
    };
}
