using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// A plain, mutable mirror of the criminal case record's JSON shape, with no validation: what a caller would write
/// to read the same lines with reflection-based System.Text.Json (which cannot construct the library's validated,
/// get-only <see cref="Crime.CriminalCase"/>).
/// </summary>
public sealed class JsonCaseDto
{
    public string? Id { get; set; }

    public JsonProvinceDto? Province { get; set; }

    public JsonOffenceGroup? OffenceGroup { get; set; }

    public JsonSeverity? Severity { get; set; }

    public DateOnly? RecordedOn { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public JsonOutcome? Outcome { get; set; }

    public DateOnly? OutcomeOn { get; set; }
}

public sealed class JsonProvinceDto
{
    public string? Edition { get; set; }

    public string? Code { get; set; }
}

public enum JsonOffenceGroup
{
    SocialOrder,
    Drugs,
    EconomicOrder,
    CorruptionAndPosition,
    EnvironmentAndFoodSafety,
    Other,
}

public enum JsonSeverity
{
    LessSerious,
    Serious,
    VerySerious,
    EspeciallySerious,
}

public enum JsonOutcome
{
    NotCleared,
    ClearedByArrest,
    ClearedExceptionally,
    Unfounded,
}

/// <summary>The same DTO through a source-generated context: isolates what source generation changes from what validation costs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(JsonCaseDto))]
internal sealed partial class JsonDtoContext : JsonSerializerContext
{
}

/// <summary>Turns a DTO into the library's validated record, as a caller reading with reflection-based System.Text.Json would.</summary>
internal static class JsonCaseMapping
{
    public static CriminalCase ToRecord(JsonCaseDto dto)
    {
        var edition = dto.Province?.Edition switch
        {
            "provinces63" => ProvinceEdition.Provinces63,
            "provinces34" => ProvinceEdition.Provinces34,
            var other => throw new JsonException($"Unknown province edition '{other}'."),
        };
        return CriminalCase.Create(
            dto.Id!,
            ProvinceCatalog.Find(edition, dto.Province!.Code!),
            (OffenceGroup)(dto.OffenceGroup ?? throw new JsonException("offenceGroup is missing.")),
            (Severity)(dto.Severity ?? throw new JsonException("severity is missing.")),
            dto.RecordedOn ?? throw new JsonException("recordedOn is missing."),
            (CaseOutcome)(dto.Outcome ?? throw new JsonException("outcome is missing.")),
            dto.OutcomeOn,
            dto.OccurredOn);
    }
}

/// <summary>Reflection-based metadata for the DTO, created on first use (so a cold start pays for it, as a caller's would).</summary>
internal static class JsonReflection
{
    private static JsonTypeInfo<JsonCaseDto>? typeInfo;

    public static JsonTypeInfo<JsonCaseDto> CaseDto => typeInfo ??= Create();

    private static JsonTypeInfo<JsonCaseDto> Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new JsonStringEnumConverter() },
        };
        return (JsonTypeInfo<JsonCaseDto>)options.GetTypeInfo(typeof(JsonCaseDto));
    }
}
