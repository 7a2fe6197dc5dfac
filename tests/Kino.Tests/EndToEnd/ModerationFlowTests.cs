using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using Kino.Tests.Support;
using OpenAI;
using OpenAI.Moderations;

namespace Kino.Tests.EndToEnd;

/// <summary>One all-in-one platform for the moderation flows, on its own copy of the shipped policy file.</summary>
public sealed class ModerationPlatform : IAsyncLifetime
{
    public KinoPlatform Platform { get; private set; } = null!;
    public string PolicyFile { get; } = Path.Combine(Directory.CreateTempSubdirectory("kino-policy-").FullName, "policy.json");

    public async ValueTask InitializeAsync()
    {
        File.Copy(Path.Combine(Repo.Root, "services/moderation/Data/policy.json"), PolicyFile);
        Platform = await KinoPlatform.StartAsync(distributed: false, new Dictionary<string, string>
        {
            ["Kino__Moderation__PolicyFile"] = PolicyFile,
            ["Kino__Moderation__PolicyCheckSeconds"] = "0.5",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(PolicyFile)!, recursive: true);
    }
}

/// <summary>Moderation through the gateway: OpenAI's moderations API, refused jobs, teen accounts, decision records and overrides.</summary>
public sealed class ModerationFlowTests(ModerationPlatform fixture) : IClassFixture<ModerationPlatform>
{
    private readonly KinoPlatform _platform = fixture.Platform;

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> CreateVideoAsync(HttpClient client, string prompt)
    {
        var response = await client.PostAsync("/v1/videos", Json(new { prompt, seconds = "4", size = "720x1280" }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> WaitAsync(HttpClient client, string id, Func<JsonElement, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var video = JsonDocument.Parse(await client.GetStringAsync($"/v1/videos/{id}")).RootElement.Clone();
            if (until(video)) return video;
            if (DateTime.UtcNow > deadline) throw new TimeoutException(video.ToString());
            await Task.Delay(200);
        }
    }

    private static bool Finished(JsonElement v) => v.GetProperty("status").GetString() is "completed" or "failed";

    [Fact]
    public async Task OpenAIs_SDK_classifies_text_through_the_moderations_endpoint()
    {
        var client = new ModerationClient("omni-moderation-latest", new ApiKeyCredential(KinoPlatform.AdminKey),
            new OpenAIClientOptions { Endpoint = new Uri(_platform.BaseUrl, "/v1") });
        ModerationResult harmful = await client.ClassifyTextAsync("a man is b3headed in a town square, close up");
        Assert.True(harmful.Flagged);
        Assert.True(harmful.ViolenceGraphic.Flagged);
        Assert.True(harmful.Violence.Flagged);
        Assert.False(harmful.Sexual.Flagged);

        ModerationResultCollection both = await client.ClassifyTextAsync(["a killer whale jumps at sunset", "ein nacktes Kind am Strand"]);
        Assert.False(both[0].Flagged);
        Assert.True(both[1].SexualMinors.Flagged);
        Assert.True(both[1].SexualMinors.Score > 0.9);
    }

    private async Task<JsonElement> KinoVerdictAsync(string input)
    {
        var result = await VideoFlow.PostJsonAsync(_platform, "/v1/moderations", new { input });
        return result.GetProperty("results")[0].GetProperty("kino");
    }

    [Fact]
    public async Task An_edited_policy_file_takes_effect_without_a_restart_and_a_broken_one_is_ignored()
    {
        const string prompt = "a flurbizant dancing in the garden";
        Assert.Equal("allowed", (await KinoVerdictAsync(prompt)).GetProperty("decision").GetString());

        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(fixture.PolicyFile), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!;
        policy["version"] = "e2e.2";
        policy["categories"]!.AsArray().Single(c => (string?)c!["id"] == "violence_graphic")!["terms"]!["en"]!.AsArray().Add("flurbizant");
        File.WriteAllText(fixture.PolicyFile, policy.ToJsonString());

        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonElement verdict;
        do
        {
            await Task.Delay(250);
            verdict = await KinoVerdictAsync(prompt);
        } while (verdict.GetProperty("policy_version").GetString() != "e2e.2" && DateTime.UtcNow < deadline);
        Assert.Equal("e2e.2", verdict.GetProperty("policy_version").GetString());
        Assert.Equal("blocked", verdict.GetProperty("decision").GetString());
        Assert.Equal("violence_graphic", verdict.GetProperty("category").GetString());

        File.WriteAllText(fixture.PolicyFile, "{ \"version\": \"broken\", ");
        await Task.Delay(1500);
        Assert.Equal("e2e.2", (await KinoVerdictAsync(prompt)).GetProperty("policy_version").GetString());
        var running = JsonDocument.Parse(await _platform.Http.GetStringAsync("/v1/admin/moderation/policy")).RootElement;
        Assert.Equal("e2e.2", running.GetProperty("version").GetString());
        Assert.Equal(11, running.GetProperty("categories").GetArrayLength());
        Assert.True(_platform.LogContains(l => l.Contains("Moderation policy file rejected", StringComparison.Ordinal)), _platform.Log());
    }

    [Fact]
    public async Task The_moderations_endpoint_adds_Kinos_categories_and_rejects_bad_input_in_the_error_shape()
    {
        var result = await VideoFlow.PostJsonAsync(_platform, "/v1/moderations", new { input = "Pikachu in the style of Banksy" });
        var first = result.GetProperty("results")[0];
        Assert.True(first.GetProperty("categories").GetProperty("trademarked-characters").GetBoolean());
        Assert.True(first.GetProperty("categories").GetProperty("living-artists").GetBoolean());
        Assert.Equal("blocked", first.GetProperty("kino").GetProperty("decision").GetString());
        Assert.StartsWith("modr-", result.GetProperty("id").GetString());

        foreach (var bad in new object[] { new { }, new { input = 5 }, new { input = Array.Empty<string>() }, new { input = new object[] { "ok", 3 } } })
        {
            var response = await _platform.Http.PostAsync("/v1/moderations", Json(bad));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
            Assert.Equal("input", error.GetProperty("param").GetString());
            Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        }
        using var anonymous = new HttpClient { BaseAddress = _platform.BaseUrl };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/v1/moderations", Json(new { input = "hi" }))).StatusCode);
    }

    [Fact]
    public async Task A_mention_needs_cameo_consent_and_a_blocked_prompt_is_never_echoed_or_logged()
    {
        var mention = await CreateVideoAsync(_platform.Http, "@lena_k dancing on a rooftop at sunset");
        var refused = await WaitAsync(_platform.Http, mention.GetProperty("id").GetString()!, Finished, TimeSpan.FromSeconds(30));
        Assert.Equal("cameo_consent_required", refused.GetProperty("error").GetProperty("code").GetString());

        const string secretWords = "zq7 gruesome disembowelment of a hostage";
        var blocked = await CreateVideoAsync(_platform.Http, secretWords);
        var failed = await WaitAsync(_platform.Http, blocked.GetProperty("id").GetString()!, Finished, TimeSpan.FromSeconds(30));
        var error = failed.GetProperty("error");
        Assert.Equal("moderation_blocked", error.GetProperty("code").GetString());
        Assert.Contains("violence_graphic", error.GetProperty("message").GetString());
        Assert.DoesNotContain("disembowel", error.GetProperty("message").GetString());
        Assert.False(_platform.LogContains(l => l.Contains("zq7", StringComparison.Ordinal)), "the rejected prompt's text reached the log");

        var record = JsonDocument.Parse(await _platform.Http.GetStringAsync($"/v1/admin/moderation/decisions/{blocked.GetProperty("id").GetString()}")).RootElement;
        var prompt = record.GetProperty("prompt");
        Assert.Equal("blocked", prompt.GetProperty("decision").GetString());
        Assert.Equal("violence_graphic", prompt.GetProperty("category").GetString());
        Assert.Equal(64, prompt.GetProperty("text_sha256").GetString()!.Length);
        Assert.DoesNotContain("zq7", record.ToString());
        Assert.Contains(prompt.GetProperty("categories").EnumerateArray(), c => c.GetProperty("rules").EnumerateArray().Any(r => r.GetString()!.StartsWith("term:en:disembowel", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Teen_accounts_get_the_stricter_rules()
    {
        using var teen = await _platform.NewUserAsync("pro", "teen");
        using var adult = await _platform.NewUserAsync("pro", "adult");
        const string mature = "a zombie horror scene in an abandoned mall";
        var teenJob = await CreateVideoAsync(teen, mature);
        var teenResult = await WaitAsync(teen, teenJob.GetProperty("id").GetString()!, Finished, TimeSpan.FromSeconds(30));
        Assert.Equal("moderation_blocked", teenResult.GetProperty("error").GetProperty("code").GetString());

        // The same text is age-gated, not refused, for an adult (checked without generating a video).
        var forAdult = JsonDocument.Parse(await (await adult.PostAsync("/v1/moderations", Json(new { input = mature }))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("age_gated", forAdult.GetProperty("results")[0].GetProperty("kino").GetProperty("decision").GetString());
        var forTeen = JsonDocument.Parse(await (await teen.PostAsync("/v1/moderations", Json(new { input = mature }))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("blocked", forTeen.GetProperty("results")[0].GetProperty("kino").GetProperty("decision").GetString());

        var badBracket = await _platform.Http.PostAsync("/v1/admin/api_keys", Json(new { name = "x", age_bracket = "child" }));
        Assert.Equal(HttpStatusCode.BadRequest, badBracket.StatusCode);
    }

    [Fact]
    public async Task An_admin_override_lets_a_blocked_job_finish_but_never_for_an_always_blocked_category()
    {
        var blocked = await CreateVideoAsync(_platform.Http, "a red ball in the style of Banksy");
        var id = blocked.GetProperty("id").GetString()!;
        await WaitAsync(_platform.Http, id, Finished, TimeSpan.FromSeconds(30));

        var missingReason = await _platform.Http.PostAsync($"/v1/admin/moderation/decisions/{id}/override", Json(new { phase = "prompt", decision = "allowed" }));
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);
        using var user = await _platform.NewUserAsync("pro", "adult");
        var notAdmin = await user.PostAsync($"/v1/admin/moderation/decisions/{id}/override", Json(new { phase = "prompt", decision = "allowed", reason = "x" }));
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);

        var overridden = await VideoFlow.PostJsonAsync(_platform, $"/v1/admin/moderation/decisions/{id}/override",
            new { phase = "prompt", decision = "allowed", reason = "A generic graffiti look, not an imitation of the artist." });
        Assert.Equal("allowed", overridden.GetProperty("overrides")[0].GetProperty("decision").GetString());
        // The video leaves "failed" (the gateway accepts the newer progress) and completes.
        var done = await WaitAsync(_platform.Http, id, v => v.GetProperty("status").GetString() == "completed", TimeSpan.FromMinutes(3));
        Assert.Equal(JsonValueKind.Null, done.GetProperty("error").ValueKind);

        var forbidden = await CreateVideoAsync(_platform.Http, "kiddie p0rn");
        var forbiddenId = forbidden.GetProperty("id").GetString()!;
        await WaitAsync(_platform.Http, forbiddenId, Finished, TimeSpan.FromSeconds(30));
        var refused = await _platform.Http.PostAsync($"/v1/admin/moderation/decisions/{forbiddenId}/override", Json(new { phase = "prompt", decision = "allowed", reason = "test" }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("override_not_allowed", await refused.Content.ReadAsStringAsync());
        var still = JsonDocument.Parse(await _platform.Http.GetStringAsync($"/v1/videos/{forbiddenId}")).RootElement;
        Assert.Equal("failed", still.GetProperty("status").GetString());
    }
}
