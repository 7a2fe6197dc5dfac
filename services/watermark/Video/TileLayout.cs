using Kino.Watermark.Payload;

namespace Kino.Watermark.Video;

/// <summary>
/// The invisible video mark's layout: a square tile of 32 × 32 chips (row-major) repeated over the whole frame. A keyed
/// quarter of the chips is the synchronisation template; the other 768 carry the 192 coded bits, four chips each. The
/// same tile is added to the luma of every frame.
/// </summary>
public sealed class TileLayout(byte[] secret) : ChipLayout(secret, "video", ChipCount, SyncChips)
{
    public const int Chips = 32, ChipCount = Chips * Chips, SyncChips = 256;

    /// <summary>The ±1 tile for one payload.</summary>
    public sbyte[] Tile(sbyte[] codedBits) => ChipValues(codedBits);

    /// <summary>Chip size in pixels for a frame: about 1/120 of the short side (6 px at 720p), at least 2.</summary>
    public static int ChipPixels(int width, int height) => Math.Clamp((int)Math.Round(Math.Min(width, height) / 120.0), 2, 16);
}
