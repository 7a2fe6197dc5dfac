using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kino.Provenance.C2pa;

/// <summary>
/// The embedded mode's signing credentials: a development CA and an ES256 signing certificate made on first start and
/// kept in a folder (PEM). The leaf has the profile C2PA validators check: not a CA, digitalSignature key usage, the
/// emailProtection EKU, subject and authority key identifiers.
/// </summary>
public static class DevelopmentAuthority
{
    public const string CaFile = "kino-dev-ca.pem", ChainFile = "signer-chain.pem", KeyFile = "signer-key.pem";

    public static (X509Certificate2 Ca, X509Certificate2 Leaf, ECDsa Key) Create(DateTimeOffset now)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Kino Development CA, O=Kino", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var caSki = new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false);
        caRequest.CertificateExtensions.Add(caSki);
        var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Kino Signer, O=Kino", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(caSki));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        var leaf = request.Create(ca, now.AddDays(-1), now.AddYears(2), serial);
        return (ca, leaf, key);
    }

    /// <summary>An ES256 claim signer over the folder's credentials (created on first use), and the CA that anchors it.</summary>
    public static (ClaimSigner Signer, X509Certificate2 Ca) LoadSigner(string folder, DateTimeOffset now)
    {
        var (ca, leaf, key) = LoadOrCreate(folder, now);
        return (new ClaimSigner(key, HashAlgorithmName.SHA256, [leaf, ca]), ca);
    }

    /// <summary>Loads the folder's credentials, creating them on first use.</summary>
    public static (X509Certificate2 Ca, X509Certificate2 Leaf, ECDsa Key) LoadOrCreate(string folder, DateTimeOffset now)
    {
        string caPath = Path.Combine(folder, CaFile), chainPath = Path.Combine(folder, ChainFile), keyPath = Path.Combine(folder, KeyFile);
        if (!File.Exists(keyPath))
        {
            Directory.CreateDirectory(folder);
            var (ca, leaf, key) = Create(now);
            File.WriteAllText(caPath, ca.ExportCertificatePem());
            File.WriteAllText(chainPath, leaf.ExportCertificatePem() + "\n" + ca.ExportCertificatePem());
            // Written last and only readable by this user: its presence means the set is complete.
            File.WriteAllText(keyPath + ".tmp", key.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyPath + ".tmp", UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(keyPath + ".tmp", keyPath, overwrite: true);
        }
        var certs = new X509Certificate2Collection();
        certs.ImportFromPemFile(chainPath);
        var loadedKey = ECDsa.Create();
        loadedKey.ImportFromPem(File.ReadAllText(keyPath));
        return (X509Certificate2.CreateFromPem(File.ReadAllText(caPath)), certs[0], loadedKey);
    }
}
