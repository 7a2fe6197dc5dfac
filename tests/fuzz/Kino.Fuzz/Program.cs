using Kino.Fuzz;
using SharpFuzz;

// Kino's fuzz harness (SharpFuzz). Usage:
//   Kino.Fuzz TARGET                      run under AFL++ (afl-fuzz … -- dotnet Kino.Fuzz.dll TARGET), input on stdin
//   Kino.Fuzz TARGET --libfuzzer          run under libFuzzer (libfuzzer-dotnet)
//   Kino.Fuzz TARGET --replay FILE|DIR    run one input, or every file in DIR, once (a crash or the corpus, no fuzzer)
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Kino.Fuzz {string.Join("|", FuzzTargets.Names)} [--libfuzzer | --replay FILE|DIR]");
    return 2;
}
var target = args[0];
if (args is [_, "--replay", var path])
{
    var files = Directory.Exists(path) ? Directory.EnumerateFiles(path).Order().ToList() : [path];
    foreach (var file in files) FuzzTargets.Run(target, File.ReadAllBytes(file));
    Console.WriteLine($"{target}: {files.Count} input(s) from {path} replayed cleanly");
    return 0;
}
// Nothing instrumented may run before the fuzz loop starts (SharpFuzz's fork server aborts), so a target loads what it
// needs during its first input.
if (args is [_, "--libfuzzer"]) Fuzzer.LibFuzzer.Run(span => FuzzTargets.Run(target, span));
else Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray());
});
return 0;
