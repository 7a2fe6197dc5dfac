using System.IO.Compression;
using Kino.Moderation.Text;

namespace Kino.Moderation.Classification;

/// <summary>
/// The trained text classifier: one calibrated logistic regression per category over <see cref="TextFeatures"/>,
/// trained with ML.NET (<see cref="ClassifierTrainer"/>). Inference is a sparse dot product, a few microseconds,
/// with every category's weight of a feature side by side in memory.
/// </summary>
public sealed class PromptClassifier
{
    private const string Magic = "kino-moderation-classifier/1";
    private readonly float[] _weights; // [feature, category]
    private readonly float[] _bias, _slope, _offset;
    private readonly Dictionary<string, int> _index;

    public IReadOnlyList<string> Categories { get; }
    public string Description { get; }

    public PromptClassifier(IReadOnlyList<CategoryModel> models, string description)
    {
        Categories = models.Select(m => m.Category).ToArray();
        _index = Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        Description = description;
        int count = models.Count;
        _weights = new float[TextFeatures.Dimension * count];
        _bias = new float[count]; _slope = new float[count]; _offset = new float[count];
        for (int c = 0; c < count; c++)
        {
            var model = models[c];
            (_bias[c], _slope[c], _offset[c]) = (model.Bias, model.Slope, model.Offset);
            foreach (var (index, weight) in model.Weights) _weights[index * count + c] = weight;
        }
    }

    /// <summary>A category's model: sparse weights, bias, and the Platt calibration ML.NET fitted (p = 1 / (1 + e^(slope·score + offset))).</summary>
    public sealed record CategoryModel(string Category, float Bias, float Slope, float Offset, IReadOnlyList<(int Index, float Weight)> Weights);

    /// <summary>Probability per category, in the order of <see cref="Categories"/>.</summary>
    public float[] Predict(IReadOnlyList<Token> tokens)
    {
        var (indices, value) = TextFeatures.Extract(tokens);
        int count = _bias.Length;
        Span<float> scores = stackalloc float[count];
        foreach (var index in indices)
        {
            var row = _weights.AsSpan(index * count, count);
            for (int c = 0; c < count; c++) scores[c] += row[c];
        }
        var probabilities = new float[count];
        for (int c = 0; c < count; c++)
            probabilities[c] = 1 / (1 + MathF.Exp(_slope[c] * (scores[c] * value + _bias[c]) + _offset[c]));
        return probabilities;
    }

    /// <summary>A category's probability in a <see cref="Predict"/> result; 0 for a category the classifier was not trained on.</summary>
    public double ProbabilityOf(float[] probabilities, string category) => _index.TryGetValue(category, out var i) ? probabilities[i] : 0;

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(Description);
        writer.Write(TextFeatures.Bits);
        writer.Write(Categories.Count);
        for (int c = 0; c < Categories.Count; c++)
        {
            writer.Write(Categories[c]);
            writer.Write(_bias[c]); writer.Write(_slope[c]); writer.Write(_offset[c]);
            var nonZero = Enumerable.Range(0, TextFeatures.Dimension).Where(i => _weights[i * Categories.Count + c] != 0).ToList();
            writer.Write(nonZero.Count);
            foreach (var i in nonZero) { writer.Write(i); writer.Write(_weights[i * Categories.Count + c]); }
        }
    }

    public static PromptClassifier Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        if (reader.ReadString() != Magic) throw new InvalidDataException($"{path} is not a Kino moderation classifier.");
        var description = reader.ReadString();
        if (reader.ReadInt32() != TextFeatures.Bits) throw new InvalidDataException($"{path} was trained with another feature size.");
        int count = reader.ReadInt32();
        if (count is < 1 or > 64) throw new InvalidDataException($"{path}: bad category count {count}.");
        var models = new List<CategoryModel>(count);
        for (int c = 0; c < count; c++)
        {
            var category = reader.ReadString();
            float bias = reader.ReadSingle(), slope = reader.ReadSingle(), offset = reader.ReadSingle();
            int weights = reader.ReadInt32();
            if (weights is < 0 or > TextFeatures.Dimension) throw new InvalidDataException($"{path}: bad weight count for {category}.");
            var list = new (int, float)[weights];
            for (int i = 0; i < weights; i++)
            {
                int index = reader.ReadInt32();
                if ((uint)index >= TextFeatures.Dimension) throw new InvalidDataException($"{path}: feature index {index} out of range.");
                list[i] = (index, reader.ReadSingle());
            }
            models.Add(new CategoryModel(category, bias, slope, offset, list));
        }
        return new PromptClassifier(models, description);
    }
}
