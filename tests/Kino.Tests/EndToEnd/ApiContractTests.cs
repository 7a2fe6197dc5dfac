using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kino.Tests.Support;

namespace Kino.Tests.EndToEnd;

/// <summary>One all-in-one platform with tight limits, shared by the API contract tests.</summary>
public sealed class LimitedPlatform : IAsyncLifetime
{
    public KinoPlatform Platform { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Platform = await KinoPlatform.StartAsync(distributed: false, new Dictionary<string, string>
    {
        ["Kino__Gateway__Plans__free__DailyVideos"] = "2",
        ["Kino__Gateway__Plans__free__RequestsPerMinute"] = "60",
        ["Kino__Gateway__MaxBodyBytes"] = "1048576",
        ["Kino__Gateway__AllowedRegions__0"] = "DE",
        ["Kino__Gateway__AllowUnknownRegion"] = "true",
        ["Kino__Gateway__InviteOnly"] = "true",
    });

    public ValueTask DisposeAsync() => Platform.DisposeAsync();
}

/// <summary>Bad input, auth, ownership and limits: the right status and OpenAI's error shape, never a 500, nothing half-written.</summary>
public sealed class ApiContractTests(LimitedPlatform fixture) : IClassFixture<LimitedPlatform>
{
    private readonly KinoPlatform _platform = fixture.Platform;

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static StringContent Raw(string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task<JsonElement> ExpectErrorAsync(HttpResponseMessage response, HttpStatusCode status, string? code = null, string? param = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("type").GetString()));
        Assert.True(error.TryGetProperty("param", out _));
        if (code is not null) Assert.Equal(code, error.GetProperty("code").GetString());
        if (param is not null) Assert.Equal(param, error.GetProperty("param").GetString());
        return error;
    }

    [Fact]
    public async Task Bad_create_requests_get_400_and_leave_nothing_behind()
    {
        using var user = await _platform.NewUserAsync();
        var cases = new (HttpContent Body, string Code, string? Param)[]
        {
            (Raw("{\"prompt\": \"a cat\"", "application/json"), "invalid_json", null),
            (Raw("[1,2]", "application/json"), "invalid_json", null),
            (Json(new { prompt = "a cat", colour = "red" }), "unknown_parameter", "colour"),
            (Json(new { prompt = "" }), "missing_required_parameter", "prompt"),
            (Json(new { prompt = "   " }), "missing_required_parameter", "prompt"),
            (Json(new { seconds = "4" }), "missing_required_parameter", "prompt"),
            (Json(new { prompt = new string('a', 4001) }), "string_above_max_length", "prompt"),
            (Json(new { prompt = "a cat", size = "640x480" }), "invalid_value", "size"),
            (Json(new { prompt = "a cat", seconds = "5" }), "invalid_value", "seconds"),
            (Json(new { prompt = "a cat", seconds = "-4" }), "invalid_value", "seconds"),
            (Json(new { prompt = "a cat", model = "dall-e-3" }), "invalid_value", "model"),
            (Json(new { prompt = "a cat", input_reference = new { image_url = "http://169.254.169.254/latest" } }), "image_url_forbidden", "input_reference.image_url"),
            (Json(new { prompt = "a cat", input_reference = new { image_url = "file:///etc/passwd" } }), "unsupported_image_url", "input_reference.image_url"),
            (Json(new { prompt = "a cat", input_reference = new { image_url = "data:image/png;base64,aGVsbG8=" } }), "invalid_image", "input_reference.image_url"),
            (Json(new { prompt = "a cat", seed = "x1" }), "invalid_value", "seed"),
            (Json(new { prompt = "a cat", seed = -3 }), "invalid_value", "seed"),
            (Json(new { prompt = "a cat", storyboard = "nope" }), "invalid_value", "storyboard"),
            (Json(new { prompt = "a cat", storyboard = new[] { new { prompt = "a", seconds = 0.7 } } }), "invalid_value", "storyboard"),
            (Json(new { prompt = "a cat", storyboard = new[] { new { prompt = "", seconds = 4.0 } } }), "invalid_value", "storyboard"),
            (Json(new { prompt = "a cat", seconds = "8", storyboard = new[] { new { prompt = "a", seconds = 4.0 } } }), "invalid_value", "storyboard"),
            (Json(new { prompt = "a cat", storyboard = new[] { new { prompt = "a", seconds = 5.0 } } }), "invalid_value", "seconds"),
            (Raw("prompt=a+cat", "application/x-www-form-urlencoded"), "unsupported_content_type", null),
            (Raw("--x\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\na cat\r\n", "multipart/form-data; boundary=x"), "invalid_multipart", null),
            (Raw("garbage", "multipart/form-data"), "invalid_multipart", null),
            (Raw("--b\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\na cat\r\n--b\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\na dog\r\n--b--\r\n", "multipart/form-data; boundary=b"), "duplicate_parameter", "prompt"),
            (Raw("--b\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"x.png\"\r\nContent-Type: image/png\r\n\r\nnot an image\r\n--b\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\na cat\r\n--b--\r\n", "multipart/form-data; boundary=b"), "invalid_image", "input_reference"),
        };
        foreach (var (body, code, param) in cases)
            await ExpectErrorAsync(await user.PostAsync("/v1/videos", body), HttpStatusCode.BadRequest, code, param);

        await ExpectErrorAsync(await user.PostAsync("/v1/videos/extensions", Json(new { prompt = "more", seconds = "4", video = new { id = "video_nope" } })), HttpStatusCode.NotFound, "not_found");
        await ExpectErrorAsync(await user.PostAsync("/v1/videos/extensions", Json(new { prompt = "more", seconds = "4" })), HttpStatusCode.BadRequest, "missing_required_parameter", "video");
        await ExpectErrorAsync(await user.PostAsync("/v1/videos/extensions", Json(new { seconds = "4", video = "video_nope" })), HttpStatusCode.BadRequest, "missing_required_parameter", "prompt");
        await ExpectErrorAsync(await user.PostAsync("/v1/videos/extensions", Json(new { prompt = "more", video = "x", extra = 1 })), HttpStatusCode.BadRequest, "unknown_parameter", "extra");

        await ExpectErrorAsync(await user.GetAsync("/v1/videos?limit=0"), HttpStatusCode.BadRequest, param: "limit");
        await ExpectErrorAsync(await user.GetAsync("/v1/videos?order=sideways"), HttpStatusCode.BadRequest, param: "order");
        await ExpectErrorAsync(await user.GetAsync("/v1/videos?after=video_nope"), HttpStatusCode.BadRequest, param: "after");
        await ExpectErrorAsync(await user.GetAsync("/v1/videos/video_nope"), HttpStatusCode.NotFound, "not_found");

        var list = JsonDocument.Parse(await user.GetStringAsync("/v1/videos")).RootElement;
        Assert.Empty(list.GetProperty("data").EnumerateArray());
        Assert.Empty(Directory.Exists(Path.Combine(_platform.DataDirectory, "blobs", "jobs"))
            ? Directory.GetDirectories(Path.Combine(_platform.DataDirectory, "blobs", "jobs")).Where(d => Directory.GetFiles(d, "input-reference").Length > 0)
            : []);
    }

    [Fact]
    public async Task Multipart_with_quoted_or_unquoted_boundary_and_names_is_accepted()
    {
        using var user = await _platform.NewUserAsync();
        foreach (var (contentType, name) in new[] { ("multipart/form-data; boundary=\"q-1\"", "\"prompt\""), ("multipart/form-data; boundary=q-1", "prompt") })
        {
            var body = $"--q-1\r\nContent-Disposition: form-data; name={name}\r\n\r\nA lighthouse in a storm\r\n--q-1\r\nContent-Disposition: form-data; name=seconds\r\n\r\n4\r\n--q-1--\r\n";
            var response = await user.PostAsync("/v1/videos", Raw(body, contentType));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var video = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("A lighthouse in a storm", video.GetProperty("prompt").GetString());
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        using var user = await _platform.NewUserAsync();
        var image = new byte[2 * 1024 * 1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(image, 0);
        using var form = new MultipartFormDataContent { { new StringContent("a cat"), "prompt" }, { new ByteArrayContent(image), "input_reference", "big.png" } };
        // Expect: 100-continue lets the server refuse before the client sends the body (as curl does for large uploads),
        // so the 413 arrives instead of a reset mid-upload.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/videos") { Content = form };
        request.Headers.ExpectContinue = true;
        await ExpectErrorAsync(await user.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "request_too_large");
    }

    [Fact]
    public async Task Missing_or_wrong_keys_get_401_and_non_admins_get_403_on_admin_routes()
    {
        using var anonymous = new HttpClient { BaseAddress = _platform.BaseUrl };
        await ExpectErrorAsync(await anonymous.GetAsync("/v1/videos"), HttpStatusCode.Unauthorized, "missing_api_key");
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-kino-wrong");
        await ExpectErrorAsync(await anonymous.PostAsync("/v1/videos", Json(new { prompt = "a cat" })), HttpStatusCode.Unauthorized, "invalid_api_key");
        using var user = await _platform.NewUserAsync();
        await ExpectErrorAsync(await user.PostAsync("/v1/admin/api_keys", Json(new { name = "x", plan = "pro" })), HttpStatusCode.Forbidden, "admin_required");
        await ExpectErrorAsync(await _platform.Http.PostAsync("/v1/admin/api_keys", Json(new { name = "x", plan = "gold" })), HttpStatusCode.BadRequest, param: "plan");
        // The public handle shown in the visible watermark: validated, returned.
        await ExpectErrorAsync(await _platform.Http.PostAsync("/v1/admin/api_keys", Json(new { name = "x", handle = "Not A Handle!" })), HttpStatusCode.BadRequest, param: "handle");
        var withHandle = JsonDocument.Parse(await (await _platform.Http.PostAsync("/v1/admin/api_keys", Json(new { name = "x", handle = "maria_k" }))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("maria_k", withHandle.GetProperty("handle").GetString());
        await ExpectErrorAsync(await _platform.Http.GetAsync("/v1/videos/video_00000000000000000000000000000000/content?visible_watermark=maybe"), HttpStatusCode.BadRequest, param: "visible_watermark");
    }

    [Fact]
    public async Task Nobody_reads_lists_downloads_remixes_or_deletes_another_owners_video_and_revoked_keys_stop_working()
    {
        var created = JsonDocument.Parse(await (await _platform.Http.PostAsync("/v1/videos", Json(new { prompt = "The admin's own video" }))).Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetString()!;
        using var other = await _platform.NewUserAsync();
        await ExpectErrorAsync(await other.GetAsync($"/v1/videos/{id}"), HttpStatusCode.NotFound);
        await ExpectErrorAsync(await other.GetAsync($"/v1/videos/{id}/content"), HttpStatusCode.NotFound);
        await ExpectErrorAsync(await other.PostAsync($"/v1/videos/{id}/remix", Json(new { prompt = "mine now" })), HttpStatusCode.NotFound);
        await ExpectErrorAsync(await other.DeleteAsync($"/v1/videos/{id}"), HttpStatusCode.NotFound);
        await ExpectErrorAsync(await other.GetAsync($"/v1/videos?after={id}"), HttpStatusCode.BadRequest, param: "after");
        Assert.Empty(JsonDocument.Parse(await other.GetStringAsync("/v1/videos")).RootElement.GetProperty("data").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await _platform.Http.GetAsync($"/v1/videos/{id}")).StatusCode);

        // Content of an unfinished video is a conflict, not a 500.
        var status = JsonDocument.Parse(await _platform.Http.GetStringAsync($"/v1/videos/{id}")).RootElement.GetProperty("status").GetString();
        if (status != "completed")
            await ExpectErrorAsync(await _platform.Http.GetAsync($"/v1/videos/{id}/content"), HttpStatusCode.Conflict, "video_not_ready");
        await ExpectErrorAsync(await _platform.Http.GetAsync($"/v1/videos/{id}/content?variant=gif"), HttpStatusCode.BadRequest, param: "variant");

        var keyResponse = JsonDocument.Parse(await (await _platform.Http.PostAsync("/v1/admin/api_keys", Json(new { name = "temp", plan = "free" }))).Content.ReadAsStringAsync()).RootElement;
        using var temp = new HttpClient { BaseAddress = _platform.BaseUrl };
        temp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", keyResponse.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await temp.GetAsync("/v1/videos")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _platform.Http.DeleteAsync($"/v1/admin/api_keys/{keyResponse.GetProperty("id").GetString()}")).StatusCode);
        await ExpectErrorAsync(await temp.GetAsync("/v1/videos"), HttpStatusCode.Unauthorized, "invalid_api_key");
        await ExpectErrorAsync(await _platform.Http.DeleteAsync("/v1/admin/api_keys/key_nope"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Plans_limit_requests_per_minute_and_videos_per_day_with_429_and_Retry_After()
    {
        using var free = await _platform.NewUserAsync("free");
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await free.PostAsync("/v1/videos", Json(new { prompt = $"Quota video {i}" }))).StatusCode);
        var over = await free.PostAsync("/v1/videos", Json(new { prompt = "One too many" }));
        await ExpectErrorAsync(over, (HttpStatusCode)429, "quota_exceeded");
        Assert.True(over.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(2, JsonDocument.Parse(await free.GetStringAsync("/v1/videos")).RootElement.GetProperty("data").GetArrayLength());

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 80 && limited is null; i++)
        {
            var response = await free.GetAsync("/v1/videos?limit=1");
            if ((int)response.StatusCode == 429) limited = response;
        }
        Assert.NotNull(limited);
        await ExpectErrorAsync(limited, (HttpStatusCode)429, "rate_limit_exceeded");
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task Regions_outside_the_allow_list_get_403_region_not_supported()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/videos");
        request.Headers.Add("CF-IPCountry", "US");
        await ExpectErrorAsync(await _platform.Http.SendAsync(request), HttpStatusCode.Forbidden, "region_not_supported");
        request = new HttpRequestMessage(HttpMethod.Get, "/v1/videos");
        request.Headers.Add("CF-IPCountry", "DE");
        Assert.Equal(HttpStatusCode.OK, (await _platform.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task An_invite_code_creates_a_key_once()
    {
        var invite = JsonDocument.Parse(await (await _platform.Http.PostAsync("/v1/admin/invites", Json(new { plan = "plus" }))).Content.ReadAsStringAsync()).RootElement;
        using var anonymous = new HttpClient { BaseAddress = _platform.BaseUrl };
        var redeemed = await anonymous.PostAsync("/v1/invites/redeem", Json(new { code = invite.GetProperty("code").GetString(), name = "new user" }));
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        var key = JsonDocument.Parse(await redeemed.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("plus", key.GetProperty("plan").GetString());
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/videos")).StatusCode);
        await ExpectErrorAsync(await anonymous.PostAsync("/v1/invites/redeem", Json(new { code = invite.GetProperty("code").GetString(), name = "again" })), HttpStatusCode.Forbidden, "invalid_invite");
    }

    [Fact]
    public async Task A_blocked_prompt_fails_the_job_with_a_clear_error_code()
    {
        var created = JsonDocument.Parse(await (await _platform.Http.PostAsync("/v1/videos", Json(new { prompt = "Lots of GORE everywhere" }))).Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement video;
        do
        {
            await Task.Delay(200);
            video = JsonDocument.Parse(await _platform.Http.GetStringAsync($"/v1/videos/{id}")).RootElement;
        } while (video.GetProperty("status").GetString() != "failed" && DateTime.UtcNow < deadline);
        Assert.Equal("failed", video.GetProperty("status").GetString());
        Assert.Equal("moderation_blocked", video.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(video.GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task The_feed_and_OpenAPI_document_are_served_through_the_gateway()
    {
        Assert.Equal(HttpStatusCode.OK, (await _platform.Http.GetAsync("/v1/feed")).StatusCode);
        var openapi = JsonDocument.Parse(await _platform.Http.GetStringAsync("/v1/openapi.json")).RootElement;
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/v1/videos", out _));
        using var anonymous = new HttpClient { BaseAddress = _platform.BaseUrl };
        // The internal API is not reachable without the gateway's internal token.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/feed")).StatusCode);
        var spoofed = new HttpRequestMessage(HttpMethod.Get, "/feed");
        spoofed.Headers.Add("X-Kino-Owner", "owner_admin");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.SendAsync(spoofed)).StatusCode);
    }
}
