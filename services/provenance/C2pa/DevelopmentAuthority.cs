using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kino.Provenance.C2pa;

/// <summary>
/// The embedded mode's signing credentials: a development CA and a signing certificate for the configured algorithm,
/// made on first start and kept in a folder (PEM). The leaf has the profile C2PA validators check: not a CA,
/// digitalSignature key usage, the emailProtection EKU, subject and authority key identifiers. The CA's key is kept
/// too (development only), so switching the algorithm issues a new leaf under the same trust anchor.
/// </summary>
public static class DevelopmentAuthority
{
    public const string CaFile = "kino-dev-ca.pem", CaKeyFile = "kino-dev-ca-key.pem";
    public static readonly string[] Algorithms = ["ES256", "ES384", "PS256", "Ed25519"];

    public static string ChainFile(string algorithm) => $"signer-{algorithm.ToLowerInvariant()}-chain.pem";
    public static string KeyFile(string algorithm) => $"signer-{algorithm.ToLowerInvariant()}-key.pem";

    /// <summary>A claim signer over the folder's credentials for <paramref name="algorithm"/> (created on first use), and the CA that anchors it.</summary>
    public static (ClaimSigner Signer, X509Certificate2 Ca) LoadSigner(string folder, DateTimeOffset now, string algorithm = "ES256", TimeStampAuthority? timeStamps = null)
    {
        var (ca, chain, key) = LoadOrCreate(folder, now, algorithm);
        return (new ClaimSigner(key, chain, timeStamps), ca);
    }

    /// <summary>Loads the folder's credentials, creating what is missing. A lock file keeps replicas sharing the folder from racing.</summary>
    public static (X509Certificate2 Ca, X509Certificate2[] Chain, ClaimKey Key) LoadOrCreate(string folder, DateTimeOffset now, string algorithm = "ES256")
    {
        algorithm = Algorithms.FirstOrDefault(a => a.Equals(algorithm, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown signing algorithm '{algorithm}'; use one of {string.Join(", ", Algorithms)}.", nameof(algorithm));
        Directory.CreateDirectory(folder);
        string caPath = Path.Combine(folder, CaFile), caKeyPath = Path.Combine(folder, CaKeyFile);
        string chainPath = Path.Combine(folder, ChainFile(algorithm)), keyPath = Path.Combine(folder, KeyFile(algorithm));
        using (Lock(folder))
        {
            if (!File.Exists(caKeyPath))
            {
                using var newCaKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var newCa = CreateCa(newCaKey, now);
                WritePrivate(caKeyPath, newCaKey.ExportPkcs8PrivateKeyPem(), () => File.WriteAllText(caPath, newCa.ExportCertificatePem()));
                File.Delete(chainPath);
                File.Delete(keyPath);
            }
            if (!File.Exists(keyPath))
            {
                using var caKey = ECDsa.Create();
                caKey.ImportFromPem(File.ReadAllText(caKeyPath));
                var ca = X509Certificate2.CreateFromPem(File.ReadAllText(caPath));
                var (leaf, keyPem) = CreateLeaf(ca, caKey, algorithm, now);
                WritePrivate(keyPath, keyPem, () => File.WriteAllText(chainPath, leaf.ExportCertificatePem() + "\n" + ca.ExportCertificatePem()));
            }
        }
        var chain = new X509Certificate2Collection();
        chain.ImportFromPemFile(chainPath);
        return (X509Certificate2.CreateFromPem(File.ReadAllText(caPath)), [.. chain], ClaimKey.FromPem(File.ReadAllText(keyPath), chain[0]));
    }

    private static X509Certificate2 CreateCa(ECDsa key, DateTimeOffset now)
    {
        var request = new CertificateRequest("CN=Kino Development CA, O=Kino", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
    }

    private static (X509Certificate2 Leaf, string KeyPem) CreateLeaf(X509Certificate2 ca, ECDsa caKey, string algorithm, DateTimeOffset now)
    {
        var subject = new X500DistinguishedName($"CN=Kino Signer {algorithm}, O=Kino");
        CertificateRequest request;
        string keyPem;
        switch (algorithm)
        {
            case "Ed25519":
                using (var ed = Ed25519ClaimKey.Create())
                {
                    request = new CertificateRequest(subject, ed.PublicKey, HashAlgorithmName.SHA256);
                    keyPem = ed.ExportPkcs8PrivateKeyPem();
                }
                break;
            case "PS256":
                using (var rsa = RSA.Create(2048))
                {
                    request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
                    keyPem = rsa.ExportPkcs8PrivateKeyPem();
                }
                break;
            default:
                using (var ec = ECDsa.Create(algorithm == "ES384" ? ECCurve.NamedCurves.nistP384 : ECCurve.NamedCurves.nistP256))
                {
                    request = new CertificateRequest(subject, ec, HashAlgorithmName.SHA256);
                    keyPem = ec.ExportPkcs8PrivateKeyPem();
                }
                break;
        }
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        // The generator overload signs with the CA's key whatever the leaf's key type is.
        return (request.Create(ca.SubjectName, X509SignatureGenerator.CreateForECDsa(caKey), now.AddDays(-1), now.AddYears(2), serial), keyPem);
    }

    /// <summary>Writes the certificate(s) first and the key last, only readable by this user: the key's presence means the set is complete.</summary>
    private static void WritePrivate(string keyPath, string pem, Action writeCertificates)
    {
        writeCertificates();
        File.WriteAllText(keyPath + ".tmp", pem);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyPath + ".tmp", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(keyPath + ".tmp", keyPath, overwrite: true);
    }

    /// <summary>An exclusive lock on the folder (an OS file lock, released if the process dies), waiting up to 30 s.</summary>
    private static FileStream Lock(string folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try { return new FileStream(Path.Combine(folder, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (DateTime.UtcNow < deadline) { Thread.Sleep(50); }
        }
    }
}
