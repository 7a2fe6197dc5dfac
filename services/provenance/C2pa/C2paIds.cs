namespace Kino.Provenance.C2pa;

/// <summary>The identifiers C2PA fixes: JUMBF content types, the BMFF box UUID, labels.</summary>
public static class C2paIds
{
    /// <summary>A C2PA JUMBF type: four ASCII letters followed by C2PA's fixed suffix (ISO/IEC 19566-5).</summary>
    private static byte[] JumbfType(string fourCc) =>
        [.. System.Text.Encoding.ASCII.GetBytes(fourCc), 0x00, 0x11, 0x00, 0x10, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    public static readonly byte[] ManifestStore = JumbfType("c2pa");
    public static readonly byte[] Manifest = JumbfType("c2ma");
    public static readonly byte[] AssertionStore = JumbfType("c2as");
    public static readonly byte[] Claim = JumbfType("c2cl");
    public static readonly byte[] Signature = JumbfType("c2cs");
    public static readonly byte[] CborAssertion = JumbfType("cbor");
    public static readonly byte[] JsonAssertion = JumbfType("json");
    public static readonly byte[] EmbeddedFile = Convert.FromHexString("40CB0C32BB8A489DA70B2AD6F47F4369");

    /// <summary>The user type of the top-level BMFF 'uuid' box that carries a C2PA manifest store.</summary>
    public static readonly byte[] BmffBox = Convert.FromHexString("D8FEC3D61B0E483C92975828877EC481");

    public const string ClaimLabel = "c2pa.claim.v2";
    public const string SignatureLabel = "c2pa.signature";
    public const string AssertionStoreLabel = "c2pa.assertions";
    public const string ActionsLabel = "c2pa.actions.v2";
    public const string BmffHashLabel = "c2pa.hash.bmff.v3";
    public const string ThumbnailLabel = "c2pa.thumbnail.claim.jpeg";
    public const string TrainingMiningLabel = "cawg.training-mining";
    /// <summary>Kino's own assertion (an entity-specific label): the cameos a video shows, each used with its owner's consent.</summary>
    public const string CameosLabel = "dev.kino.cameos";
    public const string IngredientLabel = "c2pa.ingredient.v3";

    public const string TrainedAlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
}
