using PublicSecurity.Stats.Fuzz;
using SharpFuzz;

// Under afl-fuzz (eng/fuzz.sh): the instrumented library is driven through the fork server, one input per run.
// With file arguments (no afl-fuzz): each file is run once, for reproducing a crash: dotnet PublicSecurity.Stats.Fuzz.dll FILE...
if (args is ["--csv-seeds", var directory])
{
    // The CSV seeds: every tally seed of fuzz/corpus/json written in the interchange schema (eng/fuzz-seeds.py writes the others).
    Directory.CreateDirectory(directory);
    foreach (var (name, csv) in FuzzTargets.CsvSeeds(Path.Combine(directory, "..", "json")))
    {
        File.WriteAllBytes(Path.Combine(directory, name), csv);
    }

    return;
}

if (args.Length > 0)
{
    foreach (var path in args)
    {
        Console.WriteLine(path);
        FuzzTargets.Run(File.ReadAllBytes(path));
    }

    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(buffer.ToArray());
});
