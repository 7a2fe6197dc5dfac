using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Kino.Provenance.C2pa;

namespace Kino.Provenance;

/// <summary>
/// Offline commands beside the service: `sign` signs an MP4 with the development credentials; `verify` prints Kino's
/// C2PA validation report as JSON; `cose-sign` signs standard input as a claim and writes the COSE_Sign1 to standard
/// output (a callback signer for other C2PA tools, e.g. in tests).
/// </summary>
public static class ProvenanceCommands
{
    public static readonly string[] Names = ["sign", "verify", "cose-sign"];

    public static int Run(string[] args)
    {
        var input = new Argument<string>("input");
        var output = new Argument<string>("output");
        var keys = new Argument<string>("keys") { Description = "development credentials folder", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "kino-provenance-keys") };
        var parentFile = new Argument<string?>("parent") { Description = "the parent MP4 of a remix (becomes the ingredient)", Arity = ArgumentArity.ZeroOrOne };
        var sign = new Command("sign", "Sign an MP4 with the development credentials") { input, output, keys, parentFile };
        sign.SetAction((parsed, ct) => SignAsync(parsed.GetValue(input)!, parsed.GetValue(output)!, parsed.GetValue(keys)!, parsed.GetValue(parentFile), ct));

        var file = new Argument<string>("file");
        var anchorsFile = new Argument<string?>("anchors") { Description = "PEM trust anchors", Arity = ArgumentArity.ZeroOrOne };
        var repeat = new Option<int>("--repeat")
        {
            Description = "verify N times in one process: the first run pays for JIT and crypto set-up, later runs show the steady state",
            DefaultValueFactory = _ => 1,
        };
        var verify = new Command("verify", "Print Kino's C2PA validation report of an MP4") { file, anchorsFile, repeat };
        verify.SetAction(parsed => Verify(parsed.GetValue(file)!, parsed.GetValue(anchorsFile), parsed.GetValue(repeat)));

        var signerKeys = new Argument<string>("keys") { Description = "development credentials folder" };
        var coseSign = new Command("cose-sign", "Sign standard input as a claim; write the COSE_Sign1 to standard output") { signerKeys };
        coseSign.SetAction(parsed =>
        {
            var (signer, _) = DevelopmentAuthority.LoadSigner(parsed.GetValue(signerKeys)!, DateTimeOffset.UtcNow);
            using var claim = new MemoryStream();
            using (var stdin = Console.OpenStandardInput()) stdin.CopyTo(claim);
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(signer.SignAsync(claim.ToArray(), CancellationToken.None).GetAwaiter().GetResult());
        });

        return new RootCommand("Kino provenance: offline commands") { sign, verify, coseSign }.Parse(args).Invoke();
    }

    private static async Task SignAsync(string input, string output, string keys, string? parentFile, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var (signer, ca) = DevelopmentAuthority.LoadSigner(keys, now);
        ParentVideo? parent = null;
        if (parentFile is not null)
        {
            await using var parentStream = File.OpenRead(parentFile);
            parent = ParentVideo.Read(parentStream, "remix of " + Path.GetFileName(parentFile), [ca], now);
        }
        var clock = Stopwatch.StartNew();
        await C2paEmbedder.SignAsync(input, output, hash => ManifestBuilder.BuildAsync(new ManifestRequest("Kino", "0.1.0", "kino-1", null, hash, null, now, parent), signer, ct), ct);
        Console.Error.WriteLine($"signed in {clock.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"signed {output}; CA: {Path.Combine(keys, DevelopmentAuthority.CaFile)}");
    }

    private static void Verify(string file, string? anchorsFile, int repeat)
    {
        var anchors = new X509Certificate2Collection();
        if (anchorsFile is not null) anchors.ImportFromPemFile(anchorsFile);
        using var stream = File.OpenRead(file);
        VerificationReport report = null!;
        var times = new List<string>();
        for (int i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            report = C2paVerifier.Verify(stream, anchors, DateTimeOffset.UtcNow);
            times.Add($"{clock.Elapsed.TotalMilliseconds:F0}");
        }
        Console.Error.WriteLine($"verified in {string.Join(" / ", times)} ms");
        Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
    }
}
