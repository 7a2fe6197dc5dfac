using Kino.Tests.Support;

namespace Kino.Tests.EndToEnd;

public sealed class AllInOneTests
{
    [Fact]
    public async Task A_video_made_through_the_OpenAI_SDK_completes_in_the_all_in_one_mode()
    {
        await using var platform = await KinoPlatform.StartAsync(distributed: false);
        await VideoFlow.RunAsync(platform);
    }

    [Fact]
    public async Task A_job_survives_kill_9_of_the_all_in_one_process_and_completes_after_restart()
    {
        await using var platform = await KinoPlatform.StartAsync(distributed: false);
        var client = VideoFlow.Client(platform);
        // The largest, longest clip keeps the video stage busy long enough to crash inside it.
        var created = await VideoFlow.CreateAsync(client, "A slow pan over a mountain lake at dawn", seconds: "12", size: "1792x1024");
        var id = created.GetProperty("id").GetString()!;
        await VideoFlow.WaitAsync(client, id, TimeSpan.FromMinutes(1), v => v.GetProperty("status").GetString() == "in_progress");

        await platform.StopAsync(kill: true);
        await platform.StartAsync();

        var done = await VideoFlow.WaitAsync(client, id, TimeSpan.FromMinutes(4));
        Assert.True(done.GetProperty("status").GetString() == "completed", $"{done}\n{platform.Log()}");
        var listed = await VideoFlow.PageAsync(client, 10, "desc", null);
        Assert.Single(listed.GetProperty("data").EnumerateArray()); // none lost, none duplicated
    }
}
