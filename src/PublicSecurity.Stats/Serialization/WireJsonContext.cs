using System.Text.Json.Serialization;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The source-generated context for the internal wire DTOs behind the validating converters.</summary>
/// <remarks>Same options as <see cref="StatsJsonContext"/>, so nested public values read and write identically.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ReportingPeriodWire))]
[JsonSerializable(typeof(Reporting.ElectronicIdSampleWire))]
[JsonSerializable(typeof(ProvinceWire))]
[JsonSerializable(typeof(CriminalCaseWire))]
[JsonSerializable(typeof(DrugQuantityWire))]
[JsonSerializable(typeof(DrugSeizureWire))]
[JsonSerializable(typeof(DrillWire))]
[JsonSerializable(typeof(ElectronicIdActivationWire))]
[JsonSerializable(typeof(TrafficAccidentWire))]
[JsonSerializable(typeof(CrackdownCampaignWire))]
[JsonSerializable(typeof(PublishedFigureWire))]
[JsonSerializable(typeof(TrafficTallyWire))]
[JsonSerializable(typeof(CampaignTallyWire))]
[JsonSerializable(typeof(DrillTallyWire))]
[JsonSerializable(typeof(DrugSeizureTallyWire))]
[JsonSerializable(typeof(ElectronicIdTallyWire))]
[JsonSerializable(typeof(CaseTallyWire))]
[JsonSerializable(typeof(ProvincialReportWire))]
[JsonSerializable(typeof(SampleReportWire))]
internal sealed partial class WireJsonContext : JsonSerializerContext
{
}
