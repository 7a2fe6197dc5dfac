using System.Security.Cryptography;
using System.Text;
using Kino.Storage;
using Microsoft.Extensions.Options;

namespace Kino.Watermark;

/// <summary>The watermark secret: from configuration in production, or a development secret kept in the data directory.</summary>
public static class WatermarkSecret
{
    public static byte[] Load(WatermarkOptions options, StorageOptions storage, ILogger logger)
    {
        if (!string.IsNullOrEmpty(options.Secret)) return Encoding.UTF8.GetBytes(options.Secret);
        var (secret, file) = DevelopmentSecrets.ReadOrCreate(storage, "watermark", "secret", () => Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        logger.LogWarning("Watermarks use the DEVELOPMENT secret in {File}; set Kino__Watermark__Secret in production", file);
        return Encoding.UTF8.GetBytes(secret);
    }

    public static WatermarkEngine Engine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WatermarkOptions>>().Value;
        var secret = Load(options, services.GetRequiredService<IOptions<StorageOptions>>().Value, services.GetRequiredService<ILoggerFactory>().CreateLogger("Kino.Watermark"));
        return new WatermarkEngine(secret, options.Settings);
    }
}
