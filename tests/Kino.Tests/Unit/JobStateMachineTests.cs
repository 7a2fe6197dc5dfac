using Kino.Contracts;
using Kino.Orchestrator;
using Kino.Orchestrator.Jobs;

namespace Kino.Tests.Unit;

public sealed class JobStateMachineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly JobStateMachine _machine = new(new OrchestratorOptions { MaxAttempts = 2 });
    private static BlobRef Blob(string name) => new($"jobs/x/{name}", "video/mp4", 1);

    private Job NewJob(out Transition transition)
    {
        var request = new VideoRequested(Guid.NewGuid(), Guid.NewGuid(), T0, "owner", "a cat", "kino-1", 4, 720, 1280, null, null, null);
        (var job, transition) = _machine.Create(request, T0);
        return job;
    }

    private static IStageResult ResultFor(Job job, int? attempt = null)
    {
        var (id, c, a) = (job.Id, job.CorrelationId, attempt ?? job.Attempt);
        return job.CurrentStage.Name switch
        {
            Stages.Moderation => new PromptModerated(id, c, T0, a, true, 1, true, null, null),
            Stages.Video => new VideoFramesGenerated(id, c, T0, a, true, 1, Blob("v")),
            Stages.Audio => new AudioSynthesized(id, c, T0, a, true, 1, Blob("a"), []),
            Stages.LipSync => new LipSynced(id, c, T0, a, true, 1, Blob("l")),
            Stages.OutputModeration => new OutputModerated(id, c, T0, a, false, 1, true, null, null),
            Stages.Watermark => new Watermarked(id, c, T0, a, true, 1, Blob("w")),
            Stages.Provenance => new ProvenanceSigned(id, c, T0, a, true, 1, Blob("p")),
            _ => new VideoPublished(id, c, T0, a, false, 1, Blob("p"), Blob("t"), Blob("s")),
        };
    }

    [Fact]
    public void A_job_walks_every_stage_in_order_and_completes_with_progress_100()
    {
        var job = NewJob(out var first);
        Assert.IsType<ModeratePrompt>(first.Messages[0]);
        var commands = new List<Type> { first.Messages[0].GetType() };
        var progress = new List<int> { job.Progress };
        while (!job.IsTerminal)
        {
            var t = _machine.OnResult(job, job.CurrentStage.Name, ResultFor(job), T0);
            Assert.True(t.Changed);
            commands.AddRange(t.Messages.Where(m => m is IStageCommand).Select(m => m.GetType()));
            progress.Add(job.Progress);
            if (job.IsTerminal) Assert.IsType<VideoCompleted>(Assert.Single(t.Messages));
        }
        Assert.Equal([typeof(ModeratePrompt), typeof(GenerateVideo), typeof(SynthesizeAudio), typeof(Kino.Contracts.LipSync), typeof(ModerateOutput), typeof(ApplyWatermark), typeof(SignProvenance), typeof(PublishVideo)], commands);
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(100, job.Progress);
        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.All(job.Stages, s => Assert.Equal(StageStatusNames.Completed, s.Status));
        Assert.True(job.Stages.Single(s => s.Name == Stages.Video).Placeholder);
    }

    [Fact]
    public void A_blocked_prompt_fails_the_job_with_moderation_blocked()
    {
        var job = NewJob(out _);
        var t = _machine.OnResult(job, Stages.Moderation, new PromptModerated(job.Id, job.CorrelationId, T0, 1, true, 1, false, "x", "not allowed"), T0);
        var failed = Assert.IsType<VideoFailed>(Assert.Single(t.Messages));
        Assert.Equal(JobErrorCodes.ModerationBlocked, failed.Code);
        Assert.Equal(JobStatus.Failed, job.Status);
    }

    [Fact]
    public void Duplicate_results_change_nothing_but_resend_the_current_command()
    {
        var job = NewJob(out _);
        var moderated = ResultFor(job);
        _machine.OnResult(job, Stages.Moderation, moderated, T0);
        var duplicate = _machine.OnResult(job, Stages.Moderation, moderated, T0);
        Assert.False(duplicate.Changed);
        Assert.IsType<GenerateVideo>(Assert.Single(duplicate.Messages));
        Assert.Equal(Stages.Video, job.CurrentStage.Name);

        var staleAttempt = _machine.OnResult(job, Stages.Video, ResultFor(job, attempt: 7), T0);
        Assert.Equal(Transition.None, staleAttempt);
    }

    [Fact]
    public void A_stage_past_its_deadline_is_retried_then_the_job_fails_with_stage_timeout()
    {
        var job = NewJob(out _);
        Assert.Equal(Transition.None, _machine.OnTick(job, T0.AddSeconds(10)));
        var retry = _machine.OnTick(job, T0.AddMinutes(2));
        Assert.Equal(2, Assert.IsType<ModeratePrompt>(retry.Messages[0]).Attempt);
        var timeout = _machine.OnTick(job, T0.AddMinutes(4));
        Assert.Equal(JobErrorCodes.StageTimeout, Assert.IsType<VideoFailed>(Assert.Single(timeout.Messages)).Code);
        Assert.Equal(StageStatusNames.Failed, job.CurrentStage.Status);
    }

    [Fact]
    public void A_cancelled_job_ignores_later_results_and_resume_sends_the_running_stage_again()
    {
        var job = NewJob(out _);
        _machine.OnResult(job, Stages.Moderation, ResultFor(job), T0);
        var resumed = _machine.Resume(job, T0.AddHours(1));
        Assert.IsType<GenerateVideo>(Assert.Single(resumed.Messages));
        Assert.Equal(T0.AddHours(1).AddMinutes(10), job.StageDeadline);

        _machine.Cancel(job, T0);
        Assert.Equal(JobStatus.Cancelled, job.Status);
        Assert.Equal(Transition.None, _machine.OnResult(job, Stages.Video, ResultFor(job), T0));
        Assert.Equal(Transition.None, _machine.Resume(job, T0));
    }

    [Fact]
    public void A_stage_failure_fails_the_job_with_its_code_only_for_the_current_attempt()
    {
        var job = NewJob(out _);
        Assert.Equal(Transition.None, _machine.OnStageFailed(job, Stages.Video, 1, "stage_failed", "boom", T0));
        var t = _machine.OnStageFailed(job, Stages.Moderation, 1, JobErrorCodes.StageFailed, "boom", T0);
        Assert.Equal("boom", Assert.IsType<VideoFailed>(Assert.Single(t.Messages)).Message);
        Assert.Equal(new JobError(JobErrorCodes.StageFailed, "boom"), job.Error);
    }

    private Job RunTo(string stage)
    {
        var job = NewJob(out _);
        while (job.CurrentStage.Name != stage) _machine.OnResult(job, job.CurrentStage.Name, ResultFor(job), T0);
        return job;
    }

    [Fact]
    public void Output_moderation_checks_the_lip_synced_video_with_the_spoken_transcript_and_can_block()
    {
        var job = RunTo(Stages.Audio);
        _machine.OnResult(job, Stages.Audio, new AudioSynthesized(job.Id, job.CorrelationId, T0, job.Attempt, false, 1, Blob("a"), [], "hello there"), T0);
        var t = _machine.OnResult(job, Stages.LipSync, ResultFor(job), T0);
        var command = Assert.IsType<ModerateOutput>(t.Messages[0]);
        Assert.Equal(Blob("l"), command.Video);
        Assert.Equal("hello there", command.Transcript);

        var blocked = _machine.OnResult(job, Stages.OutputModeration, new OutputModerated(job.Id, job.CorrelationId, T0, job.Attempt, false, 1,
            false, "sexual", "The generated video was blocked.", JobErrorCodes.ModerationBlocked), T0);
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal(JobErrorCodes.ModerationBlocked, Assert.IsType<VideoFailed>(Assert.Single(blocked.Messages)).Code);
    }

    [Fact]
    public void A_refused_mention_fails_with_its_code_and_an_admin_override_lets_the_job_go_on()
    {
        var job = NewJob(out _);
        _machine.OnResult(job, Stages.Moderation, new PromptModerated(job.Id, job.CorrelationId, T0, 1, false, 1, false, "real_people", "needs consent",
            JobErrorCodes.CameoConsentRequired), T0);
        Assert.Equal(JobErrorCodes.CameoConsentRequired, job.Error?.Code);
        Assert.False(_machine.OnModerationOverride(job, Stages.OutputModeration, T0).Changed); // not the stage that failed

        var resumed = _machine.OnModerationOverride(job, Stages.Moderation, T0.AddMinutes(1));
        Assert.True(resumed.Changed);
        Assert.IsType<GenerateVideo>(resumed.Messages[0]);
        Assert.Equal(JobStatus.InProgress, job.Status);
        Assert.Null(job.Error);
        Assert.False(_machine.OnModerationOverride(job, Stages.Moderation, T0).Changed); // only once
    }

    [Fact]
    public void An_age_gated_prompt_is_remembered_and_teen_jobs_are_moderated_as_teen()
    {
        var request = new VideoRequested(Guid.NewGuid(), Guid.NewGuid(), T0, "owner", "a zombie film", "kino-1", 4, 720, 1280, null, null, null, Teen: true);
        var (job, first) = _machine.Create(request, T0);
        Assert.True(Assert.IsType<ModeratePrompt>(first.Messages[0]).Teen);
        _machine.OnResult(job, Stages.Moderation, new PromptModerated(job.Id, job.CorrelationId, T0, 1, false, 1, true, "violence_graphic", null, AgeGated: true), T0);
        Assert.True(job.AgeGated);
        Assert.Equal(Stages.Video, job.CurrentStage.Name);
    }
}
