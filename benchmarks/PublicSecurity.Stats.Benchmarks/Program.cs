using BenchmarkDotNet.Running;

// BenchmarkSwitcher gives the usual command line: --list flat, --filter '*Rank*', --job dry|short|medium.
BenchmarkSwitcher.FromAssembly(typeof(PublicSecurity.Stats.Benchmarks.CalendarBenchmarks).Assembly).Run(args);
