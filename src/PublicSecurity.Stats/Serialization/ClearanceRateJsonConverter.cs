using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="ClearanceRate"/>; the rate and its target distance are null when undefined.</summary>
internal sealed class ClearanceRateJsonConverter : WriteOnlyConverter<ClearanceRate>
{
    public override void Write(Utf8JsonWriter writer, ClearanceRate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        EnumName<ClearanceBasis>(writer, "basis", value.Basis);
        Member(writer, "window", value.Window, StatsJsonContext.Default.ReportingPeriod);
        Date(writer, "evaluatedAt", value.EvaluatedAt);
        Counts(writer, ("cleared", value.Cleared), ("occurred", value.Occurred));
        writer.WriteBoolean("isDefined", value.IsDefined);
        Number(writer, "rate", value.IsDefined ? value.Rate : null);
        IntervalValue(writer, "interval", value.Interval);
        EnumName(writer, "method", value.Method);
        Number(writer, "confidence", value.Confidence);
        Flags(writer, ("exceedsOneHundredPercent", value.ExceedsOneHundredPercent), ("isImmature", value.IsImmature));
        Number(writer, "target", value.Target);
        Flag(writer, "meetsTarget", value.MeetsTarget);
        Number(writer, "distanceToTarget", value.DistanceToTarget);
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="ClearanceSummary"/>: the province and both rates.</summary>
internal sealed class ClearanceSummaryJsonConverter : WriteOnlyConverter<ClearanceSummary>
{
    public override void Write(Utf8JsonWriter writer, ClearanceSummary value, JsonSerializerOptions options)
    {
        var context = StatsJsonContext.Default;
        writer.WriteStartObject();
        Member(writer, "province", value.Province, context.Province);
        Member(writer, "overall", value.Overall, context.ClearanceRate);
        Member(writer, "veryOrEspeciallySerious", value.VeryOrEspeciallySerious, context.ClearanceRate);
        writer.WriteEndObject();
    }
}
