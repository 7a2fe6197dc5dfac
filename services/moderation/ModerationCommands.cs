using System.CommandLine;
using System.Text.Json;
using Kino.Moderation.Checks;
using Kino.Moderation.Classification;
using Kino.Moderation.Dataset;
using Kino.Moderation.Scoring;
using Kino.Moderation.Policy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kino.Moderation;

/// <summary>Offline commands beside the service: build the dataset, train the classifier, evaluate, benchmark (`./kino … moderation`).</summary>
public static class ModerationCommands
{
    public static readonly string[] Names = ["dataset", "train", "evaluate", "benchmark"];
    // Train, augment and augment2: what the classifier learns from. Dev: what the lexicon was tuned on (the classifier learns from it too).
    // Test: held out from both, the figures Kino reports.
    private const string TrainSet = "services/moderation/Dataset/train.tsv";
    private const string AugmentSet = "services/moderation/Dataset/augment.tsv";
    private const string Augment2Set = "services/moderation/Dataset/augment2.tsv";
    private const string DevSet = "tests/Kino.Tests/Moderation/moderation-dev.tsv";
    private const string TestSet = "tests/Kino.Tests/Moderation/moderation-test.tsv";
    private const string ClassifierFile = "services/moderation/Data/prompt-classifier.bin";
    private const string PolicyFile = "services/moderation/Data/policy.json";
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>A moderator outside the service host, over the given policy and classifier files.</summary>
    public static PromptModerator CreateModerator(string policyFile, string classifierFile, out CompiledPolicy policy)
    {
        var provider = new PolicyProvider(Options.Create(new ModerationOptions { PolicyFile = policyFile, ClassifierFile = classifierFile }), NullLogger<PolicyProvider>.Instance);
        policy = provider.Current;
        return new PromptModerator(provider, PromptClassifier.Load(classifierFile));
    }

    public static IReadOnlyList<LabelledPrompt> ReadSet(string path)
    {
        using var reader = new StreamReader(path);
        return ModerationDataset.ReadTsv(reader);
    }

    public static int Run(string[] args)
    {
        var trainOut = new Option<string>("--train") { DefaultValueFactory = _ => TrainSet };
        var augmentOut = new Option<string>("--augment") { DefaultValueFactory = _ => AugmentSet };
        var augment2Out = new Option<string>("--augment2") { DefaultValueFactory = _ => Augment2Set };
        var devOut = new Option<string>("--dev") { DefaultValueFactory = _ => DevSet };
        var testOut = new Option<string>("--test") { DefaultValueFactory = _ => TestSet };
        var dataset = new Command("dataset", "Build the labelled training, development and test sets") { trainOut, augmentOut, augment2Out, devOut, testOut };
        dataset.SetAction(parsed =>
        {
            foreach (var (split, path) in new[] { (DatasetSplit.Train, parsed.GetValue(trainOut)!), (DatasetSplit.Augment, parsed.GetValue(augmentOut)!), (DatasetSplit.Augment2, parsed.GetValue(augment2Out)!), (DatasetSplit.Evaluation, parsed.GetValue(devOut)!), (DatasetSplit.Test, parsed.GetValue(testOut)!) })
            {
                var prompts = ModerationDataset.Build(split);
                using var writer = new StreamWriter(path);
                ModerationDataset.WriteTsv(prompts, writer);
                Console.WriteLine($"{split}: {prompts.Count} prompts → {path}");
            }
        });

        var data = new Option<string[]>("--data") { DefaultValueFactory = _ => [TrainSet, AugmentSet, Augment2Set, DevSet], AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { DefaultValueFactory = _ => ClassifierFile };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation (higher: fewer, larger weights)", DefaultValueFactory = _ => 0.05f };
        var train = new Command("train", "Train the prompt classifier with ML.NET") { data, output, l1 };
        train.SetAction(parsed =>
        {
            // Never train on a text of the held-out test set, should a generated training text happen to equal one.
            var held = File.Exists(TestSet) ? ReadSet(TestSet).Select(p => p.Text).ToHashSet() : [];
            var all = parsed.GetValue(data)!.SelectMany(ReadSet).ToList();
            var examples = all.Where(e => !held.Contains(e.Text)).ToList();
            Console.WriteLine($"{examples.Count} training examples ({all.Count - examples.Count} left out: also in the test set)");
            var classifier = ClassifierTrainer.Train(examples, DatasetLabels.All, Console.Out, parsed.GetValue(l1));
            classifier.Save(parsed.GetValue(output)!);
            Console.WriteLine($"{classifier.Description} → {parsed.GetValue(output)}");
        });

        var evalData = new Option<string>("--data") { DefaultValueFactory = _ => TestSet };
        var policyFile = new Option<string>("--policy") { DefaultValueFactory = _ => PolicyFile };
        var classifierFile = new Option<string>("--classifier") { DefaultValueFactory = _ => ClassifierFile };
        var report = new Option<string?>("--report") { Description = "also write the report (JSON) here" };
        var evaluate = new Command("evaluate", "Precision, recall, false positives and the confusion matrix on the evaluation set") { evalData, policyFile, classifierFile, report };
        evaluate.SetAction(parsed =>
        {
            var moderator = CreateModerator(parsed.GetValue(policyFile)!, parsed.GetValue(classifierFile)!, out var policy);
            var result = ModerationEvaluator.Evaluate(moderator, policy, ReadSet(parsed.GetValue(evalData)!));
            var json = JsonSerializer.Serialize(result, Indented);
            Console.WriteLine(json);
            if (parsed.GetValue(report) is { } path) File.WriteAllText(path, json);
        });

        var rounds = new Option<int>("--rounds") { DefaultValueFactory = _ => 10 };
        var benchmark = new Command("benchmark", "Per-prompt latency and throughput of the prompt check") { evalData, policyFile, classifierFile, rounds };
        benchmark.SetAction(parsed =>
        {
            var moderator = CreateModerator(parsed.GetValue(policyFile)!, parsed.GetValue(classifierFile)!, out _);
            var texts = ReadSet(parsed.GetValue(evalData)!).Select(p => p.Text).ToList();
            Console.WriteLine(JsonSerializer.Serialize(ModerationEvaluator.MeasureSpeed(moderator, texts, parsed.GetValue(rounds)), Indented));
        });

        var root = new RootCommand("Kino moderation: offline commands") { dataset, train, evaluate, benchmark };
        return root.Parse(args).Invoke();
    }
}
