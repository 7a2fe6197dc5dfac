using System.Security.Cryptography.X509Certificates;
using Kino.Provenance.C2pa;
using Kino.Storage;
using Microsoft.Extensions.Options;

namespace Kino.Provenance;

/// <summary>
/// The provenance service's signing key, certificate chain and time-stamp authority. The private key is loaded here and
/// used only through <see cref="ClaimSigner"/>; it is never logged, returned or sent anywhere. (An HSM or KMS plugs in
/// as a <see cref="ClaimKey"/> subclass whose signing operation calls the device; see docs/provenance.md.)
/// </summary>
public sealed class SigningCredentials
{
    public ClaimSigner Signer { get; }

    /// <summary>The root of the chain: what verifiers need as a trust anchor.</summary>
    public X509Certificate2 Root { get; }

    public SigningCredentials(IOptions<ProvenanceOptions> options, IOptions<StorageOptions> storage, IHttpClientFactory http, ILogger<SigningCredentials> logger)
    {
        var o = options.Value;
        TimeStampAuthority? timeStamps = null;
        if (!string.IsNullOrEmpty(o.TimeStampAuthorityUrl))
        {
            timeStamps = new TimeStampAuthority(http.CreateClient(nameof(TimeStampAuthority)), new Uri(o.TimeStampAuthorityUrl));
            logger.LogInformation("Claim signatures are time-stamped by {Tsa}", o.TimeStampAuthorityUrl);
        }
        if (!string.IsNullOrEmpty(o.CertificateChainFile) || !string.IsNullOrEmpty(o.PrivateKeyFile))
        {
            if (string.IsNullOrEmpty(o.CertificateChainFile) || string.IsNullOrEmpty(o.PrivateKeyFile))
                throw new InvalidOperationException("Kino:Provenance needs both CertificateChainFile and PrivateKeyFile.");
            var chain = new X509Certificate2Collection();
            chain.ImportFromPemFile(o.CertificateChainFile);
            if (chain.Count == 0) throw new InvalidOperationException($"{o.CertificateChainFile} holds no certificate.");
            var key = ClaimKey.FromPem(File.ReadAllText(o.PrivateKeyFile), chain[0]);
            if (!string.IsNullOrEmpty(o.Algorithm) && !o.Algorithm.Equals(key.Algorithm, StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"Kino:Provenance:Algorithm is {o.Algorithm}, but the key in {o.PrivateKeyFile} signs {key.Algorithm}.");
            Signer = new ClaimSigner(key, [.. chain], timeStamps);
            Root = chain[^1];
            logger.LogInformation("Provenance signs {Algorithm} as {Subject} (chain of {Count}, from {File})", key.Algorithm, chain[0].Subject, chain.Count, o.CertificateChainFile);
        }
        else
        {
            var folder = o.DevelopmentKeysDirectory ?? Path.Combine(storage.Value.DataDirectory, "provenance", "keys");
            (Signer, Root) = DevelopmentAuthority.LoadSigner(folder, DateTimeOffset.UtcNow, o.Algorithm ?? "ES256", timeStamps);
            logger.LogWarning("Provenance signs {Algorithm} with the DEVELOPMENT CA in {Folder}: C2PA validators report the credentials as untrusted unless {CaFile} is added as a trust anchor",
                Signer.Algorithm, folder, DevelopmentAuthority.CaFile);
        }
    }
}
