using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;

namespace Kino.Provenance.C2pa;

/// <summary>What a manifest says about one video: its generator, the model, the parent (remix or extension), the hard binding, the cameos shown.</summary>
public sealed record ManifestRequest(string GeneratorName, string GeneratorVersion, string Model, Guid? ParentJobId, byte[] BmffHash, byte[]? ThumbnailJpeg,
    DateTimeOffset CreatedAt, ParentVideo? Parent = null, IReadOnlyList<Kino.Contracts.CameoRef>? Cameos = null);

/// <summary>The video a remix or an extension was made from, and its manifest store when it has one.</summary>
public sealed record ParentVideo(string Relationship, string Description, JumbfNode? ManifestStore, VerificationReport Validation)
{
    /// <summary>A parent MP4 as an ingredient: its manifest store and what validating it against the anchors found.</summary>
    public static ParentVideo Read(Stream stream, string description, System.Security.Cryptography.X509Certificates.X509Certificate2Collection anchors, DateTimeOffset now) =>
        new("parentOf", description, C2paVerifier.ReadManifestStore(stream), C2paVerifier.Verify(stream, anchors, now));
}

/// <summary>
/// Builds a C2PA manifest store (JUMBF) with a v2 claim: created assertions (actions v2, the BMFF v3 hard binding,
/// a thumbnail, the training-and-mining assertion), each referenced by a hashed URI, and the claim signed with COSE_Sign1.
/// </summary>
public static class ManifestBuilder
{
    public static async Task<byte[]> BuildAsync(ManifestRequest request, ClaimSigner signer, CancellationToken ct)
    {
        var assertions = new List<(string Label, byte[] Box)>();
        List<byte[]> parentManifests = [];
        byte[]? ingredient = null;
        if (request.Parent is { } parent)
        {
            // The parent's manifests travel in this store; the ingredient points at its active manifest and signature.
            var manifests = parent.ManifestStore?.ChildrenOfType(C2paIds.Manifest) ?? [];
            parentManifests = manifests.Select(m => Jumbf.Box("jumb", m.Payload.Span)).ToList();
            ingredient = CborAssertion(C2paIds.IngredientLabel, Ingredient(parent, manifests.LastOrDefault()));
            assertions.Add((C2paIds.IngredientLabel, ingredient));
        }
        assertions.AddRange(new List<(string Label, byte[] Box)>
        {
            (C2paIds.ActionsLabel, CborAssertion(C2paIds.ActionsLabel, Actions(request, ingredient))),
            (C2paIds.BmffHashLabel, CborAssertion(C2paIds.BmffHashLabel, BmffHashAssertion(request.BmffHash))),
            (C2paIds.TrainingMiningLabel, CborAssertion(C2paIds.TrainingMiningLabel, TrainingMining())),
        });
        if (request.Cameos is { Count: > 0 } cameos) assertions.Add((C2paIds.CameosLabel, CborAssertion(C2paIds.CameosLabel, Cameos(cameos))));
        if (request.ThumbnailJpeg is { } jpeg) assertions.Add((C2paIds.ThumbnailLabel, Thumbnail(jpeg)));

        var claim = Claim(request, assertions);
        var signature = await signer.SignAsync(claim, ct);
        var manifestLabel = "urn:c2pa:" + Guid.NewGuid().ToString("D");
        var manifest = Jumbf.SuperBox(C2paIds.Manifest, manifestLabel,
            Jumbf.SuperBox(C2paIds.AssertionStore, C2paIds.AssertionStoreLabel, assertions.Select(a => a.Box)),
            Jumbf.SuperBox(C2paIds.Claim, C2paIds.ClaimLabel, Jumbf.Box("cbor", claim)),
            Jumbf.SuperBox(C2paIds.Signature, C2paIds.SignatureLabel, Jumbf.Box("cbor", signature)));
        return Jumbf.SuperBox(C2paIds.ManifestStore, "c2pa", [.. parentManifests, manifest]);
    }

    private static byte[] CborAssertion(string label, byte[] cbor) => Jumbf.SuperBox(C2paIds.CborAssertion, label, Jumbf.Box("cbor", cbor));

    private static byte[] Thumbnail(byte[] jpeg)
    {
        var mediaType = Encoding.ASCII.GetBytes("image/jpeg\0");
        return Jumbf.SuperBox(C2paIds.EmbeddedFile, C2paIds.ThumbnailLabel,
            Jumbf.Box("bfdb", [0x00, .. mediaType]), Jumbf.Box("bidb", jpeg));
    }

    private static byte[] Claim(ManifestRequest request, List<(string Label, byte[] Box)> assertions)
    {
        var w = new CborWriter();
        w.WriteStartMap(null);
        w.WriteTextString("instanceID"); w.WriteTextString("xmp:iid:" + Guid.NewGuid().ToString("D"));
        w.WriteTextString("claim_generator_info");
        w.WriteStartMap(null);
        w.WriteTextString("name"); w.WriteTextString(request.GeneratorName);
        w.WriteTextString("version"); w.WriteTextString(request.GeneratorVersion);
        w.WriteEndMap();
        w.WriteTextString("signature"); w.WriteTextString("self#jumbf=" + C2paIds.SignatureLabel);
        w.WriteTextString("created_assertions");
        w.WriteStartArray(assertions.Count);
        foreach (var (label, box) in assertions)
        {
            w.WriteStartMap(null);
            w.WriteTextString("url"); w.WriteTextString($"self#jumbf={C2paIds.AssertionStoreLabel}/{label}");
            w.WriteTextString("hash"); w.WriteByteString(SHA256.HashData(Jumbf.Payload(box)));
            w.WriteEndMap();
        }
        w.WriteEndArray();
        w.WriteTextString("alg"); w.WriteTextString("sha256");
        w.WriteEndMap();
        return w.Encode();
    }

    private static void WriteHashedUri(CborWriter w, string url, ReadOnlySpan<byte> boxPayload)
    {
        w.WriteStartMap(null);
        w.WriteTextString("url"); w.WriteTextString(url);
        w.WriteTextString("hash"); w.WriteByteString(SHA256.HashData(boxPayload));
        w.WriteEndMap();
    }

    /// <summary>c2pa.ingredient.v3 for the parent video: parentOf, its format, and hashed URIs to its manifest and signature.</summary>
    private static byte[] Ingredient(ParentVideo parent, JumbfNode? manifest)
    {
        var w = new CborWriter();
        w.WriteStartMap(null);
        w.WriteTextString("dc:title"); w.WriteTextString(parent.Description);
        w.WriteTextString("dc:format"); w.WriteTextString("video/mp4");
        w.WriteTextString("relationship"); w.WriteTextString(parent.Relationship);
        if (manifest is not null && manifest.Child(C2paIds.SignatureLabel) is { } signature)
        {
            w.WriteTextString("activeManifest"); WriteHashedUri(w, $"self#jumbf=/c2pa/{manifest.Label}", manifest.Payload.Span);
            w.WriteTextString("claimSignature"); WriteHashedUri(w, $"self#jumbf=/c2pa/{manifest.Label}/{C2paIds.SignatureLabel}", signature.Payload.Span);
            // What validating the parent found when it became an ingredient.
            w.WriteTextString("validationResults");
            w.WriteStartMap(null);
            w.WriteTextString("activeManifest");
            w.WriteStartMap(null);
            foreach (var (name, statuses) in new[] { ("success", parent.Validation.Success), ("informational", []), ("failure", parent.Validation.Failure) })
            {
                w.WriteTextString(name);
                w.WriteStartArray(statuses.Count);
                foreach (var status in statuses)
                {
                    w.WriteStartMap(null);
                    w.WriteTextString("code"); w.WriteTextString(status.Code);
                    if (status.Url is not null) { w.WriteTextString("url"); w.WriteTextString(status.Url); }
                    w.WriteTextString("explanation"); w.WriteTextString(status.Explanation);
                    w.WriteEndMap();
                }
                w.WriteEndArray();
            }
            w.WriteEndMap();
            w.WriteEndMap();
        }
        w.WriteEndMap();
        return w.Encode();
    }

    private static byte[] Actions(ManifestRequest request, byte[]? ingredient)
    {
        var w = new CborWriter();
        w.WriteStartMap(null);
        w.WriteTextString("actions");
        w.WriteStartArray(null);
        if (ingredient is not null)
        {
            // A remix or extension opens its parent, then generates from it.
            w.WriteStartMap(null);
            w.WriteTextString("action"); w.WriteTextString("c2pa.opened");
            w.WriteTextString("parameters");
            w.WriteStartMap(null);
            w.WriteTextString("ingredients");
            w.WriteStartArray(1);
            WriteHashedUri(w, $"self#jumbf={C2paIds.AssertionStoreLabel}/{C2paIds.IngredientLabel}", Jumbf.Payload(ingredient));
            w.WriteEndArray();
            w.WriteEndMap();
            w.WriteEndMap();
        }
        w.WriteStartMap(null);
        w.WriteTextString("action"); w.WriteTextString(ingredient is null ? "c2pa.created" : "c2pa.edited");
        if (request.Parent is { } parent) { w.WriteTextString("description"); w.WriteTextString(parent.Description); }
        w.WriteTextString("digitalSourceType"); w.WriteTextString(C2paIds.TrainedAlgorithmicMedia);
        w.WriteTextString("when"); w.WriteTextString(request.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteTextString("softwareAgent");
        w.WriteStartMap(null);
        w.WriteTextString("name"); w.WriteTextString(request.Model);
        w.WriteTextString("version"); w.WriteTextString(request.GeneratorVersion);
        w.WriteEndMap();
        w.WriteEndMap();
        w.WriteEndArray();
        w.WriteEndMap();
        return w.Encode();
    }

    private static byte[] BmffHashAssertion(byte[] hash)
    {
        var w = new CborWriter();
        w.WriteStartMap(null);
        w.WriteTextString("exclusions");
        w.WriteStartArray(null);
        w.WriteStartMap(null);
        w.WriteTextString("xpath"); w.WriteTextString("/uuid");
        w.WriteTextString("data");
        w.WriteStartArray(1);
        w.WriteStartMap(null);
        w.WriteTextString("offset"); w.WriteInt32(8);
        w.WriteTextString("value"); w.WriteByteString(C2paIds.BmffBox);
        w.WriteEndMap();
        w.WriteEndArray();
        w.WriteEndMap();
        foreach (var type in BmffHash.ExcludedTypes)
        {
            w.WriteStartMap(null);
            w.WriteTextString("xpath"); w.WriteTextString("/" + type);
            w.WriteEndMap();
        }
        w.WriteEndArray();
        w.WriteTextString("alg"); w.WriteTextString("sha256");
        w.WriteTextString("hash"); w.WriteByteString(hash);
        w.WriteTextString("name"); w.WriteTextString("jumbf manifest");
        w.WriteEndMap();
        return w.Encode();
    }

    /// <summary>CAWG training and data mining: Kino's videos may not be used to train or feed AI models.</summary>
    /// <summary>{"cameos": [{"id", "handle", "consent": "verified"}]}: who appears, by reference only (never their media).</summary>
    private static byte[] Cameos(IReadOnlyList<Kino.Contracts.CameoRef> cameos)
    {
        var w = new CborWriter();
        w.WriteStartMap(1);
        w.WriteTextString("cameos");
        w.WriteStartArray(cameos.Count);
        foreach (var cameo in cameos)
        {
            w.WriteStartMap(3);
            w.WriteTextString("id"); w.WriteTextString(cameo.CameoId);
            w.WriteTextString("handle"); w.WriteTextString("@" + cameo.Handle);
            w.WriteTextString("consent"); w.WriteTextString("verified");
            w.WriteEndMap();
        }
        w.WriteEndArray();
        w.WriteEndMap();
        return w.Encode();
    }

    private static byte[] TrainingMining()
    {
        var w = new CborWriter();
        w.WriteStartMap(null);
        w.WriteTextString("entries");
        w.WriteStartMap(null);
        foreach (var use in new[] { "cawg.data_mining", "cawg.ai_inference", "cawg.ai_generative_training", "cawg.ai_training" })
        {
            w.WriteTextString(use);
            w.WriteStartMap(null);
            w.WriteTextString("use"); w.WriteTextString("notAllowed");
            w.WriteEndMap();
        }
        w.WriteEndMap();
        w.WriteEndMap();
        return w.Encode();
    }
}
