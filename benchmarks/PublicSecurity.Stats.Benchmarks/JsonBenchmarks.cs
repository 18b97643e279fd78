using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Reading 100,000 JSON Lines case records (about 21 MB) from memory into validated <see cref="CriminalCase"/>
/// records, steady state: the library's reader with its source-generated, validating context, against the same line
/// splitting with reflection-based System.Text.Json into a plain DTO turned into the same records by the public
/// factory. The DTO-only rows show the deserializers alone (no records, no validation).
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] lines = [];

    [GlobalSetup]
    public void Setup() => lines = JsonData.Lines(100_000, 20231114);

    /// <summary>The library: source-generated metadata, validating converters, provinces resolved, every rule checked.</summary>
    [Benchmark]
    public int Json_SourceGenerated_100k() => JsonRead.SourceGenerated(lines);

    /// <summary>Reflection-based System.Text.Json into a DTO, then <see cref="CriminalCase.Create"/>: the same records.</summary>
    [Benchmark(Baseline = true)]
    public int Json_Reflection_100k() => JsonRead.Reflection(lines);

    /// <summary>Reflection-based System.Text.Json into the plain DTO only.</summary>
    [Benchmark]
    public int Json_ReflectionDtoOnly_100k() => JsonRead.ReflectionDtoOnly(lines);

    /// <summary>A source-generated context for the same plain DTO only.</summary>
    [Benchmark]
    public int Json_SourceGeneratedDtoOnly_100k() => JsonRead.SourceGeneratedDtoOnly(lines);
}

/// <summary>
/// The same reads, cold: each measurement is the first call in a fresh process (no warm-up, one iteration per launch),
/// so it includes JIT compilation and building the serializer metadata (at run time for reflection; at compile time
/// for source generation).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class JsonColdStartBenchmarks
{
    private byte[] lines = [];

    [GlobalSetup]
    public void Setup() => lines = JsonData.Lines(100_000, 20231114);

    [Benchmark]
    public int Json_SourceGenerated_100k_Cold() => JsonRead.SourceGenerated(lines);

    [Benchmark(Baseline = true)]
    public int Json_Reflection_100k_Cold() => JsonRead.Reflection(lines);

    [Benchmark]
    public int Json_ReflectionDtoOnly_100k_Cold() => JsonRead.ReflectionDtoOnly(lines);

    [Benchmark]
    public int Json_SourceGeneratedDtoOnly_100k_Cold() => JsonRead.SourceGeneratedDtoOnly(lines);
}

/// <summary>The four reads, shared by the steady-state and cold-start classes; each returns the number of records.</summary>
internal static class JsonRead
{
    public static int SourceGenerated(byte[] lines)
    {
        var n = 0;
        foreach (var record in JsonLines.Read<CriminalCase>(new MemoryStream(lines, writable: false)))
        {
            n += record.Id.Length > 0 ? 1 : 0;
        }

        return n;
    }

    public static int Reflection(byte[] lines)
    {
        var n = 0;
        foreach (var dto in JsonLines.Read(new MemoryStream(lines, writable: false), JsonReflection.CaseDto, null))
        {
            n += JsonCaseMapping.ToRecord(dto).Id.Length > 0 ? 1 : 0;
        }

        return n;
    }

    public static int ReflectionDtoOnly(byte[] lines)
    {
        var n = 0;
        foreach (var dto in JsonLines.Read(new MemoryStream(lines, writable: false), JsonReflection.CaseDto, null))
        {
            n += dto.Id is null ? 0 : 1;
        }

        return n;
    }

    public static int SourceGeneratedDtoOnly(byte[] lines)
    {
        var n = 0;
        foreach (var dto in JsonLines.Read(new MemoryStream(lines, writable: false), JsonDtoContext.Default.JsonCaseDto, null))
        {
            n += dto.Id is null ? 0 : 1;
        }

        return n;
    }
}
