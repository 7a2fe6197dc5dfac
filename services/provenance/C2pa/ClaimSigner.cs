using System.Formats.Cbor;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.X509Certificates;

namespace Kino.Provenance.C2pa;

/// <summary>
/// Signs a claim as C2PA requires: COSE_Sign1 with a detached payload (the claim's CBOR), the algorithm and the
/// certificate chain (x5chain, leaf first) in the protected header, and, when a time-stamp authority is configured, an
/// RFC 3161 time-stamp of the signature in the unprotected 'sigTst2' header. The private key stays in this object.
/// </summary>
public sealed class ClaimSigner(ClaimKey key, IReadOnlyList<X509Certificate2> chain, TimeStampAuthority? timeStamps = null)
{
    public string Algorithm => key.Algorithm;

    public async Task<byte[]> SignAsync(byte[] claim, CancellationToken ct)
    {
        var signature = key.SignDetached(claim, EncodeChain());
        if (timeStamps is null) return signature;
        var message = CoseSign1Message.DecodeSign1(signature);
        var token = await timeStamps.StampAsync(SignatureTimeStamp.ToBeStamped(message), ct);
        message.UnprotectedHeaders[SignatureTimeStamp.Header] = CoseHeaderValue.FromEncodedValue(SignatureTimeStamp.Container(token));
        return message.Encode();
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
