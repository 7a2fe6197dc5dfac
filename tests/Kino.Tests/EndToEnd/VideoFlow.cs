using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using Kino.Tests.Support;
using OpenAI.Videos;

namespace Kino.Tests.EndToEnd;

/// <summary>The user's flow through OpenAI's own .NET SDK, the same in both ways of running Kino.</summary>
public static class VideoFlow
{
    public static VideoClient Client(KinoPlatform platform) =>
        new(new ApiKeyCredential(KinoPlatform.AdminKey), new VideoClientOptions { Endpoint = new Uri(platform.BaseUrl, "/v1") });

    public static async Task<JsonElement> CreateAsync(VideoClient client, string prompt, string seconds = "4", string size = "720x1280")
    {
        // Multipart, as OpenAI's SDKs send it.
        using var form = new MultipartFormDataContent
        {
            { new StringContent(prompt), "prompt" },
            { new StringContent("sora-2"), "model" },
            { new StringContent(seconds), "seconds" },
            { new StringContent(size), "size" },
        };
        var body = BinaryContent.Create(BinaryData.FromBytes(await form.ReadAsByteArrayAsync()));
        var result = await client.CreateVideoAsync(body, form.Headers.ContentType!.ToString());
        return Parse(result);
    }

    public static JsonElement Parse(ClientResult result) => JsonDocument.Parse(result.GetRawResponse().Content).RootElement.Clone();

    public static async Task<JsonElement> WaitAsync(VideoClient client, string id, TimeSpan timeout, Func<JsonElement, bool>? until = null, List<int>? progress = null)
    {
        until ??= v => v.GetProperty("status").GetString() is "completed" or "failed";
        var deadline = DateTime.UtcNow + timeout;
        progress ??= [];
        while (true)
        {
            var video = Parse(await client.GetVideoAsync(id));
            progress.Add(video.GetProperty("progress").GetInt32());
            if (until(video))
            {
                Assert.Equal(progress.Order(), progress); // progress never moves back
                return video;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"video {id} still {video}");
            await Task.Delay(200);
        }
    }

    public static async Task<JsonElement> PostJsonAsync(KinoPlatform platform, string path, object body)
    {
        var response = await platform.Http.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Posts a file as multipart (part "file"), as OpenAI's SDKs do, and returns the JSON answer.</summary>
    public static async Task<JsonElement> UploadAsync(KinoPlatform platform, string path, string file)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(file)), "file", Path.GetFileName(file) } };
        var response = await platform.Http.PostAsync(path, form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<MediaInfo> DownloadAndProbeAsync(VideoClient client, KinoPlatform platform, string id)
    {
        var path = Path.Combine(platform.DataDirectory, id + ".mp4");
        await File.WriteAllBytesAsync(path, (await client.DownloadVideoAsync(id, "video")).GetRawResponse().Content.ToArray());
        return await Ffprobe.ProbeAsync(path);
    }

    public static async Task<JsonElement> PageAsync(VideoClient client, int limit, string order, string? after) =>
        Parse(await client.GetVideosAsync(limit, order, after).GetRawPagesAsync().FirstAsync());

    /// <summary>Create → completed → download and probe → list/paginate → remix → delete.</summary>
    public static async Task RunAsync(KinoPlatform platform)
    {
        var client = Client(platform);
        var created = await CreateAsync(client, "A red ball bounces across a sunny beach while a seagull calls", seconds: "4", size: "1280x720");
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith("video_", id);
        Assert.Equal("video", created.GetProperty("object").GetString());
        Assert.Equal("queued", created.GetProperty("status").GetString());
        Assert.Equal("sora-2", created.GetProperty("model").GetString());

        var progress = new List<int>();
        var done = await WaitAsync(client, id, TimeSpan.FromMinutes(3), progress: progress);
        Assert.True(done.GetProperty("status").GetString() == "completed", $"{done}\n{platform.Log()}");
        // The video stage (2–72 %) reports its sampling steps, so progress moves through it, not just at its end.
        Assert.True(progress.Where(p => p is > 2 and < 72).Distinct().Count() >= 3, $"progress seen: {string.Join(",", progress)}");
        Assert.Equal(100, done.GetProperty("progress").GetInt32());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("error").ValueKind);
        Assert.True(done.GetProperty("completed_at").GetInt64() >= done.GetProperty("created_at").GetInt64());
        Assert.True(done.GetProperty("expires_at").GetInt64() > done.GetProperty("completed_at").GetInt64());
        // Placeholder stages are visible in the API, never hidden; the video stage is the real diffusion model.
        var stages = done.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(Kino.Contracts.Stages.Pipeline, stages.Select(s => s.GetProperty("name").GetString()));
        // Every stage is real now.
        Assert.All(stages, s => Assert.False(s.GetProperty("placeholder").GetBoolean(), s.ToString()));

        // Moderation decided on the prompt and on the output, and an admin can read both records (through the gateway).
        var record = JsonDocument.Parse(await platform.Http.GetStringAsync($"/v1/admin/moderation/decisions/{id}")).RootElement;
        Assert.Equal("allowed", record.GetProperty("prompt").GetProperty("decision").GetString());
        Assert.Equal("allowed", record.GetProperty("output").GetProperty("decision").GetString());
        Assert.NotEmpty(record.GetProperty("output").GetProperty("frames").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("prompt").GetProperty("policy_version").GetString()));

        var mp4 = Path.Combine(platform.DataDirectory, "download.mp4");
        var content = await client.DownloadVideoAsync(id, "video");
        await File.WriteAllBytesAsync(mp4, content.GetRawResponse().Content.ToArray());
        var media = await Ffprobe.ProbeAsync(mp4);
        Assert.Equal("h264", media.VideoCodec);
        Assert.Equal("aac", media.AudioCodec);
        Assert.Equal((1280, 720), (media.Width, media.Height));
        Assert.InRange(media.DurationSeconds, 3.9, 4.2);
        Assert.Contains("mp4", media.FormatName);

        // Content Credentials: c2pa-rs validates the published file (the development CA is not its anchor), and Kino's
        // verify endpoints, which trust Kino's own root, call it trusted.
        var referee = await C2paReferee.ReadAsync(mp4, "-");
        Assert.True(referee.ValidationState == "Valid" && referee.Failure.SequenceEqual(["signingCredential.untrusted"]), $"c2pa-rs: {referee}");
        var check = await UploadAsync(platform, "/v1/content_provenance_checks", mp4);
        Assert.Equal("content_provenance_check", check.GetProperty("object").GetString());
        var c2pa = check.GetProperty("results")[0];
        Assert.Equal(("c2pa", "detected", "trusted", "kino-1"), (c2pa.GetProperty("type").GetString(), c2pa.GetProperty("outcome").GetString(),
            c2pa.GetProperty("validation_state").GetString(), c2pa.GetProperty("model").GetString()));
        // "sora-2" was requested; the credentials name the model that really made it.
        var verified = await UploadAsync(platform, "/v1/provenance/verify", mp4);
        Assert.Equal("trusted", verified.GetProperty("validation_state").GetString());
        Assert.Contains(verified.GetProperty("success").EnumerateArray(), s => s.GetProperty("code").GetString() == "assertion.bmffHash.match");

        // The invisible marks identify the video next to its credentials, and still do once the credentials are gone:
        // stripped, re-encoded at CRF 28 and downscaled, the clip has no C2PA, but the watermark names the video.
        var mark = check.GetProperty("watermark");
        Assert.True(mark.GetProperty("detected").GetBoolean(), mark.ToString());
        Assert.Equal(id, mark.GetProperty("video_id").GetString());
        Assert.True(mark.GetProperty("false_positive_probability").GetDouble() < 1e-6);
        var stripped = Path.Combine(platform.DataDirectory, "stripped.mp4");
        await Kino.Media.MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-i", mp4, "-map_metadata", "-1", "-vf", "scale=640:360", "-c:v", "libx264", "-crf", "28", "-c:a", "aac", "-b:a", "96k", stripped], CancellationToken.None);
        var strippedCheck = await UploadAsync(platform, "/v1/content_provenance_checks", stripped);
        Assert.Equal("not_present", strippedCheck.GetProperty("results")[0].GetProperty("validation_state").GetString());
        Assert.True(strippedCheck.GetProperty("watermark").GetProperty("detected").GetBoolean(), strippedCheck.ToString());
        Assert.Equal(id, strippedCheck.GetProperty("watermark").GetProperty("video_id").GetString());
        // The owner's plan (admin here) allows a copy without the visible mark: it differs from the published file, carries
        // the same invisible marks and valid credentials. A plan without the right is refused.
        var unmarked = Path.Combine(platform.DataDirectory, "unmarked.mp4");
        using (var response = await platform.Http.GetAsync($"/v1/videos/{id}/content?visible_watermark=false"))
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            await File.WriteAllBytesAsync(unmarked, await response.Content.ReadAsByteArrayAsync());
        }
        Assert.NotEqual(await File.ReadAllBytesAsync(mp4), await File.ReadAllBytesAsync(unmarked));
        var unmarkedReferee = await C2paReferee.ReadAsync(unmarked, "-");
        Assert.True(unmarkedReferee.ValidationState == "Valid" && unmarkedReferee.Failure.SequenceEqual(["signingCredential.untrusted"]), $"c2pa-rs: {unmarkedReferee}");
        Assert.Equal(id, (await UploadAsync(platform, "/v1/content_provenance_checks", unmarked)).GetProperty("watermark").GetProperty("video_id").GetString());
        using (var plus = await platform.NewUserAsync("plus"))
        {
            var refused = await plus.GetAsync($"/v1/videos/{id}/content?visible_watermark=false");
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("plan_does_not_allow_unmarked_download", await refused.Content.ReadAsStringAsync());
        }
        var strippedVerified = await UploadAsync(platform, "/v1/provenance/verify", stripped);
        Assert.Equal(id, strippedVerified.GetProperty("watermark").GetProperty("video_id").GetString());
        Assert.True(strippedVerified.GetProperty("watermark").GetProperty("video").GetProperty("decoded").GetBoolean());

        foreach (var variant in new[] { "thumbnail", "spritesheet" })
        {
            var image = Path.Combine(platform.DataDirectory, variant + ".jpg");
            await File.WriteAllBytesAsync(image, (await client.DownloadVideoAsync(id, variant)).GetRawResponse().Content.ToArray());
            var probed = await Ffprobe.ProbeAsync(image);
            Assert.Equal("mjpeg", probed.VideoCodec);
        }

        // Remix: a new video pointing at its parent.
        var remix = Parse(await client.CreateVideoRemixAsync(id, BinaryContent.Create(BinaryData.FromString("""{"prompt":"The same beach at night"}""")), "application/json"));
        var remixId = remix.GetProperty("id").GetString()!;
        Assert.Equal(id, remix.GetProperty("remixed_from_video_id").GetString());
        Assert.Equal("4", remix.GetProperty("seconds").GetString());
        Assert.Equal("1280x720", remix.GetProperty("size").GetString());
        Assert.Equal(created.GetProperty("seed").GetUInt64(), remix.GetProperty("seed").GetUInt64()); // same seed, edited prompt
        // With dialogue: speech, and a character whose mouth moves with it (the lip-sync stage draws it).
        var third = await CreateAsync(client, "A paper boat drifts down a rainy street as Tom says \"Hurry up, the boat is leaving!\"");

        // List, newest first. (SDK 2.15.0 fetches a single page per call; the caller follows has_more/last_id.)
        var page = await PageAsync(client, 2, "desc", null);
        Assert.Equal("list", page.GetProperty("object").GetString());
        Assert.True(page.GetProperty("has_more").GetBoolean());
        Assert.Equal(third.GetProperty("id").GetString(), page.GetProperty("first_id").GetString());
        Assert.Equal(remixId, page.GetProperty("last_id").GetString());
        var all = new List<string>();
        string? after = null;
        do
        {
            page = await PageAsync(client, 1, "asc", after);
            all.AddRange(page.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()!));
            after = page.GetProperty("last_id").GetString();
        } while (page.GetProperty("has_more").GetBoolean());
        Assert.Equal([id, remixId, third.GetProperty("id").GetString()!], all);

        var remixDone = await WaitAsync(client, remixId, TimeSpan.FromMinutes(3));
        Assert.True(remixDone.GetProperty("status").GetString() == "completed", $"{remixDone}\n{platform.Log()}");
        // The remix's Content Credentials carry the parent video as an ingredient (its manifest travels along).
        var remixFile = Path.Combine(platform.DataDirectory, "remix.mp4");
        await File.WriteAllBytesAsync(remixFile, (await client.DownloadVideoAsync(remixId, "video")).GetRawResponse().Content.ToArray());
        var remixReferee = await C2paReferee.ReadAsync(remixFile, "-");
        Assert.True(remixReferee.ValidationState == "Valid" && remixReferee.Failure.SequenceEqual(["signingCredential.untrusted"]), $"c2pa-rs: {remixReferee}");
        var remixVerified = await UploadAsync(platform, "/v1/provenance/verify", remixFile);
        Assert.Equal(2, remixVerified.GetProperty("manifest_count").GetInt32());
        Assert.Equal(["c2pa.opened", "c2pa.edited"], remixVerified.GetProperty("manifest").GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        var thirdDone = await WaitAsync(client, third.GetProperty("id").GetString()!, TimeSpan.FromMinutes(3));
        Assert.True(thirdDone.GetProperty("status").GetString() == "completed", $"{thirdDone}\n{platform.Log()}");

        // OpenAI's extend: the new video continues the first from its last frames, 4 s more.
        var extension = await PostJsonAsync(platform, "/v1/videos/extensions", new { prompt = "The red circle keeps bouncing at night", seconds = "4", video = new { id } });
        Assert.Equal(id, extension.GetProperty("extended_from_video_id").GetString());
        var extended = await WaitAsync(client, extension.GetProperty("id").GetString()!, TimeSpan.FromMinutes(3));
        Assert.True(extended.GetProperty("status").GetString() == "completed", $"{extended}\n{platform.Log()}");
        var extendedMedia = await DownloadAndProbeAsync(client, platform, extension.GetProperty("id").GetString()!);
        Assert.Equal((1280, 720), (extendedMedia.Width, extendedMedia.Height));
        Assert.InRange(extendedMedia.DurationSeconds, 7.9, 8.2);

        // Kino's storyboard: shots with their own prompts and lengths, cut together.
        var storyboard = await PostJsonAsync(platform, "/v1/videos", new
        {
            prompt = "Two shots", size = "720x1280", seed = 42,
            storyboard = new[] { new { prompt = "A yellow star spins in a room", seconds = 2.5 }, new { prompt = "Ein weißes Gesicht hüpft bei Nacht", seconds = 1.5 } },
        });
        Assert.Equal("4", storyboard.GetProperty("seconds").GetString());
        Assert.Equal(42UL, storyboard.GetProperty("seed").GetUInt64());
        var boarded = await WaitAsync(client, storyboard.GetProperty("id").GetString()!, TimeSpan.FromMinutes(3));
        Assert.True(boarded.GetProperty("status").GetString() == "completed", $"{boarded}\n{platform.Log()}");
        Assert.InRange((await DownloadAndProbeAsync(client, platform, storyboard.GetProperty("id").GetString()!)).DurationSeconds, 3.9, 4.2);

        // Deleting a video that is being generated stops its sampling between steps.
        var doomed = await CreateAsync(client, "A green face moves left in a room, then an orange ring bounces at night", seconds: "12");
        var doomedId = doomed.GetProperty("id").GetString()!;
        await WaitAsync(client, doomedId, TimeSpan.FromMinutes(2), v => v.GetProperty("progress").GetInt32() >= 8 || v.GetProperty("status").GetString() is "completed" or "failed");
        Parse(await client.DeleteVideoAsync(doomedId));
        var stopDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var doomedJob = Guid.ParseExact(doomedId[6..], "N").ToString();
        while (!platform.LogContains(line => line.Contains(doomedJob, StringComparison.OrdinalIgnoreCase) && line.Contains("was cancelled")))
        {
            Assert.True(DateTime.UtcNow < stopDeadline, "the video service never stopped the deleted job\n" + platform.Log());
            await Task.Delay(300);
        }

        var deleteResponse = await platform.Http.DeleteAsync($"/v1/videos/{id}");
        Assert.True(deleteResponse.IsSuccessStatusCode, $"deleting {id}: {(int)deleteResponse.StatusCode} {await deleteResponse.Content.ReadAsStringAsync()}\n{platform.Log()}");
        var deleted = JsonDocument.Parse(await deleteResponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("video.deleted", deleted.GetProperty("object").GetString());
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
        var gone = await Assert.ThrowsAsync<ClientResultException>(() => client.GetVideoAsync(id));
        Assert.Equal(404, gone.Status);
        Assert.False(Directory.Exists(Path.Combine(platform.DataDirectory, "blobs", "jobs", id[6..])));
    }
}
