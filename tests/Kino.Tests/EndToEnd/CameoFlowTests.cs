using System.ClientModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kino.Media;
using Kino.Tests.Support;
using Microsoft.Data.Sqlite;
using OpenAI.Videos;

namespace Kino.Tests.EndToEnd;

/// <summary>Uploads for the cameo tests, made once: a short video of a real face that speaks, and one without a face.</summary>
public sealed class CameoUploads : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kino-cameo-").FullName;
    public string Face => Path.Combine(Folder, "face.mp4");
    public string NoFace => Path.Combine(Folder, "no-face.mp4");

    public async ValueTask InitializeAsync()
    {
        string Fixture(string name) => Path.Combine(Repo.Root, ".kino/fixtures", name);
        // The owner's own voice: a few sentences (espeak-ng stands in for a recording).
        var voice = Path.Combine(Folder, "voice.wav");
        await MediaTool.RunAsync("espeak-ng", ["-v", "en+f2", "-p", "60", "-w", voice, "Hello, this is my voice. I am happy to be in your video, as long as you ask me first."], CancellationToken.None);
        await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-loop", "1", "-i", Fixture("astronaut.png"), "-i", voice, "-vf", "scale=480:480,zoompan=z='1+0.0015*on':d=1:s=480x480:fps=24",
            "-t", "3", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", Face], CancellationToken.None);
        await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-loop", "1", "-i", Fixture("coffee.png"), "-vf", "scale=480:320", "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", NoFace],
            CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Cameos through the gateway on a running Kino: creation and its checks, every way consent is given and taken, minors,
/// restrictions, revocation to takedown (timed), privacy and deletion read back from the stores.
/// </summary>
public sealed class CameoFlowTests(CameoUploads uploads) : IClassFixture<CameoUploads>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        var shown = response.Content.Headers.ContentType?.MediaType?.Contains("json") == true ? text[..Math.Min(text.Length, 1000)] : response.Content.Headers.ContentType?.ToString();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {shown}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <param name="expectContinue">Ask before sending the body (as curl does for large uploads), so a refusal arrives as a 413 and not as a reset.</param>
    private static async Task<HttpResponseMessage> CreateCameoAsync(HttpClient user, string file, string name, string? handle = null, string age = "adult",
        bool attest = true, string? permission = null, bool expectContinue = false)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(name), "name" },
            { new StreamContent(File.OpenRead(file)), "video", Path.GetFileName(file) },
            { new StringContent(age), "age_bracket" },
        };
        if (attest) form.Add(new StringContent("true"), "attest_own_likeness");
        if (handle is not null) form.Add(new StringContent(handle), "handle");
        if (permission is not null) form.Add(new StringContent(permission), "permission");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/videos/characters") { Content = form };
        request.Headers.ExpectContinue = expectContinue;
        return await user.SendAsync(request);
    }

    private static VideoClient Sdk(KinoPlatform platform, HttpClient user) =>
        new(new ApiKeyCredential(user.DefaultRequestHeaders.Authorization!.Parameter!), new VideoClientOptions { Endpoint = new Uri(platform.BaseUrl, "/v1") });

    private static async Task<string> UserIdAsync(HttpClient user) => (await JsonAsync(await user.GetAsync("/v1/me"), HttpStatusCode.OK)).GetProperty("id").GetString()!;

    private static async Task<JsonElement> FailedAsync(VideoClient client, string prompt)
    {
        var created = await VideoFlow.CreateAsync(client, prompt);
        var video = await VideoFlow.WaitAsync(client, created.GetProperty("id").GetString()!, TimeSpan.FromSeconds(60));
        Assert.Equal("failed", video.GetProperty("status").GetString());
        return video.GetProperty("error");
    }

    private static async Task<bool> InFeedAsync(HttpClient user, string videoId) =>
        (await JsonAsync(await user.GetAsync("/v1/feed?limit=100"), HttpStatusCode.OK)).GetProperty("data").EnumerateArray().Any(v => v.GetProperty("video_id").GetString() == videoId);

    /// <summary>All-in-one (in-memory bus) and distributed (every service its own process, RabbitMQ): the same paths, timed.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Consent_is_checked_on_every_use_and_revoking_it_takes_the_video_down(bool distributed)
    {
        await using var platform = await KinoPlatform.StartAsync(distributed);
        var alice = await platform.NewUserAsync(handle: "alice_cam");
        var bob = await platform.NewUserAsync(handle: "bob_b");
        var carol = await platform.NewUserAsync(handle: "carol_c");
        var (bobId, carolId, aliceId) = (await UserIdAsync(bob), await UserIdAsync(carol), await UserIdAsync(alice));

        // Creation and its checks.
        var noFace = await JsonAsync(await CreateCameoAsync(alice, uploads.NoFace, "Alice"), HttpStatusCode.BadRequest);
        Assert.Equal("no_face_detected", noFace.GetProperty("error").GetProperty("code").GetString());
        var unattested = await JsonAsync(await CreateCameoAsync(alice, uploads.Face, "Alice", attest: false), HttpStatusCode.BadRequest);
        Assert.Equal("attestation_required", unattested.GetProperty("error").GetProperty("code").GetString());
        var cameo = await JsonAsync(await CreateCameoAsync(alice, uploads.Face, "Alice"), HttpStatusCode.OK);
        var id = cameo.GetProperty("id").GetString()!;
        Assert.StartsWith("char_", id);
        Assert.Equal("alice_cam", cameo.GetProperty("handle").GetString());
        Assert.Equal("only_me", cameo.GetProperty("permission").GetString());
        Assert.True(cameo.GetProperty("face").GetProperty("frames_with_face").GetInt32() > 0, cameo.ToString());
        Assert.Equal("f2", cameo.GetProperty("voice").GetProperty("variant").GetString());
        var taken = await JsonAsync(await CreateCameoAsync(carol, uploads.Face, "Me", handle: "alice_cam"), HttpStatusCode.Conflict);
        Assert.Equal("handle_taken", taken.GetProperty("error").GetProperty("code").GetString());

        // Only the owner sees it: OpenAI's retrieve, Kino's list and the face itself are 404 for anyone else.
        Assert.Equal(id, (await JsonAsync(await alice.GetAsync($"/v1/videos/characters/{id}"), HttpStatusCode.OK)).GetProperty("id").GetString());
        await JsonAsync(await bob.GetAsync($"/v1/videos/characters/{id}"), HttpStatusCode.NotFound);
        await JsonAsync(await bob.GetAsync($"/v1/cameos/{id}/face"), HttpStatusCode.NotFound);
        await JsonAsync(await bob.PatchAsJsonAsync($"/v1/cameos/{id}", new { permission = "everyone" }), HttpStatusCode.NotFound);
        Assert.Empty((await JsonAsync(await bob.GetAsync("/v1/cameos"), HttpStatusCode.OK)).GetProperty("data").EnumerateArray());
        var face = await alice.GetAsync($"/v1/cameos/{id}/face");
        Assert.Equal("image/png", face.Content.Headers.ContentType?.MediaType);

        // Only me: Bob may not use it.
        var bobVideos = Sdk(platform, bob);
        var refused = await FailedAsync(bobVideos, "@alice_cam waves from a boat");
        Assert.Equal("cameo_consent_required", refused.GetProperty("code").GetString());
        Assert.Contains("owner only", refused.GetProperty("message").GetString());

        // A grant lets Bob make a video with Alice's face and voice; Alice sees it among her cameo's uses.
        var onlyMe = await JsonAsync(await alice.PostAsJsonAsync($"/v1/cameos/{id}/grants", new { user_id = bobId }), HttpStatusCode.BadRequest);
        Assert.Equal("grants_need_approved_permission", onlyMe.GetProperty("error").GetProperty("code").GetString());
        await JsonAsync(await alice.PatchAsJsonAsync($"/v1/cameos/{id}", new { permission = "approved" }), HttpStatusCode.OK);
        Assert.Equal("cameo_consent_required", (await FailedAsync(bobVideos, "@alice_cam waves from a boat")).GetProperty("code").GetString());
        await JsonAsync(await alice.PostAsJsonAsync($"/v1/cameos/{id}/grants", new { user_id = bobId }), HttpStatusCode.OK);
        var made = await VideoFlow.CreateAsync(bobVideos, "@alice_cam says \"Hello from the beach!\" on a sunny beach");
        var videoId = made.GetProperty("id").GetString()!;
        var done = await VideoFlow.WaitAsync(bobVideos, videoId, TimeSpan.FromMinutes(4));
        Assert.True(done.GetProperty("status").GetString() == "completed", done.ToString());
        // The lip-sync stage drew the cameo's face, its mouth within a frame of the speech (measured on the rendered pixels).
        Assert.True(platform.LogContains(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\(cameo @alice_cam face\): mouth [+-]?[01] frames")), platform.Log());
        // The face is really in the picture: OpenCV's face cascade finds it in the frames of the finished video.
        var mp4 = Path.Combine(uploads.Folder, "bob.mp4");
        await File.WriteAllBytesAsync(mp4, (await bobVideos.DownloadVideoAsync(videoId, null)).GetRawResponse().Content.ToArray());
        var frames = await Kino.Media.MediaInfo.ReadFramesAsync(mp4, "gray", 360, 640, 1, CancellationToken.None);
        var detector = Kino.Cameo.Likeness.FaceDetector.Load();
        int withFace = frames.Where((_, i) => i % 6 == 0).Count(f => detector.Detect(f, 360, 640).Count > 0);
        Console.WriteLine($"cameo face found in {withFace} of {(frames.Count + 5) / 6} sampled frames");
        Assert.True(withFace >= 4, $"a face in {withFace} of {(frames.Count + 5) / 6} sampled frames");
        if (Environment.GetEnvironmentVariable("KINO_TEST_KEEP") is { } keep) File.Copy(mp4, Path.Combine(keep, "cameo-video.mp4"), true);
        Assert.True(platform.LogContains(l => l.Contains("(1 in cameo voices)")), "the audio stage spoke with the cameo's voice");
        var uses = (await JsonAsync(await alice.GetAsync($"/v1/cameos/{id}/videos"), HttpStatusCode.OK)).GetProperty("data");
        var use = Assert.Single(uses.EnumerateArray(), u => u.GetProperty("video_id").GetString() == videoId);
        Assert.Equal(bobId, use.GetProperty("user_id").GetString());
        Assert.True(await InFeedAsync(bob, videoId));

        // Revoking the grant takes the video down: out of the feed within seconds, its content no longer served.
        var clock = Stopwatch.StartNew();
        await JsonAsync(await alice.DeleteAsync($"/v1/cameos/{id}/grants/{bobId}"), HttpStatusCode.OK);
        while (await InFeedAsync(bob, videoId))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the video is still in the feed 5 s after the revocation");
            await Task.Delay(20);
        }
        var takedownMs = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"cameo revocation to feed takedown ({(distributed ? "distributed, RabbitMQ" : "all-in-one")}): {takedownMs:F0} ms");
        // The gateway hears of the revocation beside the feed, not necessarily before it: wait a moment for it too.
        var gone = DateTime.UtcNow.AddSeconds(5);
        HttpResponseMessage served;
        while ((served = await bob.GetAsync($"/v1/videos/{videoId}/content")).StatusCode != HttpStatusCode.Gone && DateTime.UtcNow < gone) await Task.Delay(50);
        var content = await JsonAsync(served, HttpStatusCode.Gone);
        Assert.Equal("video_taken_down", content.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("removed", (await JsonAsync(await alice.GetAsync($"/v1/cameos/{id}/videos"), HttpStatusCode.OK)).GetProperty("data")
            .EnumerateArray().Single(u => u.GetProperty("video_id").GetString() == videoId).GetProperty("status").GetString());
        Assert.Equal("cameo_consent_required", (await FailedAsync(bobVideos, "@alice_cam dances in the rain")).GetProperty("code").GetString());

        // Everyone, but no political content: Carol may use the cameo, not for politics.
        await JsonAsync(await alice.PatchAsJsonAsync($"/v1/cameos/{id}", new { permission = "everyone", restrictions = new[] { "no_political_content" } }), HttpStatusCode.OK);
        var carolVideos = Sdk(platform, carol);
        var political = await FailedAsync(carolVideos, "@alice_cam gives a speech at an election rally");
        Assert.Equal("cameo_consent_required", political.GetProperty("code").GetString());
        Assert.Contains("political", political.GetProperty("message").GetString());

        // Mutual followers: Carol needs Alice to follow her back; the moment either stops, her video loses its consent.
        await JsonAsync(await alice.PatchAsJsonAsync($"/v1/cameos/{id}", new { permission = "mutual_followers" }), HttpStatusCode.OK);
        await JsonAsync(await carol.PostAsync($"/v1/users/{aliceId}/follow", null), HttpStatusCode.OK);
        Assert.Equal("cameo_consent_required", (await FailedAsync(carolVideos, "@alice_cam rides a bicycle")).GetProperty("code").GetString());
        await JsonAsync(await alice.PostAsync($"/v1/users/{carolId}/follow", null), HttpStatusCode.OK);
        // The follow reaches the cameo service over the bus: until it has, a new attempt is refused; try again briefly.
        string mutualId = "";
        for (int attempt = 0; attempt < 10; attempt++)
        {
            mutualId = (await VideoFlow.CreateAsync(carolVideos, "@alice_cam rides a bicycle")).GetProperty("id").GetString()!;
            var decided = await VideoFlow.WaitAsync(carolVideos, mutualId, TimeSpan.FromSeconds(60),
                v => v.GetProperty("stages").EnumerateArray().First().GetProperty("status").GetString() == "completed" || v.GetProperty("status").GetString() == "failed");
            if (decided.GetProperty("status").GetString() != "failed") break;
            await Task.Delay(300);
        }
        Assert.Equal("in_progress", (await VideoFlow.WaitAsync(carolVideos, mutualId, TimeSpan.FromSeconds(1), _ => true)).GetProperty("status").GetString());   // consent given
        await JsonAsync(await carol.DeleteAsync($"/v1/users/{aliceId}/follow"), HttpStatusCode.OK);
        var stopped = await VideoFlow.WaitAsync(carolVideos, mutualId, TimeSpan.FromSeconds(30), v => v.GetProperty("status").GetString() is "failed" or "completed");
        Assert.Equal("cameo_consent_required", stopped.GetProperty("error").GetProperty("code").GetString());

        // Deleting the cameo erases it for real: the API, the encrypted media on disk, the store's rows.
        var blobFolder = Path.Combine(platform.DataDirectory, "blobs", "cameos", id);
        Assert.True(Directory.Exists(blobFolder) && Directory.GetFiles(blobFolder, "*", SearchOption.AllDirectories).Length >= 2, "the cameo's media is stored");
        var stored = Directory.GetFiles(blobFolder, "*", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToList();
        var uploadBytes = await File.ReadAllBytesAsync(uploads.Face);
        Assert.DoesNotContain(stored, b => b.AsSpan().IndexOf(uploadBytes.AsSpan(0, 256)) >= 0);   // encrypted at rest
        await JsonAsync(await alice.DeleteAsync($"/v1/cameos/{id}"), HttpStatusCode.OK);
        await JsonAsync(await alice.GetAsync($"/v1/videos/characters/{id}"), HttpStatusCode.NotFound);
        Assert.False(Directory.Exists(blobFolder) && Directory.GetFiles(blobFolder, "*", SearchOption.AllDirectories).Length > 0, "media left after deletion");
        Assert.Equal(0, CountRows(platform, "SELECT count(*) FROM c_cameos WHERE id = $id OR body LIKE '%' || $id || '%'", id));
        Assert.Equal(0, CountRows(platform, "SELECT count(*) FROM c_cameo_uses WHERE partition = $id", id));
        Assert.Equal(0, CountRows(platform, "SELECT count(*) FROM c_cameo_handles WHERE id = 'alice_cam'", id));
    }

    [Fact]
    public async Task A_minors_cameo_is_its_owners_alone_and_never_public_and_an_account_deletion_erases_it()
    {
        await using var platform = await KinoPlatform.StartAsync(distributed: false);
        var teen = await platform.NewUserAsync(ageBracket: "teen", handle: "teen_t");
        var adult = await platform.NewUserAsync(handle: "adult_a");

        var asAdult = await JsonAsync(await CreateCameoAsync(teen, uploads.Face, "Me"), HttpStatusCode.BadRequest);
        Assert.Equal("invalid_age_bracket", asAdult.GetProperty("error").GetProperty("code").GetString());
        var open = await JsonAsync(await CreateCameoAsync(teen, uploads.Face, "Me", age: "minor", permission: "everyone"), HttpStatusCode.BadRequest);
        Assert.Equal("minor_cameo_is_private", open.GetProperty("error").GetProperty("code").GetString());
        var big = Path.Combine(uploads.Folder, "big.mp4");
        await File.WriteAllBytesAsync(big, System.Security.Cryptography.RandomNumberGenerator.GetBytes(11 * 1024 * 1024));
        var tooBig = await JsonAsync(await CreateCameoAsync(teen, big, "Me", age: "minor", expectContinue: true), HttpStatusCode.RequestEntityTooLarge);
        // The gateway's body limit or the cameo service's upload limit answers, whichever reads the size first.
        Assert.Contains(tooBig.GetProperty("error").GetProperty("code").GetString(), new[] { "request_too_large", "file_too_large" });
        var cameo = await JsonAsync(await CreateCameoAsync(teen, uploads.Face, "Me", age: "minor"), HttpStatusCode.OK);
        var id = cameo.GetProperty("id").GetString()!;
        await JsonAsync(await teen.PatchAsJsonAsync($"/v1/cameos/{id}", new { permission = "everyone" }), HttpStatusCode.BadRequest);
        await JsonAsync(await teen.PostAsJsonAsync($"/v1/cameos/{id}/grants", new { user_id = await UserIdAsync(adult) }), HttpStatusCode.BadRequest);

        // An adult's prompt can never include it, by handle or by character id.
        var adultVideos = Sdk(platform, adult);
        Assert.Equal("cameo_consent_required", (await FailedAsync(adultVideos, "@teen_t plays football in the park")).GetProperty("code").GetString());
        var byId = await adultVideos.CreateVideoAsync(BinaryContent.Create(BinaryData.FromObjectAsJson(new { prompt = "a kid plays football", characters = new[] { new { id } } })), "application/json");
        var byIdVideo = await VideoFlow.WaitAsync(adultVideos, VideoFlow.Parse(byId).GetProperty("id").GetString()!, TimeSpan.FromSeconds(60));
        Assert.Equal("cameo_consent_required", byIdVideo.GetProperty("error").GetProperty("code").GetString());

        // Its owner may use it; the video stays out of the public feed.
        var teenVideos = Sdk(platform, teen);
        var made = await VideoFlow.CreateAsync(teenVideos, "@teen_t plays football in the park");
        var videoId = made.GetProperty("id").GetString()!;
        var done = await VideoFlow.WaitAsync(teenVideos, videoId, TimeSpan.FromMinutes(4));
        Assert.True(done.GetProperty("status").GetString() == "completed", done.ToString());
        var entry = (await JsonAsync(await teen.GetAsync("/v1/feed"), HttpStatusCode.OK)).GetProperty("data").EnumerateArray().Single(v => v.GetProperty("video_id").GetString() == videoId);
        Assert.False(entry.GetProperty("public").GetBoolean());
        Assert.Equal([id], entry.GetProperty("cameo_ids").EnumerateArray().Select(c => c.GetString()));

        // Account deletion (an admin, at the owner's request) deletes the cameo and its media.
        await JsonAsync(await platform.Http.DeleteAsync($"/v1/admin/accounts/{await UserIdAsync(teen)}"), HttpStatusCode.Accepted);
        var blobFolder = Path.Combine(platform.DataDirectory, "blobs", "cameos", id);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (CountRows(platform, "SELECT count(*) FROM c_cameos WHERE id = $id", id) > 0 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(0, CountRows(platform, "SELECT count(*) FROM c_cameos WHERE id = $id", id));
        Assert.False(Directory.Exists(blobFolder) && Directory.GetFiles(blobFolder, "*", SearchOption.AllDirectories).Length > 0, "media left after account deletion");
        deadline = DateTime.UtcNow.AddSeconds(5);
        while (await InFeedAsync(teen, videoId) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.False(await InFeedAsync(teen, videoId), "the video with the deleted cameo is still in the feed 5 s after the account deletion");
    }

    /// <summary>Reads the cameo service's embedded store directly, as an auditor would.</summary>
    private static long CountRows(KinoPlatform platform, string sql, string id)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(platform.DataDirectory, "cameo", "store.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return (long)command.ExecuteScalar()!;
    }
}
