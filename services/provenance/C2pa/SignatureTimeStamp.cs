using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Kino.Provenance.C2pa;

/// <summary>What a claim signature's time-stamp proves: when it existed, per a TSA that is or is not trusted.</summary>
public sealed record TimeStampResult(DateTimeOffset Time, X509Certificate2 Authority, bool Trusted);

/// <summary>
/// C2PA's v2 signature time-stamp ('sigTst2', C2PA 2.x §10.3.2.5): an RFC 3161 token over the COSE countersignature
/// structure ["CounterSignature", protected header, external_aad, CBOR bstr of the signature], stored in the
/// unprotected header as {"tstTokens": [{"val": TimeStampToken}]}.
/// </summary>
public static class SignatureTimeStamp
{
    public static readonly CoseHeaderLabel Header = new("sigTst2");

    /// <summary>The bytes the TSA time-stamps (their SHA-256 is the request's message imprint).</summary>
    public static byte[] ToBeStamped(CoseSign1Message message)
    {
        var signature = new CborWriter();
        signature.WriteByteString(message.Signature.Span);
        var w = new CborWriter();
        w.WriteStartArray(4);
        w.WriteTextString("CounterSignature");
        w.WriteByteString(message.RawProtectedHeaders.Span);
        w.WriteByteString([]);
        w.WriteByteString(signature.Encode());
        w.WriteEndArray();
        return w.Encode();
    }

    /// <summary>The sigTst2 header value for one token (DER ContentInfo of the TSA's SignedData).</summary>
    public static byte[] Container(byte[] token)
    {
        var w = new CborWriter();
        w.WriteStartMap(1);
        w.WriteTextString("tstTokens");
        w.WriteStartArray(1);
        w.WriteStartMap(1);
        w.WriteTextString("val");
        w.WriteByteString(token);
        w.WriteEndMap();
        w.WriteEndArray();
        w.WriteEndMap();
        return w.Encode();
    }

    /// <summary>
    /// Checks the message's sigTst2 time-stamp, if it has one: the token must cover this signature and be signed by a
    /// time-stamping certificate. Adds C2PA's timeStamp.* status codes; returns the verified time, or null.
    /// </summary>
    public static TimeStampResult? Check(CoseSign1Message message, X509Certificate2Collection anchors, string url,
        ValidationLog log)
    {
        if (!message.UnprotectedHeaders.TryGetValue(Header, out var header)) return null;
        byte[]? tokenBytes = null;
        try
        {
            if (Cbor.Decode(header.EncodedValue) is Dictionary<string, object?> map && map.GetValueOrDefault("tstTokens") is List<object?> tokens)
                tokenBytes = tokens.OfType<Dictionary<string, object?>>().Select(t => t.GetValueOrDefault("val") as byte[]).FirstOrDefault(v => v is not null);
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException or FormatException) { }
        if (tokenBytes is null || !Rfc3161TimestampToken.TryDecode(tokenBytes, out var token, out _))
        {
            log.Failure.Add(new("timeStamp.malformed", url, "the sigTst2 header holds no readable RFC 3161 token"));
            return null;
        }
        if (!token.VerifySignatureForData(ToBeStamped(message), out var authority) || authority is null)
        {
            log.Failure.Add(new("timeStamp.mismatch", url, "the time-stamp does not cover this signature or its own signature is bad"));
            return null;
        }
        var time = token.TokenInfo.Timestamp;
        log.Success.Add(new("timeStamp.validated", url, $"time-stamp {time:u} by {authority.Subject}"));
        if (time < authority.NotBefore || time > authority.NotAfter)
            log.Failure.Add(new("timeStamp.outsideValidity", url, $"the TSA certificate is valid {authority.NotBefore:u} to {authority.NotAfter:u}"));

        var chain = token.AsSignedCms().Certificates;
        bool trusted = CertificateTrust.Chains(authority, [.. chain], anchors, time, TimeStampingEku);
        if (trusted) log.Success.Add(new("timeStamp.trusted", url, "the TSA certificate chains to a trust anchor"));
        // As in c2pa-rs, an untrusted TSA is informational: the signature stands, only the time is not vouched for.
        else log.Informational.Add(new("timeStamp.untrusted", url, "the TSA certificate does not chain to a configured trust anchor"));
        return new TimeStampResult(time, authority, trusted);
    }

    private static readonly Oid TimeStampingEku = new("1.3.6.1.5.5.7.3.8");
}

/// <summary>Chain building against custom anchors only (never the machine's store), without revocation fetches.</summary>
public static class CertificateTrust
{
    public static bool Chains(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, X509Certificate2Collection anchors, DateTimeOffset at, Oid? requiredEku = null)
    {
        if (anchors.Count == 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.CustomTrustStore.AddRange(anchors);
        foreach (var intermediate in intermediates) chain.ChainPolicy.ExtraStore.Add(intermediate);
        if (requiredEku is not null) chain.ChainPolicy.ApplicationPolicy.Add(requiredEku);
        return chain.Build(leaf);
    }
}
