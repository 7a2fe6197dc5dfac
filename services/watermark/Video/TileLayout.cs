using Kino.Watermark.Payload;

namespace Kino.Watermark.Video;

/// <summary>
/// The invisible video mark's layout: a square tile of 32 × 32 chips repeated over the whole frame. A keyed quarter of
/// the chips is the synchronisation template (fixed keyed signs); the other 768 chips carry the 192 coded bits, four
/// chips each, each chip with its own keyed sign. The same tile is added to the luma of every frame.
/// </summary>
public sealed class TileLayout
{
    public const int Chips = 32, ChipCount = Chips * Chips, SyncChips = 256;

    /// <summary>Per chip (row-major): the sync sign, or 0 for a payload chip.</summary>
    public sbyte[] Sync { get; } = new sbyte[ChipCount];

    /// <summary>Per chip: the coded bit it carries (-1 for a sync chip) and its keyed sign.</summary>
    public int[] Bit { get; } = new int[ChipCount];
    public sbyte[] Sign { get; } = new sbyte[ChipCount];

    public TileLayout(byte[] secret)
    {
        var order = new KeyedSequence(secret, "kino-watermark/video/layout").Permutation(ChipCount);
        var signs = new KeyedSequence(secret, "kino-watermark/video/signs").Signs(ChipCount);
        for (int k = 0; k < ChipCount; k++)
        {
            int chip = order[k];
            Sign[chip] = signs[k];
            if (k < SyncChips) { Sync[chip] = signs[k]; Bit[chip] = -1; }
            else Bit[chip] = (k - SyncChips) % WatermarkCode.CodedBits;
        }
    }

    /// <summary>The ±1 tile for one payload: sync chips, and payload chips = coded bit × chip sign.</summary>
    public sbyte[] Tile(sbyte[] codedBits)
    {
        var tile = new sbyte[ChipCount];
        for (int c = 0; c < ChipCount; c++) tile[c] = Bit[c] < 0 ? Sync[c] : (sbyte)(codedBits[Bit[c]] * Sign[c]);
        return tile;
    }

    /// <summary>Chip size in pixels for a frame: about 1/120 of the short side (6 px at 720p), at least 2.</summary>
    public static int ChipPixels(int width, int height) => Math.Clamp((int)Math.Round(Math.Min(width, height) / 120.0), 2, 16);
}
