using Kino.Tests.Support;

namespace Kino.Tests.EndToEnd;

public sealed class DistributedTests
{
    [Fact]
    public async Task A_video_made_through_the_OpenAI_SDK_completes_with_every_service_its_own_process_over_RabbitMQ()
    {
        await using var platform = await KinoPlatform.StartAsync(distributed: true);
        await VideoFlow.RunAsync(platform);
        Assert.Contains("[video-diffusion]", platform.Log());
    }
}
