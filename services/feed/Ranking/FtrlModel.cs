namespace Kino.Feed.Ranking;

/// <summary>One hashed feature of an example and its value (1 for the indicator features the feed uses).</summary>
public readonly record struct Feature(int Index, float Value);

/// <summary>
/// Logistic regression trained online with FTRL-Proximal (McMahan et al., "Ad click prediction: a view from the
/// trenches", 2013): per-coordinate learning rates, L1 for sparsity, L2 for stability, over 2^bits hashed features.
/// Every engagement updates it at once; serving reads it. Thread-safe: updates take a lock, reads are lock-free
/// (a read racing an update sees a mix of old and new weights, which only blurs a score a little).
/// </summary>
public sealed class FtrlModel(int bits = 20, double alpha = 0.1, double beta = 1.0, double l1 = 0.5, double l2 = 1.0)
{
    private readonly float[] _z = new float[1 << bits], _n = new float[1 << bits];
    private readonly int _mask = (1 << bits) - 1;
    private readonly Lock _gate = new();
    public long Updates { get; private set; }

    public int Mask => _mask;

    private float Weight(int i)
    {
        float z = _z[i];
        if (Math.Abs(z) <= l1) return 0;
        return (float)(-(z - Math.Sign(z) * l1) / ((beta + Math.Sqrt(_n[i])) / alpha + l2));
    }

    /// <summary>The probability the example is positive.</summary>
    public double Predict(ReadOnlySpan<Feature> features)
    {
        double dot = 0;
        foreach (var f in features) dot += Weight(f.Index & _mask) * f.Value;
        return 1 / (1 + Math.Exp(-Math.Clamp(dot, -35, 35)));
    }

    /// <summary>One gradient step on a labelled example (label 0 or 1; weight scales its gradient).</summary>
    public void Update(ReadOnlySpan<Feature> features, double label, double weight = 1)
    {
        lock (_gate)
        {
            double p = Predict(features);
            foreach (var f in features)
            {
                int i = f.Index & _mask;
                double g = (p - label) * f.Value * weight;
                double n = _n[i];
                double sigma = (Math.Sqrt(n + g * g) - Math.Sqrt(n)) / alpha;
                _z[i] += (float)(g - sigma * Weight(i));
                _n[i] = (float)(n + g * g);
            }
            Updates++;
        }
    }

    /// <summary>The model's state, for a snapshot; <see cref="Load"/> restores it.</summary>
    public void Save(BinaryWriter writer)
    {
        lock (_gate)
        {
            writer.Write(_z.Length);
            writer.Write(Updates);
            foreach (var v in _z) writer.Write(v);
            foreach (var v in _n) writer.Write(v);
        }
    }

    public void Load(BinaryReader reader)
    {
        lock (_gate)
        {
            if (reader.ReadInt32() != _z.Length) throw new InvalidDataException("The snapshot's model has another size.");
            Updates = reader.ReadInt64();
            for (int i = 0; i < _z.Length; i++) _z[i] = reader.ReadSingle();
            for (int i = 0; i < _n.Length; i++) _n[i] = reader.ReadSingle();
        }
    }
}
