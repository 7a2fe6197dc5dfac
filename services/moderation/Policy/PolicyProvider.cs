using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Kino.Moderation.Policy;

/// <summary>
/// Holds the running policy and reloads it when the file's content changes. Polling the content (not file events)
/// also sees a Kubernetes ConfigMap update, which swaps a symlink. An invalid file is logged and ignored.
/// </summary>
public sealed class PolicyProvider : BackgroundService
{
    private readonly ModerationOptions _options;
    private readonly ILogger<PolicyProvider> _logger;
    private byte[] _loadedHash;

    public PolicyProvider(IOptions<ModerationOptions> options, ILogger<PolicyProvider> logger)
    {
        _options = options.Value;
        _logger = logger;
        // The first load must succeed: a service without a policy would let everything through.
        var bytes = File.ReadAllBytes(_options.PolicyFile);
        Current = Parse(bytes, _options.PolicyFile);
        _loadedHash = SHA256.HashData(bytes);
        _logger.LogInformation("Moderation policy {Version} loaded from {Path}", Current.Policy.Version, _options.PolicyFile);
    }

    public CompiledPolicy Current { get; private set; }

    /// <summary>Parses, validates and compiles a policy file's content; throws <see cref="InvalidPolicyException"/>.</summary>
    public static CompiledPolicy Parse(byte[] bytes, string path)
    {
        ModerationPolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<ModerationPolicy>(bytes, ModerationPolicy.Json);
        }
        catch (JsonException e)
        {
            throw new InvalidPolicyException([$"{Path.GetFileName(path)} is not valid policy JSON: {e.Message}"]);
        }
        return CompiledPolicy.Compile(policy ?? throw new InvalidPolicyException(["the file is empty"]));
    }

    /// <summary>Loads the file again if it changed; returns whether a new policy is in force.</summary>
    public bool ReloadIfChanged()
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(_options.PolicyFile); }
        catch (IOException e)
        {
            _logger.LogError("Moderation policy file {Path} cannot be read ({Error}); policy {Version} stays in force", _options.PolicyFile, e.Message, Current.Policy.Version);
            return false;
        }
        var hash = SHA256.HashData(bytes);
        if (hash.AsSpan().SequenceEqual(_loadedHash)) return false;
        // Whatever happens next, these bytes have been judged: a broken file is reported once, not on every check.
        _loadedHash = hash;
        try
        {
            var policy = Parse(bytes, _options.PolicyFile);
            var previous = Current.Policy.Version;
            Current = policy;
            _logger.LogInformation("Moderation policy reloaded: {Previous} → {Version}", previous, policy.Policy.Version);
            return true;
        }
        catch (InvalidPolicyException e)
        {
            _logger.LogError("Moderation policy file rejected, policy {Version} stays in force: {Problems}", Current.Policy.Version, string.Join("; ", e.Problems));
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.PolicyCheckSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken)) ReloadIfChanged();
    }
}
