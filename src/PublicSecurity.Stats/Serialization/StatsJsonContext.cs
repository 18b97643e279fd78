using System.Text.Json.Serialization;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The source-generated System.Text.Json context for every public model of the library.</summary>
/// <remarks>
/// Property names are camelCase and enums are camelCase strings. Validated types are read through validating
/// converters, so bad JSON throws <see cref="System.Text.Json.JsonException"/> naming the member, the rule and the
/// value, with <see cref="System.Text.Json.JsonException.Path"/> filled; unknown members are rejected (by the wire
/// DTOs' context, which the converters read through). The converters are registered here, not by attributes on the
/// models: options made from <c>StatsJsonContext.Default.Options</c> have them, and other options get them from
/// <see cref="StatsJson.Configure"/>. The context is trimming- and AOT-safe; <see cref="StatsJson"/> wraps it with
/// messages that also give the path and line.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(ModelConverters)])]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(DataCoverage))]
[JsonSerializable(typeof(Reporting.ProvincialReportAnalysis))]
[JsonSerializable(typeof(PublicSecurity.Stats.Comparisons.CountComparison))]
[JsonSerializable(typeof(PublicSecurity.Stats.Comparisons.ProportionComparison))]
[JsonSerializable(typeof(PublicSecurity.Stats.Comparisons.ChangeVerdict))]
[JsonSerializable(typeof(PublicSecurity.Stats.Estimation.ClearanceRate))]
[JsonSerializable(typeof(PublicSecurity.Stats.Estimation.ClearanceSummary))]
[JsonSerializable(typeof(PublicSecurity.Stats.Comparisons.PeriodComparison))]
[JsonSerializable(typeof(PublicSecurity.Stats.Claims.ClaimCheck))]
[JsonSerializable(typeof(PublicSecurity.Stats.Rankings.TauSet))]
[JsonSerializable(typeof(Estimation.Interval))]
[JsonSerializable(typeof(Estimation.IntervalMethod))]
[JsonSerializable(typeof(Estimation.ExactTest))]
[JsonSerializable(typeof(Estimation.ExactTwoSidedMethod))]
[JsonSerializable(typeof(Estimation.ExactTestKind))]
[JsonSerializable(typeof(Rankings.EmpiricalBayesRates))]
[JsonSerializable(typeof(Rankings.RateShrinkage))]
[JsonSerializable(typeof(Province))]
[JsonSerializable(typeof(PublishedFigure))]
[JsonSerializable(typeof(Crime.CriminalCase))]
[JsonSerializable(typeof(Drugs.DrugQuantity))]
[JsonSerializable(typeof(Drugs.DrugSeizure))]
[JsonSerializable(typeof(FireRescue.Drill))]
[JsonSerializable(typeof(Identity.ElectronicIdActivation))]
[JsonSerializable(typeof(Identity.ChipIdCardIssuance))]
[JsonSerializable(typeof(Identity.OnlineServiceProvision))]
[JsonSerializable(typeof(Traffic.TrafficAccident))]
[JsonSerializable(typeof(Campaigns.CrackdownCampaign))]
[JsonSerializable(typeof(Aggregation.CaseTally))]
[JsonSerializable(typeof(Aggregation.DrugSeizureTally))]
[JsonSerializable(typeof(Aggregation.DrillTally))]
[JsonSerializable(typeof(Aggregation.TrafficTally))]
[JsonSerializable(typeof(Aggregation.ElectronicIdTally))]
[JsonSerializable(typeof(Aggregation.CampaignTally))]
[JsonSerializable(typeof(Aggregation.ChipIdCardTally))]
[JsonSerializable(typeof(Aggregation.OnlineServiceTally))]
[JsonSerializable(typeof(Reporting.ProvincialReport))]
[JsonSerializable(typeof(Aggregation.CountTable))]
[JsonSerializable(typeof(Aggregation.ClearanceTable))]
[JsonSerializable(typeof(Aggregation.SmallCellSuppression))]
[JsonSerializable(typeof(Aggregation.SecondarySuppression))]
[JsonSerializable(typeof(Aggregation.CellSuppression))]
[JsonSerializable(typeof(Monitoring.FarringtonResult))]
[JsonSerializable(typeof(Monitoring.GlrResult))]
[JsonSerializable(typeof(Targets.CountProjection))]
[JsonSerializable(typeof(Targets.ClearanceProjection))]
public sealed partial class StatsJsonContext : JsonSerializerContext
{
}
