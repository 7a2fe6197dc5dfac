using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.X509Certificates;

namespace Kino.Provenance.C2pa;

/// <summary>
/// Signs a claim as C2PA requires: COSE_Sign1 with a detached payload (the claim's CBOR), the algorithm and the
/// certificate chain (x5chain, label 33, leaf first) in the protected header. The private key stays in this object.
/// </summary>
public sealed class ClaimSigner(AsymmetricAlgorithm key, HashAlgorithmName hash, IReadOnlyList<X509Certificate2> chain, RSASignaturePadding? padding = null)
{
    private static readonly CoseHeaderLabel X5Chain = new(33);

    public byte[] Sign(byte[] claim)
    {
        var protectedHeaders = new CoseHeaderMap { [X5Chain] = CoseHeaderValue.FromEncodedValue(EncodeChain()) };
        var signer = key switch
        {
            ECDsa ec => new CoseSigner(ec, hash, protectedHeaders, null),
            RSA rsa => new CoseSigner(rsa, padding ?? RSASignaturePadding.Pss, hash, protectedHeaders, null),
            _ => throw new NotSupportedException($"Signing with {key.GetType().Name} keys is not supported."),
        };
        return CoseSign1Message.SignDetached(claim, signer);
    }

    private byte[] EncodeChain()
    {
        var w = new CborWriter();
        if (chain.Count == 1) w.WriteByteString(chain[0].RawData);
        else
        {
            w.WriteStartArray(chain.Count);
            foreach (var cert in chain) w.WriteByteString(cert.RawData);
            w.WriteEndArray();
        }
        return w.Encode();
    }
}
