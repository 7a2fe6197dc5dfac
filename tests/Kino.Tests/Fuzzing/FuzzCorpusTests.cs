using Kino.Fuzz;
using Kino.Tests.Support;

namespace Kino.Tests.Fuzzing;

/// <summary>Every kept fuzz input (seeds and any crash the fuzzer ever found) runs through its target without an unexpected exception.</summary>
public sealed class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests/fuzz/corpus", target)).Order())
                data.Add(target, Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_kept_input_is_parsed_or_rejected_cleanly(string target, string file) =>
        FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(Repo.Root, "tests/fuzz/corpus", target, file)));
}
