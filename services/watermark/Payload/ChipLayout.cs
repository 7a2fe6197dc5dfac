namespace Kino.Watermark.Payload;

/// <summary>
/// Which chips of a mark are the synchronisation template and which carry which coded bit, all keyed: a keyed
/// permutation puts <c>syncChips</c> chips in the template (with keyed signs) and spreads the 192 coded bits over the
/// rest, each chip with its own keyed sign. The video tile and the audio period are both laid out this way.
/// </summary>
public abstract class ChipLayout
{
    /// <summary>Per chip: the sync sign, or 0 for a payload chip.</summary>
    public sbyte[] Sync { get; }

    /// <summary>Per chip: the coded bit it carries (-1 for a sync chip) and its keyed sign.</summary>
    public int[] Bit { get; }
    public sbyte[] Sign { get; }

    protected ChipLayout(byte[] secret, string name, int chipCount, int syncChips)
    {
        Sync = new sbyte[chipCount];
        Bit = new int[chipCount];
        Sign = new sbyte[chipCount];
        var order = new KeyedSequence(secret, $"kino-watermark/{name}/layout").Permutation(chipCount);
        var signs = new KeyedSequence(secret, $"kino-watermark/{name}/signs").Signs(chipCount);
        for (int k = 0; k < chipCount; k++)
        {
            int chip = order[k];
            Sign[chip] = signs[k];
            if (k < syncChips) { Sync[chip] = signs[k]; Bit[chip] = -1; }
            else Bit[chip] = (k - syncChips) % WatermarkCode.CodedBits;
        }
    }

    /// <summary>Every chip's ±1 value for one payload: the sync sign, or the coded bit times the chip's sign.</summary>
    public sbyte[] ChipValues(sbyte[] codedBits)
    {
        var chips = new sbyte[Sync.Length];
        for (int c = 0; c < chips.Length; c++) chips[c] = Bit[c] < 0 ? Sync[c] : (sbyte)(codedBits[Bit[c]] * Sign[c]);
        return chips;
    }
}
