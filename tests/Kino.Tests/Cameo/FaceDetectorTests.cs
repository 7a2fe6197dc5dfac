using System.Diagnostics;
using Kino.Cameo.Likeness;
using Kino.Media;
using Kino.Tests.Support;
using Frames = Kino.Media.MediaInfo;

namespace Kino.Tests.Cameo;

/// <summary>
/// Viola-Jones with OpenCV's frontal-face cascade on the fixture photos. In the 512 × 512 astronaut portrait her face
/// spans about x 180–275, y 55–170; OpenCV 4.6's detectMultiScale(gray, 1.1, 3) finds it at (176, 66) 95 × 95.
/// </summary>
public sealed class FaceDetectorTests
{
    private static readonly FaceDetector Detector = FaceDetector.Load();

    [Fact]
    public async Task The_astronaut_has_one_face_and_it_is_hers()
    {
        var (gray, width, height) = await ReadGrayAsync("astronaut.png");
        var faces = Detector.Detect(gray, width, height);
        var face = Assert.Single(faces);
        AssertHerFace(face, scale: 1);
        // Where OpenCV puts it, give or take the difference between two bilinear resamplers.
        Assert.True(Math.Abs(face.X - 176) <= 4 && Math.Abs(face.Y - 66) <= 4 && Math.Abs(face.Width - 95) <= 4, $"{face} vs OpenCV's (176, 66) 95 × 95");
    }

    [Fact]
    public async Task A_cup_of_coffee_has_no_face()
    {
        var (gray, width, height) = await ReadGrayAsync("coffee.png");
        var faces = Detector.Detect(gray, width, height);
        Assert.True(faces.Count == 0, string.Join(", ", faces));
    }

    [Fact]
    public async Task The_face_is_found_at_256_pixels_wide()
    {
        var (gray, width, height) = await ReadGrayAsync("astronaut.png", width: 256);
        var face = Assert.Single(Detector.Detect(gray, width, height));
        AssertHerFace(face, scale: 0.5);
    }

    [Fact]
    public async Task The_face_is_found_in_the_mirrored_photo()
    {
        var (gray, width, height) = await ReadGrayAsync("astronaut.png");
        var mirrored = new byte[gray.Length];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                mirrored[y * width + x] = gray[y * width + width - 1 - x];
        var faces = Detector.Detect(mirrored, width, height);
        // OpenCV also finds a small false face low in the mirrored photo; hers is the surest.
        Assert.NotEmpty(faces);
        var face = faces[0];
        AssertHerFace(face with { X = width - face.X - face.Width }, scale: 1);
    }

    [Fact]
    public async Task Detection_at_320_pixels_takes_well_under_a_second_and_is_thread_safe()
    {
        var (gray, width, height) = await ReadGrayAsync("astronaut.png", width: 320);
        var expected = Detector.Detect(gray, width, height);
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            Detector.Detect(gray, width, height);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        Assert.True(best < TimeSpan.FromSeconds(1), $"{best.TotalMilliseconds:F0} ms");
        var results = new IReadOnlyList<FaceBox>[4];
        Parallel.For(0, results.Length, i => results[i] = Detector.Detect(gray, width, height));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void The_cascade_is_parsed_once_and_a_missing_one_names_the_package()
    {
        Assert.Same(Detector, FaceDetector.Load(FaceDetector.DefaultCascadePath));
        var missing = Assert.Throws<FileNotFoundException>(() => FaceDetector.Load("/nonexistent/haarcascade.xml"));
        Assert.Contains("opencv-data", missing.Message);
    }

    [Theory]
    [InlineData("<internalNodes>0 -1 0 0.5</internalNodes>", "<tilted>1</tilted>", "tilted")]
    [InlineData("<internalNodes>1 -1 0 0.5 0 -2 0 0.1</internalNodes>", "", "not a stump")]
    public void Cascades_it_cannot_run_are_refused(string nodes, string tilted, string why)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cascade-{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, $"""
            <?xml version="1.0"?>
            <opencv_storage><cascade><stageType>BOOST</stageType><featureType>HAAR</featureType><height>24</height><width>24</width>
            <stages><_><maxWeakCount>1</maxWeakCount><stageThreshold>0</stageThreshold><weakClassifiers>
            <_>{nodes}<leafValues>-1 1</leafValues></_></weakClassifiers></_></stages>
            <features><_><rects><_>0 0 12 24 -1.</_><_>12 0 12 24 1.</_></rects>{tilted}</_></features></cascade></opencv_storage>
            """);
        try
        {
            var refused = Assert.Throws<InvalidDataException>(() => FaceDetector.Load(file));
            Assert.Contains(why, refused.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The box sits on her face (in the upper half of the photo) and is about face-sized.</summary>
    private static void AssertHerFace(FaceBox face, double scale)
    {
        double centreX = (face.X + face.Width / 2.0) / scale, centreY = (face.Y + face.Height / 2.0) / scale, size = face.Width / scale;
        Assert.True(centreX is > 195 and < 260 && centreY is > 80 and < 150 && size is > 70 and < 150,
            $"{face} at scale {scale}: centre ({centreX:F0}, {centreY:F0}), size {size:F0} in the 512-pixel photo");
    }

    /// <summary>A fixture photo as 8-bit luma, scaled by ffmpeg to <paramref name="width"/> when given.</summary>
    private static async Task<(byte[] Gray, int Width, int Height)> ReadGrayAsync(string name, int? width = null)
    {
        var file = Path.Combine(Repo.Root, ".kino/fixtures", name);
        var ct = TestContext.Current.CancellationToken;
        var info = await MediaProbe.ReadAsync(file, ct);
        int w = width ?? info.Width, h = (int)Math.Round(info.Height * (double)w / info.Width);
        var frame = Assert.Single(await Frames.ReadFramesAsync(file, "gray", w, h, 1, ct));
        return (frame, w, h);
    }
}
