using Kino.Provenance.C2pa;

namespace Kino.Provenance;

/// <summary>Offline commands beside the service: `sign IN OUT [KEYS]` signs an MP4 with the development credentials.</summary>
public static class ProvenanceCommands
{
    public static readonly string[] Names = ["sign"];

    public static int Run(string[] args)
    {
        if (args is not ["sign", var input, var output, ..]) { Console.Error.WriteLine("usage: sign IN OUT [KEYS-FOLDER]"); return 2; }
        var keys = args.Length > 3 ? args[3] : Path.Combine(Path.GetTempPath(), "kino-provenance-keys");
        var (ca, leaf, key) = DevelopmentAuthority.LoadOrCreate(keys, DateTimeOffset.UtcNow);
        var signer = new ClaimSigner(key, System.Security.Cryptography.HashAlgorithmName.SHA256, [leaf, ca]);
        C2paEmbedder.SignAsync(input, output, hash => ManifestBuilder.Build(new ManifestRequest("Kino", "0.1.0", "kino-1", null, hash, null), signer), CancellationToken.None)
            .GetAwaiter().GetResult();
        Console.WriteLine($"signed {output}; CA: {Path.Combine(keys, DevelopmentAuthority.CaFile)}");
        return 0;
    }
}
