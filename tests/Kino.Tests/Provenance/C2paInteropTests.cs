using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.X509Certificates;
using Kino.Media;
using Kino.Provenance.C2pa;
using Kino.Tests.Support;
using CliWrap.Buffered;
using Microsoft.Extensions.DependencyInjection;

namespace Kino.Tests.Provenance;

/// <summary>One signed clip and its variants, made once: real MP4s from ffmpeg, signed with a fresh development CA.</summary>
public sealed class SignedClips : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kino-c2pa-").FullName;
    public string Original => Path.Combine(Folder, "original.mp4");
    public string Signed => Path.Combine(Folder, "signed.mp4");
    public string Tampered => Path.Combine(Folder, "tampered.mp4");
    public string CaPem => Path.Combine(Folder, "ca.pem");
    public string Keys => Path.Combine(Folder, "keys");
    public string ForeignSigned => Path.Combine(Folder, "signed-by-c2pa-rs.mp4");
    public string Remix => Path.Combine(Folder, "remix.mp4");
    public X509Certificate2 Ca { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=320x240:r=24", "-f", "lavfi", "-i", "sine=f=440",
            "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", Original], CancellationToken.None);
        var (signer, ca) = DevelopmentAuthority.LoadSigner(Keys, DateTimeOffset.UtcNow);
        Ca = ca;
        await File.WriteAllTextAsync(CaPem, ca.ExportCertificatePem());
        var thumbnail = Path.Combine(Folder, "thumb.jpg");
        await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-i", Original, "-frames:v", "1", "-vf", "scale=160:-2", thumbnail], CancellationToken.None);
        var jpeg = await File.ReadAllBytesAsync(thumbnail);
        await C2paEmbedder.SignAsync(Original, Signed,
            hash => ManifestBuilder.BuildAsync(new ManifestRequest("Kino", "test", "kino-1", null, hash, jpeg, DateTimeOffset.UtcNow), signer, CancellationToken.None), CancellationToken.None);

        // A remix: another clip, signed with the signed clip as its parentOf ingredient, showing a cameo.
        var remixSource = Path.Combine(Folder, "remix-source.mp4");
        await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-f", "lavfi", "-i", "testsrc=s=320x240:r=24", "-t", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p", remixSource], CancellationToken.None);
        ParentVideo parent;
        await using (var parentStream = File.OpenRead(Signed))
            parent = ParentVideo.Read(parentStream, "remix of the signed clip", [ca], DateTimeOffset.UtcNow);
        await C2paEmbedder.SignAsync(remixSource, Remix,
            hash => ManifestBuilder.BuildAsync(new ManifestRequest("Kino", "test", "kino-1", Guid.NewGuid(), hash, null, DateTimeOffset.UtcNow, parent,
                [new Kino.Contracts.CameoRef("char_0123", "anna", "owner_a", false, null)]), signer, CancellationToken.None), CancellationToken.None);

        // One byte of the media data changed.
        var bytes = await File.ReadAllBytesAsync(Signed);
        using (var stream = new MemoryStream(bytes))
        {
            var mdat = BmffBoxes.Read(stream).First(b => b.Type == "mdat");
            bytes[mdat.Offset + mdat.Size / 2] ^= 0x5A;
        }
        await File.WriteAllBytesAsync(Tampered, bytes);

        // c2pa-rs's Builder lays out its own manifest (uuid box after ftyp, its claim and exclusions); Kino's key signs the claim.
        var provenance = typeof(C2paEmbedder).Assembly.Location;
        var node = await CliWrap.Cli.Wrap("node")
            .WithArguments([Path.Combine(Repo.Root, "tests/interop/c2pa/sign.mjs"), Original, ForeignSigned, "--", "dotnet", provenance, "cose-sign", Keys])
            .WithValidation(CliWrap.CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.True(node.ExitCode == 0, node.StandardError);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Kino's C2PA signing and verifying, refereed by c2pa-rs on the same files.</summary>
public sealed class C2paInteropTests(SignedClips clips) : IClassFixture<SignedClips>
{
    private VerificationReport KinoVerify(string file, bool trustKino)
    {
        using var stream = File.OpenRead(file);
        return C2paVerifier.Verify(stream, trustKino ? [clips.Ca] : [], DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_signed_clip_is_valid_in_c2pa_rs_and_trusted_with_Kinos_CA_as_anchor()
    {
        var untrusted = await C2paReferee.ReadAsync(clips.Signed, "-");
        Assert.Equal("Valid", untrusted.ValidationState);
        Assert.Equal(["signingCredential.untrusted"], untrusted.Failure);
        Assert.Contains("assertion.bmffHash.match", untrusted.Success);
        Assert.Contains("claimSignature.validated", untrusted.Success);
        Assert.Equal(4, untrusted.Success.Count(c => c == "assertion.hashedURI.match")); // actions, BMFF hash, training-mining, thumbnail

        var trusted = await C2paReferee.ReadAsync(clips.Signed, clips.CaPem);
        Assert.Equal("Trusted", trusted.ValidationState);
        Assert.Empty(trusted.Failure);

        Assert.Equal("valid", KinoVerify(clips.Signed, trustKino: false).ValidationState);
        var kino = KinoVerify(clips.Signed, trustKino: true);
        Assert.Equal("trusted", kino.ValidationState);
        Assert.Empty(kino.Failure);
        // Kino reports the same success codes c2pa-rs does (OCSP aside: neither fetches it here).
        Assert.Equal(trusted.Success.Where(c => !c.StartsWith("signingCredential.ocsp", StringComparison.Ordinal)).Order(),
            kino.Success.Select(s => s.Code).Order());
        var manifest = kino.Manifest!;
        Assert.Equal(["c2pa.created"], manifest.Actions);
        Assert.Equal(C2paIds.TrainedAlgorithmicMedia, manifest.DigitalSourceType);
        Assert.Equal("kino-1", manifest.SoftwareAgent);
        Assert.True(manifest.HasThumbnail);
    }

    [Fact]
    public async Task A_one_byte_change_in_mdat_is_invalid_in_both_with_a_BMFF_hash_mismatch()
    {
        var referee = await C2paReferee.ReadAsync(clips.Tampered, clips.CaPem);
        Assert.Equal("Invalid", referee.ValidationState);
        Assert.Contains("assertion.bmffHash.mismatch", referee.Failure);

        var kino = KinoVerify(clips.Tampered, trustKino: true);
        Assert.Equal("invalid", kino.ValidationState);
        Assert.Equal(["assertion.bmffHash.mismatch"], kino.Failure.Select(f => f.Code));
    }

    [Fact]
    public async Task A_clip_without_a_manifest_is_not_present_in_both()
    {
        Assert.Equal("not_present", (await C2paReferee.ReadAsync(clips.Original)).ValidationState);
        Assert.Equal("not_present", KinoVerify(clips.Original, trustKino: true).ValidationState);
    }

    [Fact]
    public async Task On_a_file_that_c2pa_rs_signed_both_say_trusted_with_the_same_codes_and_both_catch_tampering()
    {
        var referee = await C2paReferee.ReadAsync(clips.ForeignSigned, clips.CaPem);
        Assert.True(referee.ValidationState == "Trusted", $"{string.Join(", ", referee.Failure)} {referee.Error}");
        var kino = KinoVerify(clips.ForeignSigned, trustKino: true);
        Assert.Equal("trusted", kino.ValidationState);
        Assert.Empty(kino.Failure);
        Assert.Equal(referee.Success.Where(c => !c.StartsWith("signingCredential.ocsp", StringComparison.Ordinal)).Order(), kino.Success.Select(s => s.Code).Order());
        Assert.Equal("c2pa-rs referee", kino.Manifest?.ClaimGenerator);
        Assert.Equal("c2pa.created", kino.Manifest?.Actions.FirstOrDefault());

        // c2pa-rs put its manifest right after 'ftyp' (Kino appends at the end): a changed mdat byte is caught by both.
        var tampered = Path.Combine(clips.Folder, "signed-by-c2pa-rs-tampered.mp4");
        var bytes = await File.ReadAllBytesAsync(clips.ForeignSigned);
        using (var stream = new MemoryStream(bytes))
        {
            var boxes = BmffBoxes.Read(stream);
            Assert.True(boxes[1].IsC2pa);
            var mdat = boxes.First(b => b.Type == "mdat");
            bytes[mdat.Offset + mdat.Size / 2] ^= 0x5A;
        }
        await File.WriteAllBytesAsync(tampered, bytes);
        var refereeTampered = await C2paReferee.ReadAsync(tampered, clips.CaPem);
        Assert.Equal("Invalid", refereeTampered.ValidationState);
        Assert.Equal(refereeTampered.Failure.Order(), KinoVerify(tampered, trustKino: true).Failure.Select(f => f.Code).Order());
        Assert.Contains("assertion.bmffHash.mismatch", refereeTampered.Failure);
    }

    [Fact]
    public async Task A_remix_carries_its_parent_as_a_validated_ingredient_in_both()
    {
        var referee = await C2paReferee.ReadAsync(clips.Remix, clips.CaPem);
        Assert.Equal("Trusted", referee.ValidationState);
        Assert.Empty(referee.Failure);
        var kino = KinoVerify(clips.Remix, trustKino: true);
        Assert.Equal("trusted", kino.ValidationState);
        Assert.Equal(2, kino.ManifestCount);
        Assert.Equal(["c2pa.opened", "c2pa.edited"], kino.Manifest!.Actions);
        Assert.Contains(C2paIds.IngredientLabel, kino.Manifest.Assertions);
        // The cameo it shows is recorded by reference (Kino's own assertion; c2pa-rs validates it as a hashed assertion).
        Assert.Contains(C2paIds.CameosLabel, kino.Manifest.Assertions);
        Assert.Equal(["@anna"], kino.Manifest.Cameos);
        Assert.Null(KinoVerify(clips.Signed, trustKino: true).Manifest!.Cameos);
    }

    [Fact]
    public void Signing_keeps_every_original_box_in_place_and_appends_one_C2PA_box()
    {
        using var original = File.OpenRead(clips.Original);
        using var signed = File.OpenRead(clips.Signed);
        var before = BmffBoxes.Read(original);
        var after = BmffBoxes.Read(signed);
        Assert.Equal(before, after.Take(before.Count), new BoxComparer());
        Assert.True(Assert.Single(after.Skip(before.Count)).IsC2pa);
    }

    private sealed class BoxComparer : IEqualityComparer<BmffBox>
    {
        public bool Equals(BmffBox? x, BmffBox? y) => x!.Offset == y!.Offset && x.Size == y.Size && x.Type == y.Type;
        public int GetHashCode(BmffBox obj) => HashCode.Combine(obj.Offset, obj.Size, obj.Type);
    }
}

/// <summary>Production keys from PEM files: the key type chooses the algorithm, and c2pa-rs accepts each.</summary>
public sealed class SigningAlgorithmTests(SignedClips clips) : IClassFixture<SignedClips>
{
    [Theory]
    [InlineData("ES384")]
    [InlineData("PS256")]
    public async Task Keys_from_files_sign_with_the_algorithm_of_their_type(string algorithm)
    {
        var folder = Directory.CreateTempSubdirectory("kino-keys-").FullName;
        try
        {
            var now = DateTimeOffset.UtcNow;
            using AsymmetricAlgorithm caKey = algorithm == "PS256" ? RSA.Create(3072) : ECDsa.Create(ECCurve.NamedCurves.nistP384);
            using AsymmetricAlgorithm leafKey = algorithm == "PS256" ? RSA.Create(2048) : ECDsa.Create(ECCurve.NamedCurves.nistP384);
            CertificateRequest Request(string subject, AsymmetricAlgorithm key) => key is RSA rsa
                ? new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)
                : new CertificateRequest(subject, (ECDsa)key, HashAlgorithmName.SHA384);
            var caRequest = Request("CN=Test CA", caKey);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
            var caSki = new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false);
            caRequest.CertificateExtensions.Add(caSki);
            using var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            var leafRequest = Request("CN=Test Signer", leafKey);
            leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4")], false));
            leafRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(leafRequest.PublicKey, false));
            leafRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(caSki));
            using var leaf = leafRequest.Create(ca, now.AddDays(-1), now.AddMonths(6), [1, 2, 3, 4]);
            string chainFile = Path.Combine(folder, "chain.pem"), keyFile = Path.Combine(folder, "key.pem"), caFile = Path.Combine(folder, "ca.pem");
            await File.WriteAllTextAsync(chainFile, leaf.ExportCertificatePem() + "\n" + ca.ExportCertificatePem());
            await File.WriteAllTextAsync(keyFile, leafKey.ExportPkcs8PrivateKeyPem());
            await File.WriteAllTextAsync(caFile, ca.ExportCertificatePem());

            var credentials = new Kino.Provenance.SigningCredentials(
                Microsoft.Extensions.Options.Options.Create(new Kino.Provenance.ProvenanceOptions { CertificateChainFile = chainFile, PrivateKeyFile = keyFile }),
                Microsoft.Extensions.Options.Options.Create(new Kino.Storage.StorageOptions { DataDirectory = folder }),
                new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<Kino.Provenance.SigningCredentials>.Instance);
            var output = Path.Combine(folder, "signed.mp4");
            await C2paEmbedder.SignAsync(clips.Original, output,
                hash => ManifestBuilder.BuildAsync(new ManifestRequest("Kino", "test", "kino-1", null, hash, null, now), credentials.Signer, CancellationToken.None), CancellationToken.None);

            var referee = await C2paReferee.ReadAsync(output, caFile);
            Assert.True(referee.ValidationState == "Trusted", $"{algorithm}: {referee}");
            using var stream = File.OpenRead(output);
            Assert.Equal("trusted", C2paVerifier.Verify(stream, [ca], now).ValidationState);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>The development CA with each configured algorithm, and RFC 3161 time-stamps from a real TSA (OpenSSL's).</summary>
public sealed class SignatureOptionsTests(SignedClips clips) : IClassFixture<SignedClips>
{
    [Theory]
    [InlineData("ES256")]
    [InlineData("ES384")]
    [InlineData("PS256")]
    [InlineData("Ed25519")]
    public async Task The_development_CA_signs_with_the_configured_algorithm_and_c2pa_rs_trusts_it(string algorithm)
    {
        var folder = Directory.CreateTempSubdirectory("kino-alg-").FullName;
        try
        {
            var (signer, ca) = DevelopmentAuthority.LoadSigner(folder, DateTimeOffset.UtcNow, algorithm);
            Assert.Equal(algorithm, signer.Algorithm);
            var output = await SignAsync(signer, folder);
            var anchors = Path.Combine(folder, DevelopmentAuthority.CaFile);

            var referee = await C2paReferee.ReadAsync(output, anchors);
            Assert.True(referee.ValidationState == "Trusted", $"{algorithm}: {referee}");
            var kino = Verify(output, [ca]);
            Assert.Equal("trusted", kino.ValidationState);
            Assert.Equal(WithoutOcsp(referee.Success), kino.Success.Select(s => s.Code).Order());

            // The same CA issues the next algorithm's signer: one trust anchor across a switch.
            var (_, sameCa) = DevelopmentAuthority.LoadSigner(folder, DateTimeOffset.UtcNow, algorithm == "Ed25519" ? "ES256" : "Ed25519");
            Assert.Equal(ca.Thumbprint, sameCa.Thumbprint);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task With_a_time_stamp_authority_the_signature_carries_an_RFC_3161_time_stamp_that_both_validate()
    {
        await using var tsa = new OpenSslTimeStampAuthority();
        var folder = Directory.CreateTempSubdirectory("kino-tst-").FullName;
        try
        {
            using var http = new HttpClient();
            var (signer, ca) = DevelopmentAuthority.LoadSigner(folder, DateTimeOffset.UtcNow, "ES256", new TimeStampAuthority(http, tsa.Url));
            var output = await SignAsync(signer, folder);
            Assert.Equal(1, tsa.Requests);
            var anchors = Path.Combine(folder, "anchors.pem");
            await File.WriteAllTextAsync(anchors, ca.ExportCertificatePem() + "\n" + tsa.Root.ExportCertificatePem());

            var referee = await C2paReferee.ReadAsync(output, anchors);
            Assert.True(referee.ValidationState == "Trusted", referee.ToString());
            Assert.Contains("timeStamp.validated", referee.Success);
            var kino = Verify(output, [ca, tsa.Root]);
            Assert.Equal("trusted", kino.ValidationState);
            Assert.Contains(kino.Success, s => s.Code == "timeStamp.validated");
            Assert.Contains(kino.Success, s => s.Code == "timeStamp.trusted");
            Assert.Equal(WithoutOcsp(referee.Success), kino.Success.Select(s => s.Code).Order());

            // Without the TSA's root, both still validate the signature and say the same about the time-stamp.
            var kinoOnly = Path.Combine(folder, DevelopmentAuthority.CaFile);
            var untrustedTsa = await C2paReferee.ReadAsync(output, kinoOnly);
            var kinoUntrusted = Verify(output, [ca]);
            Assert.Equal(untrustedTsa.ValidationState.ToLowerInvariant(), kinoUntrusted.ValidationState);
            Assert.Contains("timeStamp.untrusted", untrustedTsa.Informational);
            Assert.Contains(kinoUntrusted.Informational, s => s.Code == "timeStamp.untrusted");
            Assert.Equal(untrustedTsa.Failure.Order(), kinoUntrusted.Failure.Select(f => f.Code).Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_time_stamp_moved_onto_another_signature_is_a_mismatch()
    {
        await using var tsa = new OpenSslTimeStampAuthority();
        var folder = Directory.CreateTempSubdirectory("kino-tst-").FullName;
        try
        {
            using var http = new HttpClient();
            var (signer, ca) = DevelopmentAuthority.LoadSigner(folder, DateTimeOffset.UtcNow, "ES256", new TimeStampAuthority(http, tsa.Url));
            var first = CoseSign1Message.DecodeSign1(await signer.SignAsync([1, 2, 3], CancellationToken.None));
            var second = CoseSign1Message.DecodeSign1(await signer.SignAsync([4, 5, 6], CancellationToken.None));
            first.UnprotectedHeaders.Remove(SignatureTimeStamp.Header);
            first.UnprotectedHeaders[SignatureTimeStamp.Header] = second.UnprotectedHeaders[SignatureTimeStamp.Header];

            var log = new ValidationLog();
            Assert.Null(SignatureTimeStamp.Check(first, [ca, tsa.Root], "sig", log));
            Assert.Equal(["timeStamp.mismatch"], log.Failure.Select(f => f.Code));
            var honest = new ValidationLog();
            Assert.True(SignatureTimeStamp.Check(second, [ca, tsa.Root], "sig", honest)?.Trusted);
            Assert.Equal(["timeStamp.validated", "timeStamp.trusted"], honest.Success.Select(s => s.Code));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_unreachable_time_stamp_authority_fails_the_signing_and_leaves_no_output()
    {
        var folder = Directory.CreateTempSubdirectory("kino-tst-").FullName;
        try
        {
            using var http = new HttpClient();
            var (signer, _) = DevelopmentAuthority.LoadSigner(folder, DateTimeOffset.UtcNow, "ES256", new TimeStampAuthority(http, new Uri("http://127.0.0.1:9/tsa")));
            await Assert.ThrowsAsync<HttpRequestException>(() => SignAsync(signer, folder));
            Assert.False(File.Exists(Path.Combine(folder, "signed.mp4")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<string> SignAsync(ClaimSigner signer, string folder)
    {
        var output = Path.Combine(folder, "signed.mp4");
        await C2paEmbedder.SignAsync(clips.Original, output,
            hash => ManifestBuilder.BuildAsync(new ManifestRequest("Kino", "test", "kino-1", null, hash, null, DateTimeOffset.UtcNow), signer, CancellationToken.None), CancellationToken.None);
        return output;
    }

    private static VerificationReport Verify(string file, X509Certificate2Collection anchors)
    {
        using var stream = File.OpenRead(file);
        return C2paVerifier.Verify(stream, anchors, DateTimeOffset.UtcNow);
    }

    private static IOrderedEnumerable<string> WithoutOcsp(IEnumerable<string> codes) => codes.Where(c => !c.StartsWith("signingCredential.ocsp", StringComparison.Ordinal)).Order();
}
