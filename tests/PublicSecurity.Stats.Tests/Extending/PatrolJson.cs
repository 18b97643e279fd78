using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Tests.Extending;

/// <summary>
/// The one registration of the patrol kind: its record and tally read through their wire DTOs with the library's
/// validating mechanism (<see cref="ConverterMap"/>), errors exactly as for the library's own kinds.
/// </summary>
internal sealed class PatrolJson : MapConverterFactory
{
    public PatrolJson()
        : base(Map)
    {
    }

    private static FrozenDictionary<Type, JsonConverter> Map { get; } = new ConverterMap(static () => PatrolWireContext.Default)
        .Validated<Patrol, PatrolWire>(
            static (w, m) => Patrol.Create(m.RequiredRef(w.Province, "province"), m.Required(w.HeldOn, "heldOn"), m.Required(w.Violations, "violations")),
            static v => new(v.Province, v.HeldOn, v.Violations))
        .Tally<PatrolTally, PatrolCounts, TallyWire<PatrolTallyEntryWire>, PatrolTallyEntryWire>(
            static (_, table) => new PatrolTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            static (e, _, m) => PatrolCounts.Create(m.Required(e?.Shifts, "shifts"), m.Required(e?.Violations, "violations")),
            static (k, v) => new(k.Province, k.Period, v.Shifts, v.Violations))
        .ToFrozen();

    // After Map: static initializers run in order, and the options create this factory over Map.
    /// <summary>Gets options that read and write the library's models and the patrol kind.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(StatsJsonContext.Default.Options)
        {
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(StatsJsonContext.Default, PatrolWireContext.Default),
        };
        options.Converters.Add(new PatrolJson());
        options.MakeReadOnly();
        return options;
    }
}

internal sealed record PatrolWire(Province? Province, DateOnly? HeldOn, long? Violations);

internal sealed record PatrolTallyEntryWire(Province? Province, ReportingPeriod? Period, long? Shifts, long? Violations) : ITallyEntryWire;

/// <summary>The patrol kind's wire DTOs, with the library's converters for the values inside them and the kind's own.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(ModelConverters), typeof(PatrolJson)])]
[JsonSerializable(typeof(PatrolWire))]
[JsonSerializable(typeof(TallyWire<PatrolTallyEntryWire>))]
[JsonSerializable(typeof(Patrol))]
[JsonSerializable(typeof(PatrolTally))]
internal sealed partial class PatrolWireContext : JsonSerializerContext
{
}
