using System.Net.Http.Json;
using System.Text.Json;
using Kino.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kino.Tests.Web;

/// <summary>
/// The web app in a real browser: Debian's Chromium, headless, driven by Playwright (no browser is ever downloaded),
/// against a running Kino. A newcomer signs in, creates a video and watches it play, likes it in the feed, and checks
/// it on the verify page. Screenshots of each step are kept under TestResults/web.
/// </summary>
public sealed class WebAppTests
{
    private static readonly string Screenshots = Path.Combine(Repo.Root, "TestResults", "web");

    private static async Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string profile) =>
        await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required"],
            ViewportSize = new ViewportSize { Width = 412, Height = 860 },   // a phone
            IsMobile = false,
        });

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = false });

    /// <summary>Waits until the video element plays: enough data to play, and its clock moving.</summary>
    private static async Task AssertPlaysAsync(IPage page, string selector)
    {
        await page.WaitForFunctionAsync("s => { const v = document.querySelector(s); return v && v.readyState >= 3 && v.currentTime > 0.2; }",
            selector, new PageWaitForFunctionOptions { Timeout = 30_000 });
        double before = await page.EvalOnSelectorAsync<double>(selector, "v => v.currentTime");
        await Task.Delay(600);
        double after = await page.EvalOnSelectorAsync<double>(selector, "v => v.currentTime");
        Assert.True(after != before, $"currentTime stayed at {before}");
    }

    [Fact]
    public async Task A_newcomer_signs_in_creates_a_video_watches_it_likes_it_in_the_feed_and_verifies_it()
    {
        Directory.CreateDirectory(Screenshots);
        await using var platform = await KinoPlatform.StartAsync(distributed: false);
        var user = await platform.NewUserAsync(handle: "web_user");
        var key = user.DefaultRequestHeaders.Authorization!.Parameter!;
        var profile = Directory.CreateTempSubdirectory("kino-chromium-").FullName;
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var context = await LaunchAsync(playwright, profile);
            var page = context.Pages.FirstOrDefault() ?? await context.NewPageAsync();

            // Sign in: a wrong key is refused in plain words, the right one opens the feed.
            await page.GotoAsync(platform.BaseUrl.ToString());
            await page.GetByLabel("API key").FillAsync("sk-kino-wrong");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("API key was not accepted");
            await page.GetByLabel("API key").FillAsync(key);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();
            await ShotAsync(page, "1-signed-in");

            // Create, with live progress, and watch the result play with its provenance badge. The cameo list answers
            // slowly, as on a busy server: a user who types and clicks at once must still get their video (the form
            // once fell through to the browser's own submission here, reloading the page and losing the prompt).
            await page.RouteAsync("**/v1/cameos", async route => { await Task.Delay(2_000); await route.ContinueAsync(); });
            await page.GetByRole(AriaRole.Link, new() { Name = "Create" }).ClickAsync();
            await page.GetByLabel("Prompt", new() { Exact = true }).FillAsync("A red ball bounces on a sunny beach");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create video" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
            await page.UnrouteAllAsync();
            await ShotAsync(page, "2-progress");
            await Expect(page.GetByText("Your video is ready")).ToBeVisibleAsync(new() { Timeout = 240_000 });
            await AssertPlaysAsync(page, "video.result");
            await Expect(page.Locator(".badge")).ToContainTextAsync("Content Credentials: trusted", new() { Timeout = 60_000 });
            await Expect(page.Locator(".badge")).ToContainTextAsync("watermark detected");
            await ShotAsync(page, "3-result");
            var videoId = (await user.GetFromJsonAsync<JsonElement>("/v1/videos")).GetProperty("data")[0].GetProperty("id").GetString()!;

            // The feed: the video is there and plays; a like reaches Kino.
            await page.GetByRole(AriaRole.Link, new() { Name = "Feed" }).ClickAsync();
            var card = page.Locator($"article[data-video-id='{videoId}']");
            await Expect(card).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await AssertPlaysAsync(page, $"article[data-video-id='{videoId}'] video");
            await card.GetByRole(AriaRole.Button, new() { Name = "Like: A red ball bounces on a sunny beach" }).ClickAsync();
            await Expect(card.Locator("button.like")).ToHaveAttributeAsync("aria-pressed", "true");
            await ShotAsync(page, "4-feed-liked");
            var deadline = DateTime.UtcNow.AddSeconds(10);
            int likes;
            var userId = (await user.GetFromJsonAsync<JsonElement>("/v1/me")).GetProperty("id").GetString();
            do likes = (await user.GetFromJsonAsync<JsonElement>($"/v1/users/{userId}/videos")).GetProperty("data").EnumerateArray()
                .Single(v => v.GetProperty("video_id").GetString() == videoId).GetProperty("likes").GetInt32();
            while (likes == 0 && DateTime.UtcNow < deadline && await Task.Delay(200).ContinueWith(_ => true));
            Assert.Equal(1, likes);

            // Verify: the downloaded file is Kino's, its credentials intact and its watermark found.
            var file = Path.Combine(profile, "downloaded.mp4");
            await File.WriteAllBytesAsync(file, await user.GetByteArrayAsync($"/v1/videos/{videoId}/content"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Verify" }).ClickAsync();
            await page.GetByLabel("Video file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Expect(page.Locator(".verify-result")).ToContainTextAsync("Content Credentials: trusted", new() { Timeout = 60_000 });
            await Expect(page.Locator(".verify-result")).ToContainTextAsync($"Kino watermark detected: {videoId}");
            await ShotAsync(page, "5-verified");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    [Fact]
    public async Task A_person_makes_a_cameo_in_the_browser_and_sets_who_may_use_it()
    {
        Directory.CreateDirectory(Screenshots);
        await using var platform = await KinoPlatform.StartAsync(distributed: false);
        var user = await platform.NewUserAsync(handle: "web_cameo");
        var friend = await platform.NewUserAsync();
        var friendId = (await friend.GetFromJsonAsync<JsonElement>("/v1/me")).GetProperty("id").GetString()!;
        var profile = Directory.CreateTempSubdirectory("kino-chromium-").FullName;
        try
        {
            var face = Path.Combine(profile, "me.png");
            File.Copy(Path.Combine(Repo.Root, ".kino/fixtures/astronaut.png"), face);
            using var playwright = await Playwright.CreateAsync();
            await using var context = await LaunchAsync(playwright, profile);
            var page = context.Pages.FirstOrDefault() ?? await context.NewPageAsync();
            await page.GotoAsync(platform.BaseUrl + "#/cameos");
            await page.GetByLabel("API key").FillAsync(user.DefaultRequestHeaders.Authorization!.Parameter!);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Cameos" }).ClickAsync();

            // Without the attestation the browser itself stops the form; with it, the cameo is made from the photo.
            await page.GetByLabel("Name").FillAsync("Me");
            await page.GetByLabel("A short video (or photo) of your face, with your voice").SetInputFilesAsync(face);
            await page.GetByLabel("This is my own face and voice").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Create cameo" }).ClickAsync();
            var cameo = page.GetByRole(AriaRole.Region, new() { Name = "Cameo Me" });
            await Expect(cameo).ToBeVisibleAsync(new() { Timeout = 30_000 });

            // Let people I approve use it, and allow one person.
            await cameo.GetByLabel("Who may use it").SelectOptionAsync("approved");
            await cameo.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
            await Expect(page.Locator("#toast")).ToContainTextAsync("Saved.");
            await cameo.GetByLabel("Allow a person (their user id)").FillAsync(friendId);
            await cameo.GetByRole(AriaRole.Button, new() { Name = "Allow", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Cameo Me" }).GetByRole(AriaRole.Button, new() { Name = $"Revoke {friendId}" })).ToBeVisibleAsync();
            await ShotAsync(page, "6-cameo-settings");

            var stored = (await user.GetFromJsonAsync<JsonElement>("/v1/cameos")).GetProperty("data")[0];
            Assert.Equal("approved", stored.GetProperty("permission").GetString());
            Assert.Equal([friendId], stored.GetProperty("grants").EnumerateArray().Select(g => g.GetString()));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
