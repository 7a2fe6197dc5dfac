using Kino.Provenance.C2pa;

namespace Kino.Provenance;

/// <summary>
/// Offline commands beside the service: `sign IN OUT [KEYS]` signs an MP4 with the development credentials;
/// `verify FILE [ANCHORS.pem]` prints Kino's C2PA validation report as JSON; `cose-sign KEYS` signs standard input
/// as a claim and writes the COSE_Sign1 to standard output (a callback signer for other C2PA tools, e.g. in tests).
/// </summary>
public static class ProvenanceCommands
{
    public static readonly string[] Names = ["sign", "verify", "cose-sign"];

    public static int Run(string[] args)
    {
        if (args is ["verify", var file, ..])
        {
            var anchors = new System.Security.Cryptography.X509Certificates.X509Certificate2Collection();
            if (args.Length > 2 && args[2] != "--repeat") anchors.ImportFromPemFile(args[2]);
            // --repeat N verifies N times in one process: the first run pays for JIT and crypto set-up, later runs show the steady state.
            int repeat = args.Length > 4 && args[3] == "--repeat" ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1;
            if (args.Length > 2 && args[2] == "--repeat") { repeat = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture); anchors.Clear(); }
            using var stream = File.OpenRead(file);
            VerificationReport report = null!;
            var times = new List<string>();
            for (int i = 0; i < repeat; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                report = C2paVerifier.Verify(stream, anchors, DateTimeOffset.UtcNow);
                times.Add($"{clock.Elapsed.TotalMilliseconds:F0}");
            }
            Console.Error.WriteLine($"verified in {string.Join(" / ", times)} ms");
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        if (args is ["cose-sign", var folder])
        {
            var (caCert, leafCert, leafKey) = DevelopmentAuthority.LoadOrCreate(folder, DateTimeOffset.UtcNow);
            using var stdin = Console.OpenStandardInput();
            using var claim = new MemoryStream();
            stdin.CopyTo(claim);
            var cose = new ClaimSigner(leafKey, System.Security.Cryptography.HashAlgorithmName.SHA256, [leafCert, caCert]).Sign(claim.ToArray());
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(cose);
            return 0;
        }
        if (args is not ["sign", var input, var output, ..]) { Console.Error.WriteLine("usage: sign IN OUT [KEYS-FOLDER [PARENT.mp4]] | verify FILE [ANCHORS.pem] [--repeat N] | cose-sign KEYS-FOLDER"); return 2; }
        var keys = args.Length > 3 ? args[3] : Path.Combine(Path.GetTempPath(), "kino-provenance-keys");
        var (ca, leaf, key) = DevelopmentAuthority.LoadOrCreate(keys, DateTimeOffset.UtcNow);
        var signer = new ClaimSigner(key, System.Security.Cryptography.HashAlgorithmName.SHA256, [leaf, ca]);
        ParentVideo? parent = null;
        if (args.Length > 4)
        {
            using var parentStream = File.OpenRead(args[4]);
            var validation = C2paVerifier.Verify(parentStream, [ca], DateTimeOffset.UtcNow);
            parent = new ParentVideo("parentOf", "remix of " + Path.GetFileName(args[4]), C2paVerifier.ReadManifestStore(parentStream), validation);
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        C2paEmbedder.SignAsync(input, output, hash => ManifestBuilder.Build(new ManifestRequest("Kino", "0.1.0", "kino-1", null, hash, null, DateTimeOffset.UtcNow, parent), signer), CancellationToken.None)
            .GetAwaiter().GetResult();
        Console.Error.WriteLine($"signed in {watch.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"signed {output}; CA: {Path.Combine(keys, DevelopmentAuthority.CaFile)}");
        return 0;
    }
}
