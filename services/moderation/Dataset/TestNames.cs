namespace Kino.Moderation.Dataset;

/// <summary>The policy name lists as the test split uses them: with the most distinctive token marked as the key word.</summary>
internal static class TestNames
{
    // "Die Maus" left the policy (it collides with the ordinary German words "die Maus"), so the test split skips it.
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal) { "Die Maus" };

    // The surname is the default key; these names would otherwise key on a common word ("Mouse", "Pope", "Hedgehog").
    private static readonly Dictionary<string, string> KeyOverrides = new(StringComparer.Ordinal)
    {
        ["Pope Leo"] = "Pope Leo", ["Kamala Harris"] = "Kamala", ["Helene Fischer"] = "Helene Fischer", ["Gerhard Richter"] = "Gerhard Richter",
        ["Mickey Mouse"] = "Mickey", ["Super Mario"] = "Mario", ["Hello Kitty"] = "Hello Kitty", ["Iron Man"] = "Iron Man",
        ["Sonic the Hedgehog"] = "Sonic", ["Biene Maja"] = "Maja", ["Winnie the Pooh"] = "Winnie",
    };

    public static readonly string[] Figures = Mark(PolicyNames.PublicFigures);
    public static readonly string[] Artists = Mark(PolicyNames.LivingArtists);
    public static readonly string[] Characters = Mark(PolicyNames.TrademarkedCharacters);

    private static string[] Mark(string[] names) => names.Where(n => !Excluded.Contains(n)).Select(MarkKey).ToArray();

    // A key shorter than four letters ("Leo", "Ed") is too short to be what an evasion targets, so the full name is used.
    private static string MarkKey(string name)
    {
        var key = KeyOverrides.GetValueOrDefault(name) ?? name.Split(' ')[^1];
        if (key.Length < 4)
        {
            key = name;
        }

        var index = name.LastIndexOf(key, StringComparison.Ordinal);
        return name[..index] + "[[" + key + "]]" + name[(index + key.Length)..];
    }
}
