using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.X509Certificates;
using NSec.Cryptography;

namespace Kino.Provenance.C2pa;

/// <summary>
/// The private half of a signing credential, for one COSE algorithm: ES256/ES384 (ECDSA), PS256 (RSA-PSS) or Ed25519.
/// An HSM or KMS plugs in as another subclass whose <see cref="SignDetached"/> asks the device to sign.
/// </summary>
public abstract class ClaimKey : IDisposable
{
    public const string Ed25519Oid = "1.3.101.112";

    /// <summary>The algorithm's C2PA name: ES256, ES384, PS256 or Ed25519.</summary>
    public abstract string Algorithm { get; }

    /// <summary>COSE's x5chain header (label 33): where C2PA puts the signing certificate chain, in the protected header.</summary>
    public static readonly CoseHeaderLabel X5Chain = new(33);

    /// <summary>A COSE_Sign1 over <paramref name="payload"/> (detached) whose protected header holds the algorithm and the x5chain (CBOR).</summary>
    public abstract byte[] SignDetached(byte[] payload, byte[] x5chain);

    public abstract void Dispose();

    /// <summary>Reads a PKCS#8 PEM private key of the type the signing certificate's public key has.</summary>
    public static ClaimKey FromPem(string pem, X509Certificate2 certificate)
    {
        if (certificate.PublicKey.Oid.Value == Ed25519Oid)
            return new Ed25519ClaimKey(Key.Import(SignatureAlgorithm.Ed25519, System.Text.Encoding.ASCII.GetBytes(pem), KeyBlobFormat.PkixPrivateKeyText));
        if (certificate.GetECDsaPublicKey() is not null)
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            return new BclClaimKey(ec, ec.KeySize > 256 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256);
        }
        if (certificate.GetRSAPublicKey() is not null)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new BclClaimKey(rsa, HashAlgorithmName.SHA256);
        }
        throw new NotSupportedException($"The signing certificate's key ({certificate.PublicKey.Oid.FriendlyName ?? certificate.PublicKey.Oid.Value}) is not ECDSA, RSA or Ed25519.");
    }

    /// <summary>Whether <paramref name="signature"/> verifies for the certificate's key (any of the four algorithms).</summary>
    public static bool VerifyDetached(CoseSign1Message signature, ReadOnlySpan<byte> payload, X509Certificate2 certificate)
    {
        if (certificate.GetECDsaPublicKey() is { } ec) return signature.VerifyDetached(ec, payload);
        if (certificate.GetRSAPublicKey() is { } rsa) return signature.VerifyDetached(rsa, payload);
        if (certificate.PublicKey.Oid.Value == Ed25519Oid) return Ed25519ClaimKey.Verify(signature, payload, certificate.PublicKey.EncodedKeyValue.RawData);
        return false;
    }
}

/// <summary>ECDSA and RSA-PSS keys, signed through .NET's COSE implementation.</summary>
public sealed class BclClaimKey(AsymmetricAlgorithm key, HashAlgorithmName hash) : ClaimKey
{
    public override string Algorithm => key switch
    {
        ECDsa => hash == HashAlgorithmName.SHA384 ? "ES384" : "ES256",
        _ => "PS256",
    };

    public override byte[] SignDetached(byte[] payload, byte[] x5chain)
    {
        var protectedHeaders = new CoseHeaderMap { [X5Chain] = CoseHeaderValue.FromEncodedValue(x5chain) };
        var signer = key switch
        {
            ECDsa ec => new CoseSigner(ec, hash, protectedHeaders, null),
            RSA rsa => new CoseSigner(rsa, RSASignaturePadding.Pss, hash, protectedHeaders, null),
            _ => throw new NotSupportedException($"Signing with {key.GetType().Name} keys is not supported."),
        };
        return CoseSign1Message.SignDetached(payload, signer);
    }

    public override void Dispose() => key.Dispose();
}

/// <summary>
/// Ed25519 (COSE EdDSA, -8). .NET's CoseSigner cannot use it, so the COSE_Sign1 is assembled here as RFC 9052 §4.4
/// describes: the Sig_structure ["Signature1", protected, external_aad, payload] is signed, and the message is
/// tag 18 [protected, unprotected, nil, signature].
/// </summary>
public sealed class Ed25519ClaimKey(Key key) : ClaimKey
{
    private const int EdDsa = -8;

    public override string Algorithm => "Ed25519";

    public static Ed25519ClaimKey Create() =>
        new(Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    /// <summary>The public key as a SubjectPublicKeyInfo, for a certificate request.</summary>
    public System.Security.Cryptography.X509Certificates.PublicKey PublicKey => System.Security.Cryptography.X509Certificates.PublicKey.CreateFromSubjectPublicKeyInfo(key.PublicKey.Export(KeyBlobFormat.PkixPublicKey), out _);

    public string ExportPkcs8PrivateKeyPem() => System.Text.Encoding.ASCII.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText));

    public override byte[] SignDetached(byte[] payload, byte[] x5chain)
    {
        var headers = new CborWriter();
        headers.WriteStartMap(2);
        headers.WriteInt32(1);
        headers.WriteInt32(EdDsa);
        headers.WriteInt32(33);
        headers.WriteEncodedValue(x5chain);
        headers.WriteEndMap();
        var protectedBytes = headers.Encode();
        var signature = SignatureAlgorithm.Ed25519.Sign(key, SigStructure(protectedBytes, payload));

        var message = new CborWriter();
        message.WriteTag((CborTag)18);
        message.WriteStartArray(4);
        message.WriteByteString(protectedBytes);
        message.WriteStartMap(0);
        message.WriteEndMap();
        message.WriteNull();
        message.WriteByteString(signature);
        message.WriteEndArray();
        return message.Encode();
    }

    public static bool Verify(CoseSign1Message signature, ReadOnlySpan<byte> payload, byte[] rawPublicKey)
    {
        if (!signature.ProtectedHeaders.TryGetValue(CoseHeaderLabel.Algorithm, out var alg) || alg.GetValueAsInt32() != EdDsa) return false;
        if (!NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, rawPublicKey, KeyBlobFormat.RawPublicKey, out var publicKey)) return false;
        return SignatureAlgorithm.Ed25519.Verify(publicKey!, SigStructure(signature.RawProtectedHeaders.Span, payload), signature.Signature.Span);
    }

    private static byte[] SigStructure(ReadOnlySpan<byte> protectedHeaders, ReadOnlySpan<byte> payload)
    {
        var w = new CborWriter();
        w.WriteStartArray(4);
        w.WriteTextString("Signature1");
        w.WriteByteString(protectedHeaders);
        w.WriteByteString([]);
        w.WriteByteString(payload);
        w.WriteEndArray();
        return w.Encode();
    }

    public override void Dispose() => key.Dispose();
}
