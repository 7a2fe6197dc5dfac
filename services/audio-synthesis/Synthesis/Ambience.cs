namespace Kino.AudioSynthesis.Synthesis;

/// <summary>
/// Ambient beds synthesised from noise and simple models, never a loop or silence: each scene is filtered noise shaped
/// over time plus the events that make it recognisable (droplets, gusts, waves, passing cars, birds, babble, crickets,
/// crackles, room tone). Stereo comes from independent noise per side and panned events.
/// </summary>
public static class Ambience
{
    public static readonly string[] Scenes = ["rain", "wind", "sea", "city", "forest", "crowd", "night", "fire", "room"];

    public static StereoBuffer Render(string scene, double seconds, int rate, int seed)
    {
        int frames = (int)(seconds * rate);
        var buffer = new StereoBuffer(frames, rate);
        var noise = new Noise(seed);
        switch (scene)
        {
            case "rain": Rain(buffer, noise); break;
            case "wind": Wind(buffer, noise, 0.5); break;
            case "sea": Sea(buffer, noise); break;
            case "city": City(buffer, noise); break;
            case "forest": Wind(buffer, noise, 0.15); Birds(buffer, noise); break;
            case "crowd": Crowd(buffer, noise); break;
            case "night": Bed(buffer, noise, 300, 0.05); Crickets(buffer, noise); break;
            case "fire": Bed(buffer, noise, 400, 0.12); Crackles(buffer, noise); break;
            default: Bed(buffer, noise, 250, 0.04); break;   // room tone
        }
        return buffer;
    }

    /// <summary>Low-passed brown noise, independent per side.</summary>
    private static void Bed(StereoBuffer b, Noise noise, double cutoff, double level)
    {
        var (l, r) = (Biquad.LowPass(cutoff, 0.7, b.SampleRate), Biquad.LowPass(cutoff, 0.7, b.SampleRate));
        for (int i = 0; i < b.Frames; i++)
        {
            b.Left[i] += (float)(level * l.Process(noise.Brown()));
            b.Right[i] += (float)(level * r.Process(noise.Brown()));
        }
    }

    /// <summary>Hiss of distant rain (high-passed pink noise) and droplets: short band-passed clicks at random places.</summary>
    private static void Rain(StereoBuffer b, Noise noise)
    {
        var (l, r) = (Biquad.HighPass(900, 0.7, b.SampleRate), Biquad.HighPass(900, 0.7, b.SampleRate));
        for (int i = 0; i < b.Frames; i++)
        {
            b.Left[i] += (float)(0.25 * l.Process(noise.Pink()));
            b.Right[i] += (float)(0.25 * r.Process(noise.Pink()));
        }
        int drops = (int)(b.Frames / (double)b.SampleRate * 60);
        for (int d = 0; d < drops; d++)
        {
            var drop = Decaying(noise, b.SampleRate, noise.Uniform(2500, 7000), 8, 0.012);
            b.Add(drop, noise.Next(b.Frames), noise.Uniform(0.05, 0.25), noise.Uniform(-0.9, 0.9));
        }
    }

    /// <summary>Band-passed brown noise whose centre and level drift slowly: gusts.</summary>
    private static void Wind(StereoBuffer b, Noise noise, double level)
    {
        var (l, r) = (new Biquad(), new Biquad());
        double phase1 = noise.Uniform(0, 6.28), phase2 = noise.Uniform(0, 6.28);
        for (int i = 0; i < b.Frames; i++)
        {
            double t = i / (double)b.SampleRate;
            double gust = 0.6 + 0.4 * Math.Sin(2 * Math.PI * 0.13 * t + phase1) * Math.Sin(2 * Math.PI * 0.31 * t + phase2);
            if (i % 64 == 0)
            {
                l.SetBandPass(300 + 500 * gust, 1.2, b.SampleRate);
                r.SetBandPass(330 + 480 * gust, 1.2, b.SampleRate);
            }
            b.Left[i] += (float)(level * 4 * gust * l.Process(noise.Brown()));
            b.Right[i] += (float)(level * 4 * gust * r.Process(noise.Brown()));
        }
    }

    /// <summary>Waves: low-passed noise swelling every 6–9 s, with a brighter wash as each breaks.</summary>
    private static void Sea(StereoBuffer b, Noise noise)
    {
        var (l, r) = (new Biquad(), new Biquad());
        double period = noise.Uniform(6, 9), offset = noise.Uniform(0, period);
        for (int i = 0; i < b.Frames; i++)
        {
            double t = i / (double)b.SampleRate;
            double phase = ((t + offset) % period) / period;
            double swell = Math.Pow(Math.Sin(Math.PI * phase), 2);
            if (i % 64 == 0)
            {
                l.SetLowPass(300 + 2500 * swell, 0.7, b.SampleRate);
                r.SetLowPass(320 + 2400 * swell, 0.7, b.SampleRate);
            }
            double level = 0.08 + 0.35 * swell;
            b.Left[i] += (float)(level * l.Process(noise.Pink()));
            b.Right[i] += (float)(level * r.Process(noise.Pink()));
        }
    }

    /// <summary>Traffic rumble and cars passing from one side to the other (a band of noise that swells and pans).</summary>
    private static void City(StereoBuffer b, Noise noise)
    {
        Bed(b, noise, 180, 0.2);
        double seconds = b.Frames / (double)b.SampleRate;
        for (double at = noise.Uniform(0, 2); at < seconds; at += noise.Uniform(1.5, 4))
        {
            int length = (int)(noise.Uniform(2, 3.5) * b.SampleRate);
            var car = new float[length];
            var filter = new Biquad();
            for (int i = 0; i < length; i++)
            {
                double x = i / (double)length;
                if (i % 64 == 0) filter.SetBandPass(350 + 500 * (1 - x), 1.5, b.SampleRate);   // pitch falls as it passes
                car[i] = (float)(Math.Pow(Math.Sin(Math.PI * x), 3) * filter.Process(noise.Brown()) * 3);
            }
            double pan = noise.Next(2) == 0 ? -0.7 : 0.7;
            b.Add(car, (int)(at * b.SampleRate), 0.5, pan);
        }
    }

    /// <summary>Chirps: short sine sweeps between 2 and 6 kHz in little phrases.</summary>
    private static void Birds(StereoBuffer b, Noise noise)
    {
        double seconds = b.Frames / (double)b.SampleRate;
        for (double at = noise.Uniform(0, 1); at < seconds; at += noise.Uniform(0.6, 2.2))
        {
            double pan = noise.Uniform(-0.8, 0.8), start = noise.Uniform(2500, 4500);
            int notes = 2 + noise.Next(4);
            for (int n = 0; n < notes; n++)
            {
                int length = (int)(noise.Uniform(0.05, 0.12) * b.SampleRate);
                var chirp = new float[length];
                double phase = 0, sweep = noise.Uniform(-1500, 2500);
                for (int i = 0; i < length; i++)
                {
                    double x = i / (double)length;
                    phase += 2 * Math.PI * (start + sweep * x) / b.SampleRate;
                    chirp[i] = (float)(Math.Sin(phase) * Math.Sin(Math.PI * x));
                }
                b.Add(chirp, (int)((at + n * 0.14) * b.SampleRate), 0.08, pan);
            }
        }
    }

    /// <summary>Babble: pink noise through two drifting formant filters, gated at a syllable rate, several voices.</summary>
    private static void Crowd(StereoBuffer b, Noise noise)
    {
        Bed(b, noise, 300, 0.06);
        // Six voices, each with its own seeded noise, rendered in parallel and then panned into the bed.
        var seeds = Enumerable.Range(0, 6).Select(_ => noise.Next(int.MaxValue)).ToArray();
        var pans = seeds.Select(_ => noise.Uniform(-0.8, 0.8)).ToArray();
        var voices = new float[6][];
        Parallel.For(0, 6, voice =>
        {
            var own = new Noise(seeds[voice]);
            var signal = voices[voice] = new float[b.Frames];
            var (f1, f2) = (new Biquad(), new Biquad());
            double rate = own.Uniform(3, 6), phase = own.Uniform(0, 6.28);
            for (int i = 0; i < b.Frames; i++)
            {
                double t = i / (double)b.SampleRate;
                double syllable = Math.Max(0, Math.Sin(2 * Math.PI * rate * t + phase));
                if (i % 256 == 0)
                {
                    f1.SetBandPass(400 + 300 * Math.Sin(2 * Math.PI * 1.7 * t + voice), 4, b.SampleRate);
                    f2.SetBandPass(1400 + 600 * Math.Sin(2 * Math.PI * 2.3 * t + voice), 5, b.SampleRate);
                }
                double source = own.Pink();
                signal[i] = (float)(syllable * (f1.Process(source) + 0.6 * f2.Process(source)));
            }
        });
        for (int voice = 0; voice < 6; voice++) b.Add(voices[voice], 0, 0.12, pans[voice]);
    }

    /// <summary>Crickets: trains of 4.5 kHz pulses.</summary>
    private static void Crickets(StereoBuffer b, Noise noise)
    {
        for (int cricket = 0; cricket < 3; cricket++)
        {
            double pitch = noise.Uniform(4200, 5200), pan = noise.Uniform(-0.9, 0.9), period = noise.Uniform(0.4, 0.9);
            var signal = new float[b.Frames];
            for (int i = 0; i < b.Frames; i++)
            {
                double t = i / (double)b.SampleRate;
                double chirp = (t % period) < 0.12 ? Math.Max(0, Math.Sin(2 * Math.PI * 30 * t)) : 0;
                signal[i] = (float)(chirp * Math.Sin(2 * Math.PI * pitch * t));
            }
            b.Add(signal, 0, 0.03, pan);
        }
    }

    /// <summary>Crackles: sparse sharp clicks of varied brightness.</summary>
    private static void Crackles(StereoBuffer b, Noise noise)
    {
        int count = (int)(b.Frames / (double)b.SampleRate * 25);
        for (int c = 0; c < count; c++)
            b.Add(Decaying(noise, b.SampleRate, noise.Uniform(1500, 6000), 2, 0.006), noise.Next(b.Frames), noise.Uniform(0.05, 0.4), noise.Uniform(-0.6, 0.6));
    }

    /// <summary>A burst of band-passed noise with an exponential decay (time constant <paramref name="decay"/> seconds).</summary>
    public static float[] Decaying(Noise noise, int rate, double frequency, double q, double decay)
    {
        int length = (int)(decay * 6 * rate);
        var filter = Biquad.BandPass(frequency, q, rate);
        var burst = new float[length];
        double envelope = 3, step = Math.Exp(-1 / (decay * rate));   // exp(−i / (decay·rate)), one multiplication a sample
        for (int i = 0; i < length; i++, envelope *= step) burst[i] = (float)(filter.Process(noise.White()) * envelope);
        return burst;
    }
}
