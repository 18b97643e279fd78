using System.Diagnostics;
using System.Globalization;
using PublicSecurity.Stats;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Benchmarks;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Serialization;

// Usage:
//   dotnet run -c Release --project benchmarks/PeakMemory [-- 10000 100000 1000000]
//       writes each size to a temporary file, reads it in a fresh child process per mode, prints a Markdown table;
//   PeakMemory read <file> <stream|list>
//       the child: reads the file with JsonLines and tallies it by the 12 months of 2023 — streaming (records tallied
//       as they are read) or materialised into a list first (the contrast) — then prints its peak working set.
if (args.Length == 3 && args[0] == "read")
{
    return Child(args[1], args[2]);
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000, 1_000_000];
var directory = Directory.CreateTempSubdirectory("psstats-peak-");
try
{
    Console.WriteLine("| lines | file | mode | peak working set | managed allocations | time |");
    Console.WriteLine("| ---: | ---: | --- | ---: | ---: | ---: |");
    foreach (var size in sizes)
    {
        var file = Path.Combine(directory.FullName, $"cases-{size}.jsonl");
        using (var output = File.Create(file))
        {
            // Written in slices so that the parent's own memory does not matter.
            for (var done = 0; done < size; done += 10_000)
            {
                output.Write(JsonData.Lines(Math.Min(10_000, size - done), 20231114 + done));
            }
        }

        foreach (var mode in new[] { "stream", "list" })
        {
            Console.WriteLine($"| {size:N0} | {new FileInfo(file).Length / 1e6:F1} MB | {mode} | {RunChild(file, mode)}");
        }
    }
}
finally
{
    directory.Delete(recursive: true);
}

return 0;

static string RunChild(string file, string mode)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
    {
        start.ArgumentList.Add(typeof(JsonData).Assembly.Location);
    }

    start.ArgumentList.Add("read");
    start.ArgumentList.Add(file);
    start.ArgumentList.Add(mode);
    using var child = Process.Start(start)!;
    var line = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    return child.ExitCode == 0 ? line : $"failed with exit code {child.ExitCode}: {line} |";
}

static int Child(string file, string mode)
{
    var months = Enumerable.Range(1, 12).Select(m => ReportingCalendar.VietnamStatistical.Month(2023, m)).ToArray();
    var watch = Stopwatch.StartNew();
    using var input = File.OpenRead(file);
    long read = 0;
    var records = JsonLines.Read<CriminalCase>(input).Select(r =>
    {
        read++;
        return r;
    });
    var tally = mode == "list"
        ? CaseAggregator.Tally(records.ToList(), months)
        : CaseAggregator.Tally(records, months);
    watch.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{self.PeakWorkingSet64 / 1e6:F1} MB | {GC.GetTotalAllocatedBytes() / 1e6:F0} MB | {watch.Elapsed.TotalSeconds:F2} s ({read:N0} records, {tally.Keys.Count} keys) |"));
    return 0;
}
