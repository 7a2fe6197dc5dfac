using Kino.Moderation.Dataset;
using Kino.Moderation.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Kino.Moderation.Classification;

/// <summary>
/// Trains <see cref="PromptClassifier"/> with ML.NET: per category, an L-BFGS logistic regression (L1 keeps the shipped
/// weights small) on the labelled training set, positives weighted up because they are rare. After training, the
/// exported weights are checked against ML.NET's own predictions, so the fast path computes what ML.NET computed.
/// </summary>
public static class ClassifierTrainer
{
    private sealed class Row
    {
        public bool Label { get; set; }
        public float Weight { get; set; }
        [VectorType(TextFeatures.Dimension)] public VBuffer<float> Features { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }

    public static PromptClassifier Train(IReadOnlyList<LabelledPrompt> examples, IReadOnlyList<string> categories, TextWriter log, float l1 = 0.05f, int seed = 1)
    {
        var ml = new MLContext(seed);
        var features = examples.Select(e => TextFeatures.Extract(PromptNormalizer.Tokenize(e.Text))).ToList();
        var models = new List<PromptClassifier.CategoryModel>();
        foreach (var category in categories)
        {
            int positives = examples.Count(e => e.Labels.Contains(category));
            if (positives == 0) throw new InvalidOperationException($"The training set has no example of {category}.");
            float positiveWeight = Math.Min(8f, (examples.Count - positives) / (float)positives);
            var rows = examples.Select((e, i) =>
            {
                var (indices, value) = features[i];
                bool label = e.Labels.Contains(category);
                return new Row
                {
                    Label = label,
                    Weight = label ? positiveWeight : 1,
                    Features = new VBuffer<float>(TextFeatures.Dimension, indices.Length, Enumerable.Repeat(value, indices.Length).ToArray(), indices),
                };
            }).ToList();
            var data = ml.Data.LoadFromEnumerable(rows);
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), ExampleWeightColumnName = nameof(Row.Weight),
                L1Regularization = l1, L2Regularization = 0.01f, NumberOfThreads = 1, MaximumNumberOfIterations = 200,
            });
            var model = trainer.Fit(data);
            var linear = model.Model.SubModel;
            var weights = linear.Weights.Select((w, i) => (Index: i, Weight: w)).Where(p => p.Weight != 0).ToList();
            models.Add(new PromptClassifier.CategoryModel(category, linear.Bias, (float)model.Model.Calibrator.Slope, (float)model.Model.Calibrator.Offset, weights));
            log.WriteLine($"{category,-24} positives {positives,5}  non-zero weights {weights.Count,6}");

            var expected = ml.Data.CreateEnumerable<Prediction>(model.Transform(data), reuseRowObject: false).Select(p => p.Probability).ToList();
            var check = new PromptClassifier([models[^1]], "check");
            for (int i = 0; i < examples.Count; i += Math.Max(1, examples.Count / 200))
            {
                var ours = check.Predict(PromptNormalizer.Tokenize(examples[i].Text))[0];
                if (Math.Abs(ours - expected[i]) > 1e-3)
                    throw new InvalidOperationException($"Exported {category} model disagrees with ML.NET on example {i}: {ours} vs {expected[i]}.");
            }
        }
        return new PromptClassifier(models, $"logistic regression per category (ML.NET L-BFGS), {examples.Count} examples, {DateTime.UtcNow:yyyy-MM-dd}");
    }
}
