using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kino.Tests.Support;
using static Kino.Tests.Security.SecurityPlatform;

namespace Kino.Tests.Security;

/// <summary>
/// Every public endpoint of the gateway, its own and the ones it proxies to the services, called as the owner of the
/// resource, as another user, anonymously and with the admin key. Another user's resource answers 404 exactly like a
/// missing one (never 403, which would say it exists); /v1/admin answers 403 to users; only the two anonymous routes
/// answer without a key. The table is checked against the real route table, so a new endpoint without a row fails.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class AuthorizationMatrixTests(SecurityPlatform fixture)
{
    /// <summary>A request to send in one cell: its path (made per cell when it consumes a resource) and body.</summary>
    private sealed record Row(string Method, string Route, Func<SecurityPlatform, Task<string>> Path, Func<SecurityPlatform, HttpContent?> Body,
        string Owner, string Other, string Anonymous, string Admin);

    private static Row R(string method, string route, string path, string owner, string other, string anonymous, string admin, Func<SecurityPlatform, HttpContent?>? body = null) =>
        new(method, route, f => Task.FromResult(Fill(path, f)), body ?? (_ => null), owner, other, anonymous, admin);

    /// <summary>A row whose path is made anew for each cell (deleting a resource must find one to delete).</summary>
    private static Row Fresh(string method, string route, Func<SecurityPlatform, Task<string>> path, string owner, string other, string anonymous, string admin) =>
        new(method, route, path, _ => null, owner, other, anonymous, admin);

    private static string Fill(string path, SecurityPlatform f) => path
        .Replace("{video}", f.VideoId).Replace("{job}", f.VideoId["video_".Length..]).Replace("{cameo}", f.CameoId)
        .Replace("{owner}", f.OwnerId).Replace("{other}", f.OtherId).Replace("{webhook}", f.WebhookId);

    private static Func<SecurityPlatform, HttpContent?> Json(object body) => _ => SecurityPlatform.Json(body);
    private static Func<SecurityPlatform, HttpContent?> Json(Func<SecurityPlatform, object> body) => f => SecurityPlatform.Json(body(f));
    private static readonly Func<SecurityPlatform, HttpContent?> EmptyForm = _ => new MultipartFormDataContent { { new StringContent("x"), "name" } };
    private const string NoSuchVideo = "video_00000000000000000000000000000000";

    // Expected answers: a status, optionally with the error's code or param ("404 video_id": the cameo was found, the video not).
    // Cells are called in the order anonymous, other, admin, owner, so the owner's call that consumes a resource comes last.
    private static readonly Row[] Matrix =
    [
        //  method    route                                              path                                                owner        other        anonymous    admin
        R("GET",    "/v1/me",                                          "/v1/me",                                           "200",       "200",       "401",       "200"),
        R("GET",    "/v1/openapi.json",                                "/v1/openapi.json",                                 "200",       "200",       "200",       "200"),
        R("*",      "/v1/{**path}",                                    "/v1/no/such/route",                                "404 unknown_route", "404 unknown_route", "401", "404 unknown_route"),
        R("POST",   "/v1/invites/redeem",                              "/v1/invites/redeem",                               "403 invites_disabled", "403 invites_disabled", "403 invites_disabled", "403 invites_disabled",
            Json(new { code = "inv_x", name = "n" })),
        // Videos: 400 means the caller got past authorisation and ownership and only the body was refused.
        R("POST",   "/v1/videos",                                      "/v1/videos",                                       "400 prompt", "400 prompt", "401",      "400 prompt", Json(new { prompt = "" })),
        R("GET",    "/v1/videos",                                      "/v1/videos",                                       "200",       "200",       "401",       "200"),
        R("GET",    "/v1/videos/{id}",                                 "/v1/videos/{video}",                               "200",       "404",       "401",       "404"),
        R("GET",    "/v1/videos/{id}/content",                         "/v1/videos/{video}/content?variant=thumbnail",     "200",       "404",       "401",       "404"),
        R("POST",   "/v1/videos/{id}/remix",                           "/v1/videos/{video}/remix",                         "400 unknown_parameter", "404", "401",  "404", Json(new { bogus = "x" })),
        R("POST",   "/v1/videos/extensions",                           "/v1/videos/extensions",                            "400 seconds", "404",     "401",       "404",
            Json(f => new { prompt = "more", seconds = "5", video = new { id = f.VideoId } })),
        Fresh("DELETE", "/v1/videos/{id}",                             f => f.DisposableVideo.Value,                       "200",       "404",       "401",       "404"),
        R("GET",    "/v1/videos/{id}/remixes",                         "/v1/videos/{video}/remixes",                       "200",       "200",       "401",       "200"),
        // Admin
        R("POST",   "/v1/admin/api_keys",                              "/v1/admin/api_keys",                               "403",       "403",       "401",       "200", Json(new { name = "matrix" })),
        Fresh("DELETE", "/v1/admin/api_keys/{id}",                     async f => $"/v1/admin/api_keys/{await f.NewKeyIdAsync()}", "403", "403",      "401",       "200"),
        R("POST",   "/v1/admin/invites",                               "/v1/admin/invites",                                "403",       "403",       "401",       "200"),
        R("DELETE", "/v1/admin/accounts/{ownerId}",                    "/v1/admin/accounts/owner_nobody",                  "403",       "403",       "401",       "202"),
        R("GET",    "/v1/admin/jobs/{id}",                             "/v1/admin/jobs/{job}",                             "403",       "403",       "401",       "200"),
        R("GET",    "/v1/admin/moderation/decisions/{id}",             "/v1/admin/moderation/decisions/{video}",           "403",       "403",       "401",       "200"),
        R("POST",   "/v1/admin/moderation/decisions/{id}/override",    "/v1/admin/moderation/decisions/{video}/override",  "403",       "403",       "401",       "400", Json(new { })),
        R("GET",    "/v1/admin/moderation/policy",                     "/v1/admin/moderation/policy",                      "403",       "403",       "401",       "200"),
        R("GET",    "/v1/admin/feed/reports",                          "/v1/admin/feed/reports",                           "403",       "403",       "401",       "200"),
        R("POST",   "/v1/admin/feed/videos/{id}/takedown",             $"/v1/admin/feed/videos/{NoSuchVideo}/takedown",    "403",       "403",       "401",       "404"),
        R("POST",   "/v1/admin/feed/videos/{id}/restore",              $"/v1/admin/feed/videos/{NoSuchVideo}/restore",     "403",       "403",       "401",       "404"),
        // Moderation and provenance checks: anyone with a key.
        R("POST",   "/v1/moderations",                                 "/v1/moderations",                                  "200",       "200",       "401",       "200", Json(new { input = "a cat" })),
        R("POST",   "/v1/content_provenance_checks",                   "/v1/content_provenance_checks",                    "400",       "400",       "401",       "400", EmptyForm),
        R("POST",   "/v1/provenance/verify",                           "/v1/provenance/verify",                            "400",       "400",       "401",       "400", EmptyForm),
        // Feed: published videos are public; following yourself is refused.
        R("GET",    "/v1/feed",                                        "/v1/feed",                                         "200",       "200",       "401",       "200"),
        R("GET",    "/v1/feed/following",                              "/v1/feed/following",                               "200",       "200",       "401",       "200"),
        R("GET",    "/v1/feed/videos/{id}/content",                    "/v1/feed/videos/{video}/content?variant=thumbnail", "200",      "200",       "401",       "200"),
        R("POST",   "/v1/feed/events",                                 "/v1/feed/events",                                  "202",       "202",       "401",       "202",
            Json(f => new { video_id = f.VideoId, type = "view", watch_seconds = 1.5 })),
        R("GET",    "/v1/users/{user}/videos",                         "/v1/users/{owner}/videos",                         "200",       "200",       "401",       "200"),
        R("POST",   "/v1/users/{user}/follow",                         "/v1/users/{owner}/follow",                         "400 invalid_user", "200", "401",        "200"),
        R("DELETE", "/v1/users/{user}/follow",                         "/v1/users/{owner}/follow",                         "200",       "200",       "401",       "200"),
        // Cameos: only their owner sees or changes them.
        R("POST",   "/v1/videos/characters",                           "/v1/videos/characters",                            "400 video", "400 video", "401",       "400 video", EmptyForm),
        R("POST",   "/v1/cameos/characters",                           "/v1/cameos/characters",                            "400 video", "400 video", "401",       "400 video", EmptyForm),
        R("GET",    "/v1/videos/characters/{id}",                      "/v1/videos/characters/{cameo}",                    "200",       "404",       "401",       "404"),
        R("GET",    "/v1/cameos/characters/{id}",                      "/v1/cameos/characters/{cameo}",                    "200",       "404",       "401",       "404"),
        R("GET",    "/v1/cameos",                                      "/v1/cameos",                                       "200",       "200",       "401",       "200"),
        R("GET",    "/v1/cameos/{id}",                                 "/v1/cameos/{cameo}",                               "200",       "404",       "401",       "404"),
        R("PATCH",  "/v1/cameos/{id}",                                 "/v1/cameos/{cameo}",                               "200",       "404",       "401",       "404", Json(new { permission = "approved" })),
        R("GET",    "/v1/cameos/{id}/face",                            "/v1/cameos/{cameo}/face",                          "200",       "404",       "401",       "404"),
        R("POST",   "/v1/cameos/{id}/grants",                          "/v1/cameos/{cameo}/grants",                        "200",       "404",       "401",       "404", Json(f => new { user_id = f.OtherId })),
        R("DELETE", "/v1/cameos/{id}/grants/{userId}",                 "/v1/cameos/{cameo}/grants/{other}",                "200",       "404",       "401",       "404"),
        R("GET",    "/v1/cameos/{id}/videos",                          "/v1/cameos/{cameo}/videos",                        "200",       "404",       "401",       "404"),
        R("DELETE", "/v1/cameos/{id}/videos/{videoId}",                "/v1/cameos/{cameo}/videos/{video}",                "404 video_id", "404 id", "401",       "404 id"),
        R("POST",   "/v1/cameos/{id}/videos/{videoId}/report",         "/v1/cameos/{cameo}/videos/{video}/report",         "404 video_id", "404 id", "401",       "404 id", Json(new { reason = "x" })),
        Fresh("DELETE", "/v1/cameos/{id}",                             f => f.DisposableCameo.Value,                       "200",       "404",       "401",       "404"),
        // Webhooks: the owner's, and the admin may manage any.
        R("POST",   "/v1/webhooks",                                    "/v1/webhooks",                                     "201",       "201",       "401",       "201",
            Json(new { url = "https://93.184.216.34/matrix", event_types = new[] { NeverDelivered } })),
        R("GET",    "/v1/webhooks",                                    "/v1/webhooks",                                     "200",       "200",       "401",       "200"),
        R("GET",    "/v1/webhooks/{id}",                               "/v1/webhooks/{webhook}",                           "200",       "404",       "401",       "200"),
        R("POST",   "/v1/webhooks/{id}/rotate_secret",                 "/v1/webhooks/{webhook}/rotate_secret",             "200",       "404",       "401",       "200"),
        R("GET",    "/v1/webhooks/{id}/deliveries",                    "/v1/webhooks/{webhook}/deliveries",                "200",       "404",       "401",       "200"),
        Fresh("DELETE", "/v1/webhooks/{id}",                           async f => $"/v1/webhooks/{await f.NewWebhookAsync()}", "200",  "404",       "401",       "200"),
    ];

    [Fact]
    public void The_matrix_has_a_row_for_every_public_route_and_no_other()
    {
        var routes = RouteTable.GatewayPublic.Concat(RouteTable.Proxied).Select(e => $"{e.Method} {e.Pattern}").ToHashSet();
        var rows = Matrix.Select(r => $"{r.Method} {r.Route}").ToHashSet();
        Assert.True(routes.Count > 40, $"the route table looks empty: {string.Join(", ", routes)}");
        Assert.Empty(routes.Except(rows).Order());   // an endpoint without a row
        Assert.Empty(rows.Except(routes).Order());   // a row for an endpoint that does not exist
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_the_matrix_says()
    {
        var failures = new List<string>();
        foreach (var row in Matrix)
        {
            foreach (var (caller, client, expected) in new[]
                     {
                         ("anonymous", fixture.Anonymous, row.Anonymous), ("other", fixture.Other, row.Other),
                         ("admin", fixture.Admin, row.Admin), ("owner", fixture.Owner, row.Owner),
                     })
            {
                var path = await row.Path(fixture);
                using var request = new HttpRequestMessage(new HttpMethod(row.Method == "*" ? "GET" : row.Method), path) { Content = row.Body(fixture) };
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (!Matches(expected, (int)response.StatusCode, body))
                    failures.Add($"{row.Method} {path} as {caller}: expected {expected}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>"404" matches the status; "404 video_id" also needs the error's code or param to be video_id.</summary>
    private static bool Matches(string expected, int status, string body)
    {
        var parts = expected.Split(' ');
        if (int.Parse(parts[0]) != status) return false;
        if (parts.Length == 1) return true;
        try
        {
            var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
            return parts[1] == error.GetProperty("code").GetString() || parts[1] == error.GetProperty("param").GetString();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The services' internal endpoints share the all-in-one process's port: without the internal token, or with a
    /// wrong one, every one of them answers 404 with nothing in it, whatever owner header the caller sets.
    /// </summary>
    [Fact]
    public async Task Internal_endpoints_on_the_all_in_one_port_refuse_callers_without_the_internal_token()
    {
        var internalEndpoints = RouteTable.Internal.ToList();
        Assert.Contains(internalEndpoints, e => e.Pattern == "/internal/cameos/consent-checks");
        var failures = new List<string>();
        foreach (var endpoint in internalEndpoints)
        {
            foreach (var token in new[] { null, "", "wrong-token", KinoPlatform.AdminKey })
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), RouteTable.Concrete(endpoint.Pattern))
                {
                    Content = endpoint.Method is "POST" or "PATCH" ? SecurityPlatform.Json(new { }) : null,
                };
                request.Headers.Add("X-Kino-Owner", fixture.OwnerId);
                if (token is not null) request.Headers.Add("X-Kino-Internal-Token", token);
                using var response = await fixture.Anonymous.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != 404 || body.Length > 0)
                    failures.Add($"{endpoint.Method} {endpoint.Pattern} with token '{token}': {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        foreach (var health in new[] { "/health/live", "/health/ready" })
            Assert.True((await fixture.Anonymous.GetAsync(health)).IsSuccessStatusCode, health);
    }
}
