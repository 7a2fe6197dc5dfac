using System.Text.RegularExpressions;

namespace Kino.VideoDiffusion.Pipeline;

/// <summary>One shot of a video: its own prompt and length.</summary>
public sealed record Shot(string Prompt, double Seconds);

/// <summary>
/// Splits a prompt into shots at "then", "cut to" (German "dann", "Schnitt zu") or ";", and shares the requested
/// length among them in whole base frames. A storyboard from the API is used as given.
/// </summary>
public static partial class ShotPlanner
{
    [GeneratedRegex(@"(?:[;.]\s*|,?\s+)(?:and\s+)?(?:then|cut\s+to|dann|schnitt\s+zu)\b[:,]?\s*|;\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShotBreak();

    public static IReadOnlyList<Shot> Plan(string prompt, double seconds, double secondsPerFrame)
    {
        var parts = ShotBreak().Split(prompt).Select(p => p.Trim(' ', '.', ',')).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) parts.Add(prompt.Trim());
        int frames = (int)Math.Round(seconds / secondsPerFrame);
        int shots = Math.Min(parts.Count, Math.Max(1, frames / 2));
        var plan = new List<Shot>();
        for (int i = 0; i < shots; i++)
        {
            int from = frames * i / shots, to = frames * (i + 1) / shots;
            // Extra parts beyond what the length allows fold into the last shot's prompt.
            var text = i == shots - 1 ? string.Join(", ", parts.Skip(i)) : parts[i];
            plan.Add(new Shot(text, (to - from) * secondsPerFrame));
        }
        return plan;
    }
}
