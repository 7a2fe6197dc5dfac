using System.Security.Cryptography;
using System.Text;
using Kino.Storage;
using Microsoft.Extensions.Options;

namespace Kino.Cameo.Privacy;

/// <summary>
/// Cameo media at rest: AES-256-GCM with a fresh nonce per blob and the blob's key as associated data (a ciphertext
/// copied under another key fails to open). Stored as version (1 byte) | nonce (12) | tag (16) | ciphertext.
/// </summary>
public sealed class MediaVault(IBlobStore blobs, byte[] key)
{
    private const byte Version = 1;

    public static string Folder(string cameoId) => $"cameos/{cameoId}/";

    public async Task PutAsync(string blobKey, byte[] plaintext, string contentType, CancellationToken ct)
    {
        var sealedBytes = new byte[1 + 12 + 16 + plaintext.Length];
        sealedBytes[0] = Version;
        var nonce = sealedBytes.AsSpan(1, 12);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, 16))
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(29), sealedBytes.AsSpan(13, 16), Encoding.UTF8.GetBytes(blobKey));
        await blobs.PutAsync(blobKey, new MemoryStream(sealedBytes), "application/octet-stream", ct);
    }

    /// <summary>The plaintext, or null when the blob is gone; a tampered or misplaced blob throws.</summary>
    public async Task<byte[]?> GetAsync(string blobKey, CancellationToken ct)
    {
        await using var stream = await blobs.OpenReadAsync(blobKey, ct);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        var sealedBytes = buffer.ToArray();
        if (sealedBytes.Length < 29 || sealedBytes[0] != Version) throw new CryptographicException($"Cameo blob '{blobKey}' is not a sealed blob.");
        var plaintext = new byte[sealedBytes.Length - 29];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedBytes.AsSpan(1, 12), sealedBytes.AsSpan(29), sealedBytes.AsSpan(13, 16), plaintext, Encoding.UTF8.GetBytes(blobKey));
        return plaintext;
    }

    public Task DeleteAllAsync(string cameoId, CancellationToken ct) => blobs.DeletePrefixAsync(Folder(cameoId), ct);

    /// <summary>The configured key, or a development key kept (owner-only) in the data directory.</summary>
    public static byte[] LoadKey(CameoOptions options, StorageOptions storage, ILogger logger)
    {
        if (!string.IsNullOrEmpty(options.EncryptionKey))
        {
            byte[] configured;
            try { configured = Convert.FromBase64String(options.EncryptionKey); }
            catch (FormatException) { throw new OptionsValidationException(CameoOptions.Section, typeof(CameoOptions), ["Kino:Cameo:EncryptionKey must be base64."]); }
            if (configured.Length != 32)
                throw new OptionsValidationException(CameoOptions.Section, typeof(CameoOptions), [$"Kino:Cameo:EncryptionKey must be 32 bytes (AES-256); it is {configured.Length}."]);
            return configured;
        }
        var (key, file) = DevelopmentSecrets.ReadOrCreate(storage, "cameo", "media.key", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        logger.LogWarning("Cameo media is encrypted with the DEVELOPMENT key in {File}; set Kino__Cameo__EncryptionKey in production", file);
        return Convert.FromBase64String(key);
    }
}
