using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CliWrap;
using CliWrap.Buffered;

namespace Kino.Tests.Support;

/// <summary>
/// A real RFC 3161 time-stamp authority for tests: OpenSSL's `ts -reply` behind an HTTP listener, with its own root and
/// a time-stamping certificate (critical timeStamping EKU). Not part of Kino; Kino only calls it over HTTP.
/// </summary>
public sealed class OpenSslTimeStampAuthority : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kino-tsa-").FullName;
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly CancellationTokenSource stop = new();

    public Uri Url { get; }
    public X509Certificate2 Root { get; }
    public string RootPem => Path.Combine(folder, "root.pem");
    public int Requests { get; private set; }

    public OpenSslTimeStampAuthority()
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=Test TSA Root, O=Kino tests", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var rootSki = new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false);
        rootRequest.CertificateExtensions.Add(rootSki);
        Root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));

        using var tsaKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var tsaRequest = new CertificateRequest("CN=Test TSA, O=Kino tests", tsaKey, HashAlgorithmName.SHA256);
        tsaRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        tsaRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        tsaRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], true));
        tsaRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(tsaRequest.PublicKey, false));
        tsaRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(rootSki));
        var tsa = tsaRequest.Create(Root, now.AddDays(-1), now.AddMonths(6), [7, 7, 7]);

        File.WriteAllText(RootPem, Root.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "tsa.pem"), tsa.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "tsa-key.pem"), tsaKey.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(Path.Combine(folder, "serial"), "01\n");
        File.WriteAllText(Path.Combine(folder, "ts.cnf"), $"""
            [ tsa ]
            default_tsa = tsa_config
            [ tsa_config ]
            dir = {folder}
            serial = $dir/serial
            signer_cert = $dir/tsa.pem
            certs = $dir/root.pem
            signer_key = $dir/tsa-key.pem
            signer_digest = sha256
            default_policy = 1.2.3.4.1
            digests = sha256, sha384, sha512
            accuracy = secs:1
            ordering = yes
            tsa_name = yes
            ess_cert_id_chain = no
            ess_cert_id_alg = sha256
            """);

        int port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/tsa");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) when (stop.IsCancellationRequested) { return; }
            Requests++;
            var id = Guid.NewGuid().ToString("N");
            string query = Path.Combine(folder, id + ".tsq"), reply = Path.Combine(folder, id + ".tsr");
            await using (var file = File.Create(query)) await context.Request.InputStream.CopyToAsync(file);
            var result = await Cli.Wrap("openssl").WithArguments(["ts", "-reply", "-config", Path.Combine(folder, "ts.cnf"), "-queryfile", query, "-out", reply])
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            if (result.ExitCode == 0)
            {
                context.Response.ContentType = "application/timestamp-reply";
                var bytes = await File.ReadAllBytesAsync(reply);
                await context.Response.OutputStream.WriteAsync(bytes);
            }
            else context.Response.StatusCode = 500;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        listener.Stop();
        try { await serving; } catch (ObjectDisposedException) { }
        listener.Close();
        Directory.Delete(folder, recursive: true);
    }
}
