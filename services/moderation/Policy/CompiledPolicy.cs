using Kino.Moderation.Text;

namespace Kino.Moderation.Policy;

/// <summary>What a lexicon phrase of the policy stands for.</summary>
public enum TermKind { Term, Mature, Name, MinorIndicator, SafeContext }

public sealed record TermMeaning(string Category, TermKind Kind, string Language);

/// <summary>A validated policy with its lexicon built: what the moderator runs. Immutable; a reload swaps in a new one.</summary>
public sealed class CompiledPolicy
{
    public ModerationPolicy Policy { get; }
    public Lexicon<TermMeaning> Lexicon { get; }
    private readonly Dictionary<string, CategoryPolicy> _categories;

    private CompiledPolicy(ModerationPolicy policy)
    {
        Policy = policy;
        _categories = policy.Categories.ToDictionary(c => c.Id);
        var entries = new List<LexiconEntry<TermMeaning>>();
        void AddAll(IReadOnlyDictionary<string, IReadOnlyList<string>> byLanguage, string category, TermKind kind)
        {
            foreach (var (language, phrases) in byLanguage)
                entries.AddRange(phrases.Select(p => new LexiconEntry<TermMeaning>(p, new TermMeaning(category, kind, language))));
        }
        foreach (var c in policy.Categories)
        {
            AddAll(c.Terms, c.Id, TermKind.Term);
            AddAll(c.MatureTerms, c.Id, TermKind.Mature);
            entries.AddRange(c.Names.Select(n => new LexiconEntry<TermMeaning>(n, new TermMeaning(c.Id, TermKind.Name, "any"))));
        }
        AddAll(policy.SafeContexts, "", TermKind.SafeContext);
        AddAll(policy.MinorIndicators, PolicyValidator.AlwaysBlockedCategory, TermKind.MinorIndicator);
        Lexicon = new Lexicon<TermMeaning>(entries);
    }

    public CategoryPolicy Category(string id) => _categories[id];
    public bool HasCategory(string id) => _categories.ContainsKey(id);

    /// <summary>Validates and compiles; throws <see cref="InvalidPolicyException"/> naming every problem.</summary>
    public static CompiledPolicy Compile(ModerationPolicy policy)
    {
        var problems = PolicyValidator.Problems(policy);
        if (problems.Count > 0) throw new InvalidPolicyException(problems);
        try
        {
            return new CompiledPolicy(policy);
        }
        catch (ArgumentException e)
        {
            throw new InvalidPolicyException([e.Message]);
        }
    }
}

public sealed class InvalidPolicyException(IReadOnlyList<string> problems)
    : Exception("The moderation policy is invalid: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
