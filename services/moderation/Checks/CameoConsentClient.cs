using System.Net.Http.Json;
using Kino.Contracts;
using Kino.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Kino.Moderation.Checks;

/// <summary>
/// Asks the cameo service whether the requester may use the cameos a prompt names. Its URL is
/// <c>Kino:Moderation:CameoUrl</c>, or this process when the services run together. An unreachable cameo service fails
/// the check (the stage is retried): no likeness is ever used without an answer.
/// </summary>
public sealed class CameoConsentClient(HttpClient http, IOptions<ModerationOptions> options, IOptions<InternalApiOptions> internalApi, IServer server)
{
    public async Task<IReadOnlyList<ConsentCheckResult>> CheckAsync(ConsentCheckRequest check, CancellationToken ct)
    {
        var url = new Uri(new Uri(InternalAddress.Resolve(options.Value.CameoUrl, server)), "/internal/cameos/consent-checks");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(check) };
        request.Headers.Add(InternalApiOptions.Header, internalApi.Value.InternalToken);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<ConsentCheckResult>>(ct)
            ?? throw new InvalidOperationException("The cameo service answered a consent check with nothing.");
    }
}
