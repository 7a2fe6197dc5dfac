using System.Buffers.Binary;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Kino.Provenance.C2pa;

/// <summary>One C2PA validation status: a standard code, where it applies, and why.</summary>
public sealed record ValidationStatus(string Code, string? Url, string Explanation);

/// <summary>The active manifest as a verifier reports it.</summary>
public sealed record ManifestSummary(string Label, string? ClaimGenerator, string? ClaimGeneratorVersion, IReadOnlyList<string> Assertions,
    IReadOnlyList<string> Actions, string? DigitalSourceType, string? SoftwareAgent, string? CreatedAt, string? SignerSubject, string? SignerIssuer,
    DateTimeOffset? SignerNotAfter, bool HasThumbnail, IReadOnlyList<string>? Cameos = null);

/// <summary>
/// trusted | valid | invalid | not_present, the C2PA status codes behind it (success, failure, and informational codes
/// that do not change the state, e.g. an untrusted time-stamp authority), and the active manifest.
/// </summary>
public sealed record VerificationReport(string ValidationState, int ManifestCount, string? ActiveManifest, ManifestSummary? Manifest,
    IReadOnlyList<ValidationStatus> Success, IReadOnlyList<ValidationStatus> Failure, IReadOnlyList<ValidationStatus> Informational);

/// <summary>The status codes a validation collects, in C2PA's three lists.</summary>
public sealed class ValidationLog
{
    public List<ValidationStatus> Success { get; } = [];
    public List<ValidationStatus> Failure { get; } = [];
    public List<ValidationStatus> Informational { get; } = [];

    public void Append(ValidationLog other)
    {
        Success.AddRange(other.Success);
        Failure.AddRange(other.Failure);
        Informational.AddRange(other.Informational);
    }
}

/// <summary>
/// Kino's own C2PA validator for MP4 (BMFF): finds the manifest store box, checks the claim signature (COSE_Sign1 and its
/// x5chain), the certificate's validity and trust against the given anchors, every hashed URI of the claim, and the BMFF
/// hard binding. Reads the file as a stream: only the manifest box is held in memory, and it is size-limited.
/// </summary>
public static class C2paVerifier
{
    public const long MaxManifestBytes = 64L << 20;

    public static VerificationReport Verify(Stream stream, X509Certificate2Collection anchors, DateTimeOffset now)
    {
        var boxes = BmffBoxes.Read(stream);
        var c2pa = boxes.Where(b => b.IsC2pa).ToList();
        if (c2pa.Count == 0) return new VerificationReport("not_present", 0, null, null, [], [], []);
        var log = new ValidationLog();
        if (c2pa.Count > 1) log.Failure.Add(new("manifest.multipleParents", null, "more than one C2PA manifest store box"));
        var box = c2pa[^1];
        if (box.Size > MaxManifestBytes) return Invalid(log, "manifest.inaccessible", $"manifest store box is {box.Size} bytes, more than {MaxManifestBytes}");

        JumbfNode store;
        try
        {
            store = ReadStore(stream, box);
        }
        catch (Exception e) when (e is JumbfFormatException or BmffFormatException)
        {
            return Invalid(log, "claim.malformed", e.Message);
        }
        var manifests = store.ChildrenOfType(C2paIds.Manifest);
        if (manifests.Count == 0) return Invalid(log, "claim.missing", "the manifest store holds no manifest");
        var active = manifests[^1];
        var prefix = $"self#jumbf=/c2pa/{active.Label}/";

        try
        {
            var claimNode = active.Child(C2paIds.ClaimLabel) ?? active.Child("c2pa.claim")
                ?? throw new JumbfFormatException("the manifest has no claim");
            var claimBytes = claimNode.ContentBox("cbor")?.Payload ?? throw new JumbfFormatException("the claim has no CBOR box");
            var signatureBytes = active.Child(C2paIds.SignatureLabel)?.ContentBox("cbor")?.Payload ?? throw new JumbfFormatException("the manifest has no claim signature");
            var claim = Cbor.Map(Cbor.Decode(claimBytes), "the claim");

            var assertionStore = active.Child(C2paIds.AssertionStoreLabel) ?? throw new JumbfFormatException("the manifest has no assertion store");
            // Hashing the file is the long part; the signature and chain checks (and their one-time crypto set-up in a
            // fresh process) run beside it on another core.
            var hardBinding = new ValidationLog();
            var hashing = Task.Run(() => CheckHardBinding(stream, boxes, assertionStore, prefix, hardBinding));
            var certificates = CheckSignature(signatureBytes, claimBytes, anchors, now, prefix + C2paIds.SignatureLabel, log);
            CheckAssertions(claim, assertionStore, prefix, log);
            hashing.GetAwaiter().GetResult();
            log.Append(hardBinding);

            var summary = Summarize(active, claim, assertionStore, certificates);
            bool trusted = log.Success.Any(s => s.Code == "signingCredential.trusted");
            string state = log.Failure.Any(f => f.Code != "signingCredential.untrusted") ? "invalid" : trusted ? "trusted" : "valid";
            return new VerificationReport(state, manifests.Count, active.Label, summary, log.Success, log.Failure, log.Informational);
        }
        catch (Exception e) when (e is JumbfFormatException or CborContentException or InvalidOperationException or FormatException or CryptographicException)
        {
            return Invalid(log, "claim.malformed", e.Message, manifests.Count, active.Label);
        }
    }

    /// <summary>The manifest store of an MP4 (for a remix's ingredient), or null when it has none or it cannot be read.</summary>
    public static JumbfNode? ReadManifestStore(Stream stream)
    {
        var box = BmffBoxes.Read(stream).LastOrDefault(b => b.IsC2pa);
        if (box is null || box.Size > MaxManifestBytes) return null;
        try { return ReadStore(stream, box); }
        catch (Exception e) when (e is JumbfFormatException or BmffFormatException) { return null; }
    }

    /// <summary>Reads the C2PA box (the caller has checked its size) and parses the JUMBF manifest store inside.</summary>
    private static JumbfNode ReadStore(Stream stream, BmffBox box)
    {
        var bytes = new byte[box.Size];
        stream.Position = box.Offset;
        stream.ReadExactly(bytes);
        return JumbfReader.Parse(ManifestStoreBytes(bytes, box));
    }

    private static VerificationReport Invalid(ValidationLog log, string code, string explanation, int manifests = 0, string? active = null)
    {
        log.Failure.Add(new(code, null, explanation));
        return new VerificationReport("invalid", manifests, active, null, [], log.Failure, log.Informational);
    }

    /// <summary>The JUMBF inside the C2PA box: after the header and user type, FullBox version/flags, purpose, Merkle offset.</summary>
    private static ReadOnlyMemory<byte> ManifestStoreBytes(byte[] box, BmffBox info)
    {
        int at = (BinaryPrimitives.ReadUInt32BigEndian(box) == 1 ? 16 : 8) + 16 + 4;
        int end = Array.IndexOf(box, (byte)0, at);
        if (end < 0) throw new BmffFormatException($"The C2PA box at offset {info.Offset} has no purpose string.");
        var purpose = Encoding.ASCII.GetString(box, at, end - at);
        if (purpose != "manifest") throw new BmffFormatException($"The C2PA box at offset {info.Offset} has purpose '{purpose}', not 'manifest'.");
        at = end + 1 + 8;
        if (at > box.Length) throw new BmffFormatException($"The C2PA box at offset {info.Offset} is truncated.");
        return box.AsMemory(at);
    }

    private static List<X509Certificate2> CheckSignature(ReadOnlyMemory<byte> signature, ReadOnlyMemory<byte> claim, X509Certificate2Collection anchors,
        DateTimeOffset now, string url, ValidationLog log)
    {
        CoseSign1Message message;
        try
        {
            message = CoseSign1Message.DecodeSign1(signature.ToArray());
        }
        catch (Exception e) when (e is CryptographicException or CborContentException or OverflowException or InvalidOperationException or ArgumentException)
        {
            // The .NET COSE decoder throws OverflowException on some malformed lengths (found by fuzzing), not only CryptographicException.
            log.Failure.Add(new("claimSignature.mismatch", url, $"the claim signature is not a readable COSE_Sign1: {e.Message}"));
            return [];
        }
        var chain = ReadChain(message);
        if (chain.Count == 0)
        {
            log.Failure.Add(new("claimSignature.missing", url, "no x5chain certificate in the signature"));
            return chain;
        }
        var leaf = chain[0];
        if (ClaimKey.VerifyDetached(message, claim.Span, leaf)) log.Success.Add(new("claimSignature.validated", url, "claim signature valid"));
        else log.Failure.Add(new("claimSignature.mismatch", url, "the claim signature does not verify with the signing certificate"));

        // With a trusted time-stamp, the certificate must have been valid when the claim was signed, not now.
        var stamped = SignatureTimeStamp.Check(message, anchors, url, log);
        if (stamped is { Trusted: false }) stamped = null;
        var at = stamped?.Time ?? now;
        if (at >= leaf.NotBefore && at <= leaf.NotAfter)
            log.Success.Add(new("claimSignature.insideValidity", url, stamped is null ? "signing certificate valid at verification time" : $"signing certificate valid at the time-stamp {at:u}"));
        else log.Failure.Add(new("signingCredential.expired", url, $"signing certificate valid {leaf.NotBefore:u} to {leaf.NotAfter:u}"));

        if (CertificateTrust.Chains(leaf, chain.Skip(1), anchors, at)) log.Success.Add(new("signingCredential.trusted", url, "signing certificate chains to a trust anchor"));
        else log.Failure.Add(new("signingCredential.untrusted", url, "signing certificate does not chain to a configured trust anchor"));
        return chain;
    }

    private static List<X509Certificate2> ReadChain(CoseSign1Message message)
    {
        var label = new CoseHeaderLabel(33);
        if (!message.ProtectedHeaders.TryGetValue(label, out var value) && !message.UnprotectedHeaders.TryGetValue(label, out value)) return [];
        var decoded = Cbor.Decode(value.EncodedValue);
        var ders = decoded switch
        {
            byte[] one => [one],
            List<object?> many => many.OfType<byte[]>().ToList(),
            _ => [],
        };
        return ders.Select(d => X509CertificateLoader.LoadCertificate(d)).ToList();
    }

    private static void CheckAssertions(IReadOnlyDictionary<string, object?> claim, JumbfNode store, string prefix, ValidationLog log)
    {
        var references = new[] { "created_assertions", "gathered_assertions", "assertions" }
            .SelectMany(k => claim.TryGetValue(k, out var v) && v is List<object?> list ? list : []).OfType<Dictionary<string, object?>>();
        foreach (var reference in references)
        {
            var url = reference.GetValueOrDefault("url") as string ?? "";
            var label = url[(url.LastIndexOf(C2paIds.AssertionStoreLabel + "/", StringComparison.Ordinal) is var i and >= 0 ? i + C2paIds.AssertionStoreLabel.Length + 1 : 0)..];
            var node = store.Child(label);
            var where = prefix + C2paIds.AssertionStoreLabel + "/" + label;
            if (node is null) { log.Failure.Add(new("assertion.missing", where, $"assertion {label} is not in the store")); continue; }
            var expected = reference.GetValueOrDefault("hash") as byte[];
            if (expected is not null && SHA256.HashData(node.Payload.Span).AsSpan().SequenceEqual(expected))
                log.Success.Add(new("assertion.hashedURI.match", where, $"hashed uri matched: {url}"));
            else log.Failure.Add(new("assertion.hashedURI.mismatch", where, $"hash does not match: {url}"));
        }
    }

    private static void CheckHardBinding(Stream stream, List<BmffBox> boxes, JumbfNode store, string prefix, ValidationLog log)
    {
        var node = store.Children.FirstOrDefault(c => c.Label is "c2pa.hash.bmff.v2" or "c2pa.hash.bmff.v3");
        if (node is null)
        {
            log.Failure.Add(new("claim.hardBindings.missing", null, "no BMFF v2/v3 hard binding (other bindings are not supported here)"));
            return;
        }
        var where = prefix + C2paIds.AssertionStoreLabel + "/" + node.Label;
        var assertion = Cbor.Map(Cbor.Decode(node.ContentBox("cbor")?.Payload ?? throw new JumbfFormatException("the BMFF hash has no CBOR box")), "the BMFF hash");
        if (assertion.GetValueOrDefault("alg") is string alg && alg != "sha256")
        {
            log.Failure.Add(new("algorithm.unsupported", where, $"hash algorithm {alg} is not supported"));
            return;
        }
        if (assertion.GetValueOrDefault("hash") is not byte[] expected)
        {
            log.Failure.Add(new("assertion.bmffHash.mismatch", where, "the BMFF hash has no file-level hash (Merkle trees are not supported)"));
            return;
        }
        var exclusions = (assertion.GetValueOrDefault("exclusions") as List<object?> ?? []).OfType<Dictionary<string, object?>>().ToList();
        bool Excluded(BmffBox box) => exclusions.Any(e => e.GetValueOrDefault("xpath") as string == "/" + box.Type && DataMatches(e, box));
        var actual = BmffHash.Compute(stream, boxes, Excluded);
        if (actual.AsSpan().SequenceEqual(expected)) log.Success.Add(new("assertion.bmffHash.match", where, "BMFF hash valid"));
        else log.Failure.Add(new("assertion.bmffHash.mismatch", where, "the file's hash does not match the signed BMFF hash"));
    }

    /// <summary>An exclusion's data condition: for the 'uuid' box, the user type at offset 8 (the only one Kino reads).</summary>
    private static bool DataMatches(Dictionary<string, object?> exclusion, BmffBox box)
    {
        if (exclusion.GetValueOrDefault("data") is not List<object?> data) return true;
        foreach (var entry in data.OfType<Dictionary<string, object?>>())
        {
            if (entry.GetValueOrDefault("offset") is not long offset || entry.GetValueOrDefault("value") is not byte[] value) return false;
            if (offset != 8 || box.UserType is null || !box.UserType.AsSpan().SequenceEqual(value)) return false;
        }
        return true;
    }

    private static ManifestSummary Summarize(JumbfNode manifest, IReadOnlyDictionary<string, object?> claim, JumbfNode store, List<X509Certificate2> chain)
    {
        var generator = claim.GetValueOrDefault("claim_generator_info") switch
        {
            Dictionary<string, object?> one => one,
            List<object?> many => many.OfType<Dictionary<string, object?>>().FirstOrDefault(),
            _ => null,
        };
        var actions = new List<string>();
        string? sourceType = null, agent = null, when = null;
        var actionsNode = store.Child(C2paIds.ActionsLabel) ?? store.Child("c2pa.actions");
        if (actionsNode?.ContentBox("cbor")?.Payload is { } actionBytes && Cbor.Decode(actionBytes) is Dictionary<string, object?> map
            && map.GetValueOrDefault("actions") is List<object?> list)
        {
            foreach (var action in list.OfType<Dictionary<string, object?>>())
            {
                if (action.GetValueOrDefault("action") is string name) actions.Add(name);
                sourceType ??= action.GetValueOrDefault("digitalSourceType") as string;
                when ??= action.GetValueOrDefault("when") as string;
                agent ??= action.GetValueOrDefault("softwareAgent") switch
                {
                    string s => s,
                    Dictionary<string, object?> info => info.GetValueOrDefault("name") as string,
                    _ => null,
                };
            }
        }
        var cameos = store.Child(C2paIds.CameosLabel)?.ContentBox("cbor")?.Payload is { } cameoBytes && Cbor.Decode(cameoBytes) is Dictionary<string, object?> cameoMap
                     && cameoMap.GetValueOrDefault("cameos") is List<object?> cameoList
            ? cameoList.OfType<Dictionary<string, object?>>().Select(c => c.GetValueOrDefault("handle") as string ?? "").ToList()
            : null;
        var leaf = chain.FirstOrDefault();
        return new ManifestSummary(manifest.Label ?? "", generator?.GetValueOrDefault("name") as string ?? claim.GetValueOrDefault("claim_generator") as string,
            generator?.GetValueOrDefault("version") as string, store.Children.Select(c => c.Label ?? "").ToList(), actions, sourceType, agent, when,
            leaf?.Subject, leaf?.Issuer, leaf is null ? null : new DateTimeOffset(leaf.NotAfter.ToUniversalTime()),
            store.Children.Any(c => c.Label?.StartsWith("c2pa.thumbnail.claim", StringComparison.Ordinal) == true), cameos);
    }
}
