using Kino.Fuzz;
using SharpFuzz;

// Kino's fuzz harness (SharpFuzz). Usage:
//   Kino.Fuzz TARGET                 run under AFL++ (afl-fuzz … -- dotnet Kino.Fuzz.dll TARGET), input on stdin
//   Kino.Fuzz TARGET --libfuzzer     run under libFuzzer (libfuzzer-dotnet)
//   Kino.Fuzz TARGET --replay DIR    run every file in DIR once (corpus regression, no fuzzer)
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Kino.Fuzz {string.Join("|", FuzzTargets.Names)} [--libfuzzer | --replay DIR]");
    return 2;
}
var target = args[0];
if (args is [_, "--replay", var folder])
{
    foreach (var file in Directory.EnumerateFiles(folder)) FuzzTargets.Run(target, File.ReadAllBytes(file));
    Console.WriteLine($"{target}: corpus {folder} replayed cleanly");
    return 0;
}
if (args is [_, "--libfuzzer"]) Fuzzer.LibFuzzer.Run(span => FuzzTargets.Run(target, span));
else Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray());
});
return 0;
