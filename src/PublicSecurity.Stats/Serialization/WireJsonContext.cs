using System.Text.Json.Serialization;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The source-generated context for the internal wire DTOs behind the validating converters.</summary>
/// <remarks>Same options as <see cref="StatsJsonContext"/>, so nested public values read and write identically.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ReportingPeriodWire))]
[JsonSerializable(typeof(ProvinceWire))]
internal sealed partial class WireJsonContext : JsonSerializerContext
{
}
