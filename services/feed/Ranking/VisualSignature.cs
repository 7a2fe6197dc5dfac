using System.Globalization;
using System.Numerics;
using Kino.Media;

namespace Kino.Feed.Ranking;

/// <summary>
/// A video's perceptual fingerprint: a 64-bit difference hash (dHash) of each of 8 evenly spaced frames, and a colour
/// layout (the 4×4 grid's mean RGB over those frames, centred and normalised: a 48-dimensional visual embedding).
/// Re-encodes, small crops and colour shifts move few hash bits; different scenes move about half of them.
/// </summary>
public sealed record VisualSignature(ulong[] FrameHashes, float[] ColourLayout)
{
    public const int Frames = 8;
    /// <summary>Mean differing bits per frame at or under which two videos are near-duplicates (of 64).</summary>
    public const double NearDuplicateBits = 10;

    public double MeanHamming(VisualSignature other)
    {
        int n = Math.Min(FrameHashes.Length, other.FrameHashes.Length);
        if (n == 0) return 64;
        int bits = 0;
        for (int i = 0; i < n; i++) bits += BitOperations.PopCount(FrameHashes[i] ^ other.FrameHashes[i]);
        return bits / (double)n;
    }

    public bool IsNearDuplicateOf(VisualSignature other) => MeanHamming(other) <= NearDuplicateBits;

    /// <summary>The signature of a video file, from 8 frames spread over its length.</summary>
    public static async Task<VisualSignature> ComputeAsync(string video, double seconds, CancellationToken ct)
    {
        string rate = (Frames / Math.Max(0.5, seconds)).ToString("0.###", CultureInfo.InvariantCulture);
        var gray = await ReadAsync(video, $"fps={rate},scale=9:8,format=gray", 9 * 8, ct);
        var colour = await ReadAsync(video, $"fps={rate},scale=4:4,format=rgb24", 4 * 4 * 3, ct);
        return FromFrames(gray, colour);
    }

    /// <summary>From raw frames: 9×8 grey (for the hashes) and 4×4 RGB (for the layout).</summary>
    public static VisualSignature FromFrames(IReadOnlyList<byte[]> gray9x8, IReadOnlyList<byte[]> rgb4x4)
    {
        var hashes = gray9x8.Take(Frames).Select(DifferenceHash).ToArray();
        var layout = new float[48];
        foreach (var frame in rgb4x4) for (int i = 0; i < 48; i++) layout[i] += frame[i];
        float mean = layout.Average();
        for (int i = 0; i < 48; i++) layout[i] -= mean;
        TextEmbedding.Normalise(layout);
        return new VisualSignature(hashes, layout);
    }

    /// <summary>dHash: for each of 8 rows, whether each of 8 pixels is brighter than its right neighbour.</summary>
    public static ulong DifferenceHash(byte[] gray9x8)
    {
        ulong hash = 0;
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++)
                hash = (hash << 1) | (gray9x8[y * 9 + x] > gray9x8[y * 9 + x + 1] ? 1UL : 0UL);
        return hash;
    }

    private static async Task<List<byte[]>> ReadAsync(string video, string filter, int frameBytes, CancellationToken ct)
    {
        await using var decoder = FfmpegPipe.Reading(["-i", video, "-an", "-vf", filter, "-frames:v", Frames.ToString(CultureInfo.InvariantCulture), "-f", "rawvideo", "-"]);
        var frames = new List<byte[]>();
        while (true)
        {
            var frame = new byte[frameBytes];
            if (!await FfmpegPipe.ReadFullAsync(decoder.Output, frame, ct)) break;
            frames.Add(frame);
        }
        await decoder.CompleteAsync(ct);
        return frames;
    }
}
