using System.Net;
using System.Text;
using Kino.Storage;
using Kino.Storage.Files;
using static Kino.Tests.Security.SecurityPlatform;

namespace Kino.Tests.Security;

/// <summary>The blob store, where every media key becomes a file path: no key reaches outside its root, or names the root.</summary>
public sealed class BlobKeyTraversalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-traversal-").FullName;
    private string Root => Path.Combine(_folder, "blobs");
    private string Outside => Path.Combine(_folder, "outside.txt");

    public static TheoryData<string> HostileKeys => new(
        "../outside.txt", "jobs/../../outside.txt", "jobs/x/../../../outside.txt", "..", ".", "./", "jobs/.", "jobs/./x", "jobs//x", "/etc/passwd",
        "//etc/passwd", "jobs\\..\\..\\outside.txt", "..\\outside.txt", "C:\\Windows\\win.ini", "jobs/x\0.png", "jobs/%2e%2e/%2e%2e/outside.txt",
        "jobs/..%2f..%2foutside.txt", "~/outside.txt", "jobs/\u2024\u2024/outside.txt", "jobs/\uff0e\uff0e/outside.txt", "", " ", "jobs/x/", new string('a', 513));

    [Theory]
    [MemberData(nameof(HostileKeys))]
    public async Task Hostile_keys_are_refused_by_every_operation(string key)
    {
        await File.WriteAllTextAsync(Outside, "outside");
        var blobs = new FileBlobStore(Root);
        await blobs.PutAsync("jobs/kept/video.mp4", new MemoryStream([1, 2, 3]), "video/mp4");

        await Assert.ThrowsAsync<ArgumentException>(() => blobs.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("written")), "text/plain"));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.ExistsAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.DeleteAsync(key));
        if (key is not "jobs/x/") await Assert.ThrowsAsync<ArgumentException>(() => blobs.DeletePrefixAsync(key));

        Assert.Equal("outside", await File.ReadAllTextAsync(Outside));
        Assert.Equal(new[] { Outside, Root }.Order(), Directory.GetFileSystemEntries(_folder).Order());
        Assert.True(await blobs.ExistsAsync("jobs/kept/video.mp4"), "a refused key must not delete other blobs");
    }

    [Fact]
    public async Task A_folder_prefix_deletes_only_that_folder()
    {
        var blobs = new FileBlobStore(Root);
        await blobs.PutAsync("jobs/a/video.mp4", new MemoryStream([1]), "video/mp4");
        await blobs.PutAsync("jobs/ab/video.mp4", new MemoryStream([1]), "video/mp4");
        await blobs.DeletePrefixAsync("jobs/a/");
        Assert.False(await blobs.ExistsAsync("jobs/a/video.mp4"));
        Assert.True(await blobs.ExistsAsync("jobs/ab/video.mp4"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>
/// Ids, names, variants and file names from the API never reach a file outside the data folder: every hostile
/// spelling answers 400 or 404 in the API's error shape, a canary file beside the data folder is never served, and no
/// file named after a payload appears anywhere.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class PathTraversalApiTests(SecurityPlatform fixture)
{
    private const string Canary = "kino-canary-8c1f";

    /// <summary>
    /// Hostile spellings of "go up and read something else", as they would sit in one URL path segment, sent as they
    /// are. The server resolves the dot segments of the first few before routing (so they may land on another public
    /// route, which the caller is checked for like any other); the rest must be refused.
    /// </summary>
    private static readonly string[] DotSegments = ["..", "%2e%2e", "%2E%2e", ".%2e"];

    private static readonly string[] Segments =
    [
        "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%5c..%5cetc%5cpasswd", "..\\..\\etc\\passwd", "%2fetc%2fpasswd",
        "video_..%2f..%2f" + Canary, "video_%00", "%00", "..%252f..%252fetc%252fpasswd", "%c0%ae%c0%ae%2f", "C:%5cWindows%5cwin.ini",
        "cameos%2f..%2f..%2f" + Canary, "char_..%2f..%2f" + Canary,
    ];

    private HttpRequestMessage Raw(HttpMethod method, string path) =>
        new(method, new Uri(fixture.Platform.BaseUrl.ToString().TrimEnd('/') + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));

    /// <summary>Routes whose last or middle segment is an id or name, with {x} where the hostile segment goes.</summary>
    private static readonly string[] Routes =
    [
        "/v1/videos/{x}", "/v1/videos/{x}/content", "/v1/videos/{x}/content?variant=thumbnail", "/v1/videos/{x}/remixes",
        "/v1/feed/videos/{x}/content", "/v1/users/{x}/videos", "/v1/cameos/{x}", "/v1/cameos/{x}/face", "/v1/cameos/{x}/videos",
        "/v1/videos/characters/{x}", "/v1/webhooks/{x}", "/v1/webhooks/{x}/deliveries", "/v1/admin/jobs/{x}", "/v1/admin/moderation/decisions/{x}",
        "/v1/cameos/{x}/internal/cameos/consent-checks", "/v1/cameos/x/{x}/feed/admin/reports", "/v1/webhooks/{x}/feed/admin/reports",
    ];

    /// <summary>A user id is only a value to look up (never a path): an unknown one is an empty public profile.</summary>
    private const string Profile = "/v1/users/{x}/videos";

    [Fact]
    public async Task Hostile_ids_in_paths_answer_400_or_404_and_never_serve_a_file_outside_the_data_folder()
    {
        var canaryFolder = Path.Combine(Path.GetDirectoryName(fixture.Platform.DataDirectory)!, Canary);
        Directory.CreateDirectory(canaryFolder);
        await File.WriteAllTextAsync(Path.Combine(canaryFolder, "secret.txt"), Canary + "-content");
        try
        {
            var failures = new List<string>();
            foreach (var route in Routes)
            foreach (var segment in Segments.Concat(DotSegments))
            foreach (var client in new[] { fixture.Owner, fixture.Admin })
            {
                var path = route.Replace("{x}", segment);
                using var response = await client.SendAsync(Raw(HttpMethod.Get, path));
                var body = await response.Content.ReadAsStringAsync();
                var refused = (int)response.StatusCode is 400 or 403 or 404 || (route == Profile && body.Contains("\"data\":[]"));
                if (body.Contains(Canary + "-content") || body.Contains("root:x:0:0") || (int)response.StatusCode >= 500 || (!refused && !DotSegments.Contains(segment)))
                    failures.Add($"GET {path}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
            }
            // Deleting by a hostile id deletes nothing.
            foreach (var route in new[] { "/v1/videos/{x}", "/v1/cameos/{x}", "/v1/webhooks/{x}", "/v1/admin/api_keys/{x}", "/v1/cameos/{cameo}/grants/{x}" })
            foreach (var segment in Segments)
            {
                var path = route.Replace("{cameo}", fixture.CameoId).Replace("{x}", segment);
                using var response = await fixture.Admin.SendAsync(Raw(HttpMethod.Delete, path));
                using var asOwner = await fixture.Owner.SendAsync(Raw(HttpMethod.Delete, path));
                foreach (var answer in new[] { response, asOwner })
                    if ((int)answer.StatusCode is not (400 or 403 or 404 or 405))
                        failures.Add($"DELETE {path}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            }
            Assert.Equal(HttpStatusCode.OK, (await fixture.Owner.GetAsync($"/v1/videos/{fixture.VideoId}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await fixture.Owner.GetAsync($"/v1/cameos/{fixture.CameoId}")).StatusCode);
            // Variants are names too.
            foreach (var variant in new[] { "../../../../etc/passwd", "..%2f..%2fvideo.mp4", "%2fetc%2fpasswd", "video/../../x", "video%00", "..\\..\\x", "thumbnail%2f..%2f..%2fx" })
            foreach (var route in new[] { $"/v1/videos/{fixture.VideoId}/content", $"/v1/feed/videos/{fixture.VideoId}/content" })
            {
                using var response = await fixture.Owner.SendAsync(Raw(HttpMethod.Get, $"{route}?variant={variant}"));
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != 400 || !body.Contains("variant")) failures.Add($"GET {route}?variant={variant}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
            }
            // The proxy's catch-alls must not carry a caller to another service path with the gateway's internal token.
            foreach (var path in new[] { "/v1/cameos/..%2Finternal%2Fcameos%2Fconsent-checks", "/v1/cameos/x/..%2F..%2Finternal%2Fcameos%2Fconsent-checks",
                         "/v1/webhooks/..%2F..%2Finternal%2Fcameos%2Fconsent-checks", "/v1/cameos/%2e%2e%2finternal%2fcameos%2fconsent-checks" })
            {
                var request = Raw(HttpMethod.Post, path);
                request.Content = Json(new { });
                using var response = await fixture.Owner.SendAsync(request);
                // The encoded slashes stay part of one segment: at most it is read as a cameo id (405: no POST there).
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)) failures.Add($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            Assert.True(failures.Count == 0, string.Join('\n', failures));
        }
        finally
        {
            Directory.Delete(canaryFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Hostile_names_and_upload_file_names_write_nothing_outside_the_data_folder()
    {
        var started = DateTime.UtcNow;
        var png = await File.ReadAllBytesAsync(Fixture("astronaut.png"));
        // A cameo whose name and upload file names climb out; its handle must be refused outright.
        using (var form = new MultipartFormDataContent
               {
                   { new StringContent("../../../../tmp/kino-pwned-name"), "name" },
                   { new ByteArrayContent(png), "video", "../../../../tmp/kino-pwned-video.png" },
                   { new StringContent("true"), "attest_own_likeness" },
                   { new StringContent("adult"), "age_bracket" },
                   { new StringContent("sec_" + Guid.NewGuid().ToString("N")[..10]), "handle" },
               })
        {
            var response = await fixture.Owner.PostAsync("/v1/videos/characters", form);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        foreach (var handle in new[] { "../../kino-pwned", "..", "a/b/c", "x\\..\\y", "/tmp/kino-pwned" })
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent("n"), "name" }, { new ByteArrayContent(png), "video", "me.png" }, { new StringContent("true"), "attest_own_likeness" },
                { new StringContent("adult"), "age_bracket" }, { new StringContent(handle), "handle" },
            };
            var response = await fixture.Owner.PostAsync("/v1/videos/characters", form);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("invalid_handle", await response.Content.ReadAsStringAsync());
        }
        // A reference image whose file name climbs out.
        using (var form = new MultipartFormDataContent { { new StringContent("a blue ring"), "prompt" }, { new ByteArrayContent(png), "input_reference", "../../../../tmp/kino-pwned-ref.png" } })
        {
            var response = await fixture.Owner.PostAsync("/v1/videos", form);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            await fixture.Owner.DeleteAsync($"/v1/videos/{System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()}");
        }
        // An API key name and an account id that climb out.
        Assert.True((await fixture.Admin.PostAsync("/v1/admin/api_keys", Json(new { name = "../../../../tmp/kino-pwned-key" }))).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Admin.DeleteAsync("/v1/admin/accounts/..%2F..%2Ftmp%2Fkino-pwned-account")).StatusCode);

        var written = new[] { Path.GetTempPath(), Path.GetDirectoryName(fixture.Platform.DataDirectory)!, "/tmp" }.Distinct()
            .SelectMany(folder => Directory.EnumerateFileSystemEntries(folder, "kino-pwned*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 4, IgnoreInaccessible = true }))
            .Where(path => File.GetLastWriteTimeUtc(path) >= started.AddSeconds(-1)).ToList();
        Assert.Empty(written);
        Assert.Empty(Directory.EnumerateFileSystemEntries(fixture.Platform.DataDirectory, "*pwned*", SearchOption.AllDirectories));
    }
}
