using System.Security.Cryptography;
using Kino.Cameo;
using Kino.Cameo.Privacy;
using Kino.Storage;
using Kino.Storage.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kino.Tests.Cameo;

/// <summary>Cameo media at rest: AES-256-GCM in the real file blob store, read back from the disk.</summary>
public sealed class MediaVaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-vault-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileBlobStore Blobs() => new(_folder);

    [Fact]
    public async Task Media_is_stored_encrypted_and_reads_back_whole()
    {
        var blobs = Blobs();
        var vault = new MediaVault(blobs, RandomNumberGenerator.GetBytes(32));
        var face = File.ReadAllBytes(Path.Combine(Support.Repo.Root, ".kino/fixtures/astronaut.png"));
        await vault.PutAsync("cameos/char_x/face.png", face, "image/png", CancellationToken.None);

        var onDisk = Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Select(File.ReadAllBytes).Single(b => b.Length > face.Length);
        Assert.False(onDisk.AsSpan().IndexOf(face.AsSpan(0, 64)) >= 0, "the stored bytes contain the plaintext");
        Assert.False(onDisk.AsSpan().IndexOf("PNG"u8) is >= 0 and < 64, "the stored bytes start like a PNG");
        Assert.Equal(face, await vault.GetAsync("cameos/char_x/face.png", CancellationToken.None));
    }

    [Fact]
    public async Task A_tampered_blob_a_moved_blob_and_a_wrong_key_all_fail_to_open()
    {
        var blobs = Blobs();
        var key = RandomNumberGenerator.GetBytes(32);
        var vault = new MediaVault(blobs, key);
        await vault.PutAsync("cameos/char_x/face.png", [1, 2, 3, 4, 5, 6, 7, 8], "image/png", CancellationToken.None);

        // Copied under another key: the key is authenticated data.
        await using (var stream = (await blobs.OpenReadAsync("cameos/char_x/face.png"))!)
            await blobs.PutAsync("cameos/char_y/face.png", stream, "application/octet-stream");
        await Assert.ThrowsAnyAsync<CryptographicException>(() => vault.GetAsync("cameos/char_y/face.png", CancellationToken.None));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => new MediaVault(blobs, RandomNumberGenerator.GetBytes(32)).GetAsync("cameos/char_x/face.png", CancellationToken.None));

        using var original = new MemoryStream();
        await (await blobs.OpenReadAsync("cameos/char_x/face.png"))!.CopyToAsync(original);
        var tampered = original.ToArray();
        tampered[^1] ^= 1;
        await blobs.PutAsync("cameos/char_x/face.png", new MemoryStream(tampered), "application/octet-stream");
        await Assert.ThrowsAnyAsync<CryptographicException>(() => vault.GetAsync("cameos/char_x/face.png", CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_cameos_media_leaves_nothing_on_disk()
    {
        var blobs = Blobs();
        var vault = new MediaVault(blobs, RandomNumberGenerator.GetBytes(32));
        await vault.PutAsync("cameos/char_x/face.png", [1, 2, 3], "image/png", CancellationToken.None);
        await vault.PutAsync("cameos/char_x/upload", [4, 5, 6], "application/octet-stream", CancellationToken.None);
        await vault.PutAsync("cameos/char_z/face.png", [7], "image/png", CancellationToken.None);
        await vault.DeleteAllAsync("char_x", CancellationToken.None);
        Assert.Null(await vault.GetAsync("cameos/char_x/face.png", CancellationToken.None));
        Assert.DoesNotContain(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories), f => f.Contains("char_x"));
        Assert.NotNull(await vault.GetAsync("cameos/char_z/face.png", CancellationToken.None));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void A_configured_key_must_be_32_bytes_of_base64(string key) =>
        Assert.Throws<OptionsValidationException>(() => MediaVault.LoadKey(new CameoOptions { EncryptionKey = key }, new StorageOptions { DataDirectory = _folder }, NullLogger.Instance));
}
