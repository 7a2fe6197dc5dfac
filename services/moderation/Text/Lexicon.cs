namespace Kino.Moderation.Text;

/// <summary>One entry of a lexicon: a phrase and what it stands for.</summary>
public sealed record LexiconEntry<T>(string Phrase, T Meaning);

/// <summary>Where an entry matched: its meaning and the span of prompt tokens it covers.</summary>
public readonly record struct LexiconMatch<T>(LexiconEntry<T> Entry, int Start, int Length);

/// <summary>
/// Whole-word phrase matching over normalised tokens. Phrases go through the same normaliser as prompts, so
/// "Spider-Man" also matches "spider man", "spiderman" and "sp1der-m@n". A leading or trailing * lets the phrase's
/// first or last word match inside a compound ("enthaupt*" matches "Enthauptung", "*porno" matches "Kinderporno").
/// </summary>
public sealed class Lexicon<T>
{
    private const int KeyLength = 3;
    private readonly Dictionary<string, List<Compiled>> _byFirstWord = [];
    private readonly Dictionary<string, List<Compiled>> _byStemStart = [];
    private readonly Dictionary<string, List<Compiled>> _byStemEnd = [];
    private readonly List<Compiled> _infixes = [];

    private sealed record Compiled(LexiconEntry<T> Entry, string[] Words, bool LeadingStar, bool TrailingStar);

    public Lexicon(IEnumerable<LexiconEntry<T>> entries)
    {
        foreach (var entry in entries) Add(entry);
    }

    public int Count { get; private set; }

    private void Add(LexiconEntry<T> entry)
    {
        var phrase = entry.Phrase.Trim();
        bool leadingStar = phrase.StartsWith('*'), trailingStar = phrase.EndsWith('*');
        var words = PromptNormalizer.Tokenize(phrase.Trim('*')).Select(t => t.Text).ToArray();
        if (words.Length == 0) throw new ArgumentException($"The lexicon phrase '{entry.Phrase}' has no words.");
        if (words is [{ Length: < 2 }]) throw new ArgumentException($"The lexicon phrase '{entry.Phrase}' is a single letter after normalisation.");
        if ((leadingStar || trailingStar) && words[leadingStar ? 0 : ^1].Length < KeyLength)
            throw new ArgumentException($"The wildcard phrase '{entry.Phrase}' needs at least {KeyLength} letters next to the *.");
        if (leadingStar && words.Length > 1) throw new ArgumentException($"'{entry.Phrase}': a leading * is for one word only.");
        Count++;

        Register(new Compiled(entry, words, leadingStar, trailingStar));
        // A phrase of several words also matches written as one ("self harm" → "selfharm", "spider man" → "spiderman").
        if (words.Length > 1) Register(new Compiled(entry, [string.Concat(words)], false, trailingStar));
    }

    private void Register(Compiled term)
    {
        var first = term.Words[0];
        bool firstHasTrailingStar = term.Words.Length == 1 && term.TrailingStar;
        if (term.LeadingStar && firstHasTrailingStar) _infixes.Add(term);
        else if (term.LeadingStar) Bucket(_byStemEnd, first[^KeyLength..]).Add(term);
        else if (firstHasTrailingStar) Bucket(_byStemStart, first[..KeyLength]).Add(term);
        else Bucket(_byFirstWord, first).Add(term);
    }

    private static List<Compiled> Bucket(Dictionary<string, List<Compiled>> index, string key)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        return list;
    }

    public List<LexiconMatch<T>> Match(IReadOnlyList<Token> tokens)
    {
        var matches = new List<LexiconMatch<T>>();
        for (int i = 0; i < tokens.Count; i++)
        {
            MatchAt(tokens, i, tokens[i].Text, matches);
            if (tokens[i].Alternative is { } alternative) MatchAt(tokens, i, alternative, matches);
            // Two words that make one listed word: "spider man" for "Spider-Man", "nu de" for "nude".
            if (i + 1 < tokens.Count) MatchJoined(PromptNormalizer.Squeeze(tokens[i].Text + tokens[i + 1].Text), i, matches);
        }
        return matches;
    }

    private void MatchAt(IReadOnlyList<Token> tokens, int i, string word, List<LexiconMatch<T>> matches)
    {
        if (_byFirstWord.TryGetValue(word, out var exact)) Extend(exact, tokens, i, matches);
        if (word.Length >= KeyLength)
        {
            if (_byStemStart.TryGetValue(word[..KeyLength], out var starts)) Extend(starts, tokens, i, matches);
            if (_byStemEnd.TryGetValue(word[^KeyLength..], out var ends)) Extend(ends, tokens, i, matches);
        }
        if (_infixes.Count > 0) Extend(_infixes, tokens, i, matches);
    }

    private void MatchJoined(string word, int start, List<LexiconMatch<T>> matches)
    {
        void Add(List<Compiled>? candidates)
        {
            foreach (var term in candidates ?? [])
                if (term.Words.Length == 1 && WordMatches(term, 0, word) && !matches.Exists(m => m.Entry == term.Entry && m.Start == start))
                    matches.Add(new LexiconMatch<T>(term.Entry, start, 2));
        }
        Add(_byFirstWord.GetValueOrDefault(word));
        if (word.Length >= KeyLength) Add(_byStemStart.GetValueOrDefault(word[..KeyLength]));
    }

    private static void Extend(List<Compiled> candidates, IReadOnlyList<Token> tokens, int start, List<LexiconMatch<T>> matches)
    {
        foreach (var term in candidates)
        {
            if (start + term.Words.Length > tokens.Count) continue;
            bool all = true;
            for (int k = 0; k < term.Words.Length && all; k++)
            {
                var token = tokens[start + k];
                all = WordMatches(term, k, token.Text) || (token.Alternative is { } alt && WordMatches(term, k, alt));
            }
            if (all && !matches.Exists(m => m.Entry == term.Entry && m.Start == start))
                matches.Add(new LexiconMatch<T>(term.Entry, start, term.Words.Length));
        }
    }

    private static bool WordMatches(Compiled term, int k, string word)
    {
        var want = term.Words[k];
        bool prefix = k == term.Words.Length - 1 && term.TrailingStar, suffix = k == 0 && term.LeadingStar;
        return (prefix, suffix) switch
        {
            (true, true) => word.Contains(want, StringComparison.Ordinal),
            (true, false) => word.StartsWith(want, StringComparison.Ordinal),
            (false, true) => word.EndsWith(want, StringComparison.Ordinal),
            _ => word == want,
        };
    }
}
