using System.Security.Cryptography;
using System.Text;

namespace Kino.Tests.Security;

/// <summary>
/// A secret and the spellings it could leak in: as given, and its bytes as base64, base64url and hex. A PEM private
/// key adds its DER body, each of its PEM lines, and for EC keys the private scalar itself.
/// </summary>
public sealed record SecretForms(string Name, IReadOnlyList<string> Forms)
{
    /// <summary>Shorter spellings would match by chance.</summary>
    private const int MinLength = 16;

    public static SecretForms OfText(string name, string secret) => new(name, Spellings([secret], Encoding.UTF8.GetBytes(secret)));

    /// <summary>A key given as base64 (e.g. the cameo media key): the text, and the spellings of the bytes it holds.</summary>
    public static SecretForms OfBase64(string name, string secret) => new(name, Spellings([secret], Convert.FromBase64String(secret)));

    public static SecretForms OfPrivateKeyPem(string name, string pem)
    {
        var fields = PemEncoding.Find(pem);
        var body = pem[fields.Base64Data];
        var der = Convert.FromBase64String(body);
        var forms = new List<string>(Spellings([], der));
        forms.AddRange(body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(line => line.Length >= 40));
        try
        {
            using var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            forms.AddRange(Spellings([], ec.ExportParameters(includePrivateParameters: true).D!));
        }
        catch (CryptographicException) { }   // not an EC key: its DER spellings cover it
        return new(name, forms.Distinct().Where(f => f.Length >= MinLength).ToList());
    }

    private static List<string> Spellings(IEnumerable<string> given, byte[] bytes) =>
        given.Concat([Convert.ToBase64String(bytes), Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
                Convert.ToHexStringLower(bytes), Convert.ToHexString(bytes)])
            .Distinct().Where(f => f.Length >= MinLength).ToList();

    /// <summary>The first spelling found in the text, or null.</summary>
    public string? FoundIn(string text) => Forms.FirstOrDefault(form => text.Contains(form, StringComparison.Ordinal));

    /// <summary>Every private key the provenance service made under the data folder (its development CA and signer).</summary>
    public static IEnumerable<SecretForms> SigningKeys(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "provenance", "keys");
        Assert.True(Directory.Exists(folder), $"no signing keys under {folder}");
        var keys = Directory.GetFiles(folder, "*key*.pem");
        Assert.NotEmpty(keys);
        return keys.Select(file => OfPrivateKeyPem("C2PA signing key " + Path.GetFileName(file), File.ReadAllText(file)));
    }
}
