using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kino.Provenance.C2pa;
using Kino.Storage;
using Microsoft.Extensions.Options;

namespace Kino.Provenance;

/// <summary>
/// The provenance service's signing key and certificate chain. The private key is loaded here and used only through
/// <see cref="ClaimSigner"/>; it is never logged, returned or sent anywhere. (An HSM or KMS plugs in by giving
/// <see cref="ClaimSigner"/> an <see cref="AsymmetricAlgorithm"/> whose signing operation calls the HSM.)
/// </summary>
public sealed class SigningCredentials
{
    public ClaimSigner Signer { get; }

    /// <summary>The root of the chain: what verifiers need as a trust anchor.</summary>
    public X509Certificate2 Root { get; }

    public SigningCredentials(IOptions<ProvenanceOptions> options, IOptions<StorageOptions> storage, ILogger<SigningCredentials> logger)
    {
        var o = options.Value;
        if (!string.IsNullOrEmpty(o.CertificateChainFile) || !string.IsNullOrEmpty(o.PrivateKeyFile))
        {
            if (string.IsNullOrEmpty(o.CertificateChainFile) || string.IsNullOrEmpty(o.PrivateKeyFile))
                throw new InvalidOperationException("Kino:Provenance needs both CertificateChainFile and PrivateKeyFile.");
            var chain = new X509Certificate2Collection();
            chain.ImportFromPemFile(o.CertificateChainFile);
            if (chain.Count == 0) throw new InvalidOperationException($"{o.CertificateChainFile} holds no certificate.");
            var pem = File.ReadAllText(o.PrivateKeyFile);
            AsymmetricAlgorithm key = chain[0].GetECDsaPublicKey() is not null ? ECDsa.Create() : RSA.Create();
            key.ImportFromPem(pem);
            var hash = key is ECDsa { KeySize: > 256 } ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;
            Signer = new ClaimSigner(key, hash, [.. chain]);
            Root = chain[^1];
            logger.LogInformation("Provenance signs as {Subject} (chain of {Count}, from {File})", chain[0].Subject, chain.Count, o.CertificateChainFile);
        }
        else
        {
            var folder = o.DevelopmentKeysDirectory ?? Path.Combine(storage.Value.DataDirectory, "provenance", "keys");
            (Signer, Root) = DevelopmentAuthority.LoadSigner(folder, DateTimeOffset.UtcNow);
            logger.LogWarning("Provenance signs with the DEVELOPMENT CA in {Folder}: C2PA validators report the credentials as untrusted unless {CaFile} is added as a trust anchor",
                folder, DevelopmentAuthority.CaFile);
        }
    }
}
