namespace Kino.Moderation.Dataset;

/// <summary>The name lists configured in the moderation policy; both splits use them because the lexicon matches exactly these names.</summary>
internal static class PolicyNames
{
    public static readonly string[] PublicFigures =
    [
        "Joe Biden", "Donald Trump", "Olaf Scholz", "Angela Merkel", "Emmanuel Macron", "Elon Musk", "Taylor Swift",
        "Barack Obama", "Vladimir Putin", "King Charles", "Pope Leo", "Greta Thunberg", "Friedrich Merz", "Kamala Harris",
        "Mark Zuckerberg", "Cristiano Ronaldo", "Lionel Messi", "Beyoncé", "Keir Starmer", "Volodymyr Zelensky",
    ];

    public static readonly string[] LivingArtists =
    [
        "Banksy", "Taylor Swift", "Beyoncé", "Ed Sheeran", "Gerhard Richter", "Yayoi Kusama", "Hayao Miyazaki",
        "Billie Eilish", "Damien Hirst", "David Hockney", "Rammstein", "Helene Fischer", "Jeff Koons", "Drake", "Adele",
    ];

    public static readonly string[] TrademarkedCharacters =
    [
        "Mickey Mouse", "Pikachu", "Spider-Man", "Darth Vader", "Elsa", "Super Mario", "Batman", "Superman",
        "Harry Potter", "Hello Kitty", "Shrek", "SpongeBob", "Homer Simpson", "Iron Man", "Sonic the Hedgehog",
        "Biene Maja", "Die Maus", "Winnie the Pooh", "Buzz Lightyear", "Pokémon",
    ];

    /// <summary>
    /// Name slots every template set can use. The longest token of the name is marked as the key word,
    /// because obfuscating a distinctive surname ("Biden", not "Joe") is what evasion attempts target.
    /// </summary>
    public static string[]? ForSlot(string slot) => slot switch
    {
        "figure" => PublicFigures,
        "artist" => LivingArtists,
        "character" => TrademarkedCharacters,
        _ => null,
    };

    /// <summary>Wraps the name's longest token in key-word markers.</summary>
    public static string MarkKey(string name)
    {
        var tokens = name.Split(' ');
        var longest = tokens.OrderByDescending(t => t.Length).First();
        var index = Array.IndexOf(tokens, longest);
        tokens[index] = "[[" + longest + "]]";
        return string.Join(' ', tokens);
    }
}
