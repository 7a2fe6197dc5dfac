using System.Formats.Cbor;
using Kino.Provenance.C2pa;

namespace Kino.Fuzz;

/// <summary>
/// The parsers that take untrusted input, as fuzz targets. A target returns normally for any input, valid or not;
/// the only acceptable failures are the parsers' own format exceptions. Anything else is a bug the fuzzer reports.
/// </summary>
public static class FuzzTargets
{
    public static readonly string[] Names = ["bmff", "jumbf", "cbor"];

    public static void Run(string target, ReadOnlySpan<byte> input)
    {
        try
        {
            switch (target)
            {
                case "bmff":
                    // The whole verifier: box layout, the C2PA box, JUMBF, CBOR, COSE, certificates, the hard binding.
                    using (var stream = new MemoryStream(input.ToArray(), writable: false))
                        C2paVerifier.Verify(stream, [], DateTimeOffset.UtcNow);
                    break;
                case "jumbf":
                    JumbfReader.Parse(input.ToArray());
                    break;
                case "cbor":
                    Cbor.Decode(input.ToArray());
                    break;
                default:
                    throw new ArgumentException($"Unknown fuzz target '{target}'. Targets: {string.Join(", ", Names)}.");
            }
        }
        catch (Exception e) when (e is BmffFormatException or JumbfFormatException or CborContentException)
        {
            // Rejected cleanly: what a parser should do with bad input.
        }
    }
}
