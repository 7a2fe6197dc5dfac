using MathNet.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace Kino.Watermark.Video;

/// <summary>
/// 2-D FFT as rows then columns of Math.NET's 1-D FFT (its managed provider has no multi-dimensional transform).
/// Unscaled both ways: a forward and an inverse multiply by rows × columns, which correlations do not mind.
/// </summary>
public static class Fft2D
{
    public static void Forward(Complex32[] data, int rows, int columns) => Transform(data, rows, columns, inverse: false);

    public static void Inverse(Complex32[] data, int rows, int columns) => Transform(data, rows, columns, inverse: true);

    private static void Transform(Complex32[] data, int rows, int columns, bool inverse)
    {
        Parallel.For(0, rows, () => new Complex32[columns], (r, _, line) =>
        {
            Array.Copy(data, r * columns, line, 0, columns);
            Run(line, inverse);
            Array.Copy(line, 0, data, r * columns, columns);
            return line;
        }, _ => { });
        Parallel.For(0, columns, () => new Complex32[rows], (c, _, column) =>
        {
            for (int r = 0; r < rows; r++) column[r] = data[r * columns + c];
            Run(column, inverse);
            for (int r = 0; r < rows; r++) data[r * columns + c] = column[r];
            return column;
        }, _ => { });
    }

    private static void Run(Complex32[] line, bool inverse)
    {
        if (inverse) Fourier.Inverse(line, FourierOptions.NoScaling);
        else Fourier.Forward(line, FourierOptions.NoScaling);
    }
}
