using System.Formats.Cbor;
using Kino.Provenance.C2pa;

namespace Kino.Fuzz;

/// <summary>The C2PA readers: each may reject input only with its own format exception.</summary>
public static class ProvenanceTargets
{
    /// <summary>The whole verifier: box layout, the C2PA box, JUMBF, CBOR, COSE, certificates, the hard binding.</summary>
    public static void Bmff(byte[] input) => Rejecting(() =>
    {
        using var stream = new MemoryStream(input, writable: false);
        C2paVerifier.Verify(stream, [], DateTimeOffset.UtcNow);
    });

    public static void Jumbf(byte[] input) => Rejecting(() => JumbfReader.Parse(input));

    public static void Cbor(byte[] input) => Rejecting(() => Provenance.C2pa.Cbor.Decode(input));

    private static void Rejecting(Action parse)
    {
        try
        {
            parse();
        }
        catch (Exception e) when (e is BmffFormatException or JumbfFormatException or CborContentException)
        {
            // Rejected cleanly: what a parser should do with bad input.
        }
    }
}
