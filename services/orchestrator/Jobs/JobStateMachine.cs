using Kino.Contracts;

namespace Kino.Orchestrator.Jobs;

/// <summary>What a transition decided: whether the job changed (and must be saved) and the messages to send after saving.</summary>
public sealed record Transition(bool Changed, IReadOnlyList<object> Messages)
{
    public static readonly Transition None = new(false, []);
}

/// <summary>
/// The job lifecycle as pure functions of (job, event, time): moderation → video → audio → lip-sync →
/// output moderation → watermark → provenance → publish. Stale and duplicate results are recognised by stage and attempt.
/// </summary>
public sealed class JobStateMachine(OrchestratorOptions options)
{
    public const int Fps = 24;

    public (Job Job, Transition Transition) Create(VideoRequested request, DateTimeOffset now)
    {
        var job = new Job
        {
            Id = request.JobId, CorrelationId = request.CorrelationId, OwnerId = request.OwnerId, Prompt = request.Prompt,
            Model = request.Model, Seconds = request.Seconds, Width = request.Width, Height = request.Height,
            InputReference = request.InputReference, RemixOfJobId = request.RemixOfJobId, RemixSource = request.RemixSource,
            Seed = request.Seed, Storyboard = request.Storyboard, ExtendsJobId = request.ExtendsJobId, ExtendSource = request.ExtendSource,
            Teen = request.Teen, CreatorHandle = request.CreatorHandle, UnmarkedCopy = request.UnmarkedCopy, CharacterIds = request.CharacterIds, CreatedAt = now,
            Stages = Stages.Pipeline.Select(name => new StageState { Name = name }).ToList(),
        };
        var messages = new List<object>();
        StartStage(job, 0, 1, now, messages);
        return (job, new Transition(true, messages));
    }

    public Transition OnResult(Job job, string stage, IStageResult result, DateTimeOffset now)
    {
        if (job.IsTerminal) return Transition.None;
        if (stage != job.CurrentStage.Name || result.Attempt != job.Attempt)
        {
            // A redelivered result of the stage just finished: the command for the current stage may have been lost
            // between saving and sending, so send it again (stages are idempotent by job, stage and attempt).
            var index = job.Stages.FindIndex(s => s.Name == stage);
            return index == job.Current - 1 ? new Transition(false, [CommandFor(job, now)]) : Transition.None;
        }

        var state = job.CurrentStage;
        state.Status = StageStatusNames.Completed;
        state.Placeholder = result.Placeholder;
        state.ComputeMs += result.ComputeMs;
        state.FinishedAt = now;
        var messages = new List<object>();
        switch (result)
        {
            case IModerationResult { Allowed: false } refused:
                state.Status = StageStatusNames.Failed;
                Fail(job, refused.ErrorCode ?? JobErrorCodes.ModerationBlocked, refused.Reason ?? $"{(refused is OutputModerated ? "The generated video" : "The prompt")} was blocked by the content policy.", now, messages);
                return new Transition(true, messages);
            case PromptModerated { Cameos: { Count: > 0 } cameos } prompt:
                job.Cameos = [.. cameos];
                job.AgeGated |= prompt.AgeGated;
                break;
            case IModerationResult { AgeGated: true }: job.AgeGated = true; break;
            case VideoFramesGenerated video: job.Outputs[stage] = video.Frames; job.Shots = [.. video.Shots ?? []]; break;
            case AudioSynthesized audio: job.Outputs[stage] = audio.Audio; job.Phonemes = [.. audio.Phonemes]; job.Transcript = audio.Transcript; break;
            case LipSynced synced: job.Outputs[stage] = synced.Video; break;
            case Watermarked marked:
                job.Outputs[stage] = marked.Video;
                if (marked.UnmarkedVideo is { } unmarked) job.Outputs[UnmarkedOutput(stage)] = unmarked;
                break;
            case ProvenanceSigned signed:
                job.Outputs[stage] = signed.Video;
                if (signed.UnmarkedVideo is { } signedUnmarked) job.Outputs[UnmarkedOutput(stage)] = signedUnmarked;
                break;
            case VideoPublished published:
                job.Outputs[stage] = published.Video;
                job.Thumbnail = published.Thumbnail;
                job.Spritesheet = published.Spritesheet;
                job.Status = JobStatus.Completed;
                job.FinishedAt = now;
                job.StageDeadline = null;
                messages.Add(new VideoCompleted(job.Id, job.CorrelationId, now, published.Video, published.Thumbnail, published.Spritesheet, StageContracts(job),
                    job.Outputs.GetValueOrDefault(UnmarkedOutput(Stages.Provenance))));
                return new Transition(true, messages);
        }
        StartStage(job, job.Current + 1, 1, now, messages);
        return new Transition(true, messages);
    }

    /// <summary>A running stage reported how far it is; the API's progress follows when the whole number changes.</summary>
    public Transition OnStageProgress(Job job, string stage, int attempt, double fraction, DateTimeOffset now)
    {
        if (job.IsTerminal || stage != job.CurrentStage.Name || attempt != job.Attempt || fraction <= job.CurrentStage.Fraction) return Transition.None;
        int before = job.Progress;
        job.CurrentStage.Fraction = Math.Clamp(fraction, 0, 1);
        return new Transition(true, job.Progress != before ? [Progress(job, now)] : []);
    }

    public Transition OnStageFailed(Job job, string stage, int attempt, string code, string message, DateTimeOffset now)
    {
        if (job.IsTerminal || stage != job.CurrentStage.Name || attempt != job.Attempt) return Transition.None;
        job.CurrentStage.Status = StageStatusNames.Failed;
        job.CurrentStage.FinishedAt = now;
        var messages = new List<object>();
        Fail(job, code, message, now, messages);
        return new Transition(true, messages);
    }

    /// <summary>A stage past its deadline is sent again with a new attempt number, up to the limit; then the job fails.</summary>
    public Transition OnTick(Job job, DateTimeOffset now)
    {
        if (job.IsTerminal || job.StageDeadline is not { } deadline || deadline > now) return Transition.None;
        var messages = new List<object>();
        if (job.Attempt >= options.MaxAttempts)
        {
            job.CurrentStage.Status = StageStatusNames.Failed;
            job.CurrentStage.FinishedAt = now;
            Fail(job, JobErrorCodes.StageTimeout,
                $"The {job.CurrentStage.Name} stage did not finish within {options.TimeoutOf(job.CurrentStage.Name).TotalSeconds:F0} s after {job.Attempt} attempts.", now, messages);
        }
        else
        {
            StartStage(job, job.Current, job.Attempt + 1, now, messages);
        }
        return new Transition(true, messages);
    }

    /// <summary>After a restart: send the running stage's command again and give it a fresh deadline.</summary>
    public Transition Resume(Job job, DateTimeOffset now)
    {
        if (job.IsTerminal) return Transition.None;
        job.StageDeadline = now + options.TimeoutOf(job.CurrentStage.Name);
        return new Transition(true, [CommandFor(job, now)]);
    }

    /// <summary>
    /// An admin allowed what moderation blocked: a job that failed at that moderation stage goes on with the next stage.
    /// (Moderation never sends an override of an always-blocked category.)
    /// </summary>
    public Transition OnModerationOverride(Job job, string stage, DateTimeOffset now)
    {
        if (job.Status != JobStatus.Failed || job.Error?.Code is not (JobErrorCodes.ModerationBlocked or JobErrorCodes.CameoConsentRequired)
            || job.CurrentStage.Name != stage) return Transition.None;
        job.CurrentStage.Status = StageStatusNames.Completed;
        job.Error = null;
        job.FinishedAt = null;
        var messages = new List<object>();
        StartStage(job, job.Current + 1, 1, now, messages);
        return new Transition(true, messages);
    }

    /// <summary>A cameo the job uses lost its owner's consent: an unfinished job fails (finished ones are the feed's to take down).</summary>
    public Transition OnConsentRevoked(Job job, DateTimeOffset now)
    {
        if (job.IsTerminal) return Transition.None;
        job.CurrentStage.Status = StageStatusNames.Failed;
        job.CurrentStage.FinishedAt = now;
        var messages = new List<object>();
        Fail(job, JobErrorCodes.CameoConsentRequired, "The owner of a cameo in this video withdrew their consent while it was being made.", now, messages);
        return new Transition(true, messages);
    }

    public Transition Cancel(Job job, DateTimeOffset now)
    {
        if (job.IsTerminal) return Transition.None;
        job.Status = JobStatus.Cancelled;
        job.CurrentStage.Status = StageStatusNames.Cancelled;
        job.FinishedAt = now;
        job.StageDeadline = null;
        return new Transition(true, []);
    }

    private void StartStage(Job job, int index, int attempt, DateTimeOffset now, List<object> messages)
    {
        job.Current = index;
        job.Attempt = attempt;
        job.Status = index == 0 && attempt == 1 ? JobStatus.Queued : JobStatus.InProgress;
        var stage = job.CurrentStage;
        stage.Status = StageStatusNames.Running;
        stage.Attempts = attempt;
        stage.Fraction = 0;
        stage.StartedAt ??= now;
        job.StageDeadline = now + options.TimeoutOf(stage.Name);
        messages.Add(CommandFor(job, now));
        messages.Add(Progress(job, now));
    }

    private static void Fail(Job job, string code, string message, DateTimeOffset now, List<object> messages)
    {
        job.Status = JobStatus.Failed;
        job.Error = new JobError(code, message);
        job.FinishedAt = now;
        job.StageDeadline = null;
        messages.Add(new VideoFailed(job.Id, job.CorrelationId, now, code, message, StageContracts(job)));
    }

    private static VideoProgressed Progress(Job job, DateTimeOffset now) =>
        new(job.Id, job.CorrelationId, now, job.Status, job.Progress, StageContracts(job));

    private static List<StageStatus> StageContracts(Job job) => job.Stages.Select(s => s.ToContract()).ToList();

    /// <summary>The command that runs the job's current stage, built from the request and earlier stages' outputs.</summary>
    /// <summary>Where a stage's copy without the visible watermark is kept among the job's outputs.</summary>
    public static string UnmarkedOutput(string stage) => stage + ".unmarked";

    public static object CommandFor(Job job, DateTimeOffset now)
    {
        var (id, correlation, attempt) = (job.Id, job.CorrelationId, job.Attempt);
        BlobRef Output(string stage) => job.Outputs.TryGetValue(stage, out var blob)
            ? blob : throw new InvalidOperationException($"Job {id} has no output of stage {stage}.");
        return job.CurrentStage.Name switch
        {
            Stages.Moderation => new ModeratePrompt(id, correlation, now, attempt, job.OwnerId, TextToModerate(job), job.Teen, job.CharacterIds),
            Stages.Video => new GenerateVideo(id, correlation, now, attempt, job.Prompt, job.Seconds, job.Width, job.Height, Fps, job.InputReference, job.RemixSource,
                job.Seed, job.Storyboard, job.ExtendSource),
            Stages.Audio => new SynthesizeAudio(id, correlation, now, attempt, job.Prompt, job.Seconds, job.Seed, Output(Stages.Video), job.Shots, job.Cameos),
            Stages.LipSync => new LipSync(id, correlation, now, attempt, Output(Stages.Video), Output(Stages.Audio), job.Phonemes, job.Cameos),
            Stages.OutputModeration => new ModerateOutput(id, correlation, now, attempt, job.OwnerId, Output(Stages.LipSync), job.Transcript, job.Teen),
            Stages.Watermark => new ApplyWatermark(id, correlation, now, attempt, Output(Stages.LipSync), job.OwnerId, job.CreatorHandle, job.UnmarkedCopy),
            Stages.Provenance => new SignProvenance(id, correlation, now, attempt, Output(Stages.Watermark), job.Model, job.RemixOfJobId ?? job.ExtendsJobId,
                job.RemixSource ?? job.ExtendSource, job.ExtendsJobId is not null, job.Outputs.GetValueOrDefault(UnmarkedOutput(Stages.Watermark)), job.Cameos),
            Stages.Publish => new PublishVideo(id, correlation, now, attempt, job.OwnerId, job.Prompt, Output(Stages.Provenance), job.Cameos, job.AgeGated,
                job.RemixOfJobId, job.Seconds),
            var other => throw new InvalidOperationException($"Unknown stage '{other}'."),
        };
    }

    /// <summary>The prompt and every storyboard shot's prompt, one per line.</summary>
    private static string TextToModerate(Job job) =>
        job.Storyboard is { Count: > 0 } shots ? string.Join('\n', shots.Select(s => s.Prompt).Prepend(job.Prompt).Distinct()) : job.Prompt;
}
