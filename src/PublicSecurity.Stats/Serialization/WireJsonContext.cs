using System.Text.Json.Serialization;
using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The source-generated context for the internal wire DTOs behind the validating converters.</summary>
/// <remarks>Same options and converters as <see cref="StatsJsonContext"/>, so nested public values read and write identically.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(ModelConverters)])]
[JsonSerializable(typeof(ProvinceWire))]
[JsonSerializable(typeof(ReportingPeriodWire))]
[JsonSerializable(typeof(DataCoverageWire))]
[JsonSerializable(typeof(PublishedFigureWire))]
[JsonSerializable(typeof(CriminalCaseWire))]
[JsonSerializable(typeof(DrugQuantityWire))]
[JsonSerializable(typeof(DrugSeizureWire))]
[JsonSerializable(typeof(DrillWire))]
[JsonSerializable(typeof(ElectronicIdActivationWire))]
[JsonSerializable(typeof(ChipIdCardIssuanceWire))]
[JsonSerializable(typeof(OnlineServiceProvisionWire))]
[JsonSerializable(typeof(TrafficAccidentWire))]
[JsonSerializable(typeof(CrackdownCampaignWire))]
[JsonSerializable(typeof(TallyWire<CampaignTallyEntryWire>))]
[JsonSerializable(typeof(TallyWire<TrafficTallyEntryWire>))]
[JsonSerializable(typeof(TallyWire<DrugSeizureTallyEntryWire>))]
[JsonSerializable(typeof(TallyWire<DrillTallyEntryWire>))]
[JsonSerializable(typeof(ElectronicIdTallyWire))]
[JsonSerializable(typeof(TallyWire<CaseTallyEntryWire>))]
[JsonSerializable(typeof(TallyWire<ChipIdCardTallyEntryWire>))]
[JsonSerializable(typeof(TallyWire<OnlineServiceTallyEntryWire>))]
[JsonSerializable(typeof(ProvincialReportWire))]
[JsonSerializable(typeof(SampleReportWire))]
[JsonSerializable(typeof(ElectronicIdSampleWire))]
internal sealed partial class WireJsonContext : JsonSerializerContext
{
}
