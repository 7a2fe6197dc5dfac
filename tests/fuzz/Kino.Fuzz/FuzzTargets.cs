namespace Kino.Fuzz;

/// <summary>
/// The parsers that take untrusted input, as fuzz targets. A target returns normally for any input, valid or not;
/// the only acceptable failures are the parsers' own documented rejections (a format exception, a 4xx API error).
/// Anything else is a bug the fuzzer reports: another exception, a broken invariant, a hang, or an input that makes
/// the parser allocate far more memory than its size warrants (a length field trusted before it was checked).
/// </summary>
public static class FuzzTargets
{
    public static readonly string[] Names = ["bmff", "jumbf", "cbor", "multipart", "image", "prompt"];

    // Generous for any honest parse of a request-sized input, far below what a trusted 2 GB length field costs.
    private const long FixedMemoryBudget = 64L << 20;
    private const long MemoryBudgetPerInputByte = 32;

    public static void Run(string target, ReadOnlySpan<byte> input)
    {
        var parse = Parser(target);
        var bytes = input.ToArray();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        parse(bytes);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (allocated > FixedMemoryBudget + MemoryBudgetPerInputByte * bytes.Length)
            throw new FuzzInvariantException($"{target}: a {bytes.Length}-byte input allocated {allocated >> 20} MiB");
    }

    private static Action<byte[]> Parser(string target) => target switch
    {
        "bmff" => ProvenanceTargets.Bmff,
        "jumbf" => ProvenanceTargets.Jumbf,
        "cbor" => ProvenanceTargets.Cbor,
        "multipart" => GatewayTargets.CreateVideoBody,
        "image" => GatewayTargets.ReferenceImage,
        "prompt" => PromptTarget.Prepared(),
        _ => throw new ArgumentException($"Unknown fuzz target '{target}'. Targets: {string.Join(", ", Names)}."),
    };
}

/// <summary>A property the code under test promises was broken: a crash like any unexpected exception.</summary>
public sealed class FuzzInvariantException(string message) : Exception(message);
