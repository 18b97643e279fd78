using System.Text.Json;

using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="ClearanceRate"/>; the rate and its target distance are null when undefined.</summary>
internal sealed class ClearanceRateJsonConverter : WriteOnlyConverter<ClearanceRate>
{
    public override void Write(Utf8JsonWriter writer, ClearanceRate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("basis", JsonNamingPolicy.CamelCase.ConvertName(value.Basis.ToString()));
        writer.WritePropertyName("window");
        JsonSerializer.Serialize(writer, value.Window, StatsJsonContext.Default.ReportingPeriod);
        if (value.EvaluatedAt is DateOnly at)
        {
            writer.WriteString("evaluatedAt", at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("evaluatedAt");
        }

        writer.WriteNumber("cleared", value.Cleared);
        writer.WriteNumber("occurred", value.Occurred);
        writer.WriteBoolean("isDefined", value.IsDefined);
        Number(writer, "rate", value.IsDefined ? value.Rate : null);
        IntervalValue(writer, "interval", value.Interval);
        if (value.Method is IntervalMethod method)
        {
            writer.WriteString("method", JsonNamingPolicy.CamelCase.ConvertName(method.ToString()));
        }
        else
        {
            writer.WriteNull("method");
        }

        Number(writer, "confidence", value.Confidence);
        writer.WriteBoolean("exceedsOneHundredPercent", value.ExceedsOneHundredPercent);
        writer.WriteBoolean("isImmature", value.IsImmature);
        Number(writer, "target", value.Target);
        if (value.MeetsTarget is bool met)
        {
            writer.WriteBoolean("meetsTarget", met);
        }
        else
        {
            writer.WriteNull("meetsTarget");
        }

        Number(writer, "distanceToTarget", value.DistanceToTarget);
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="ClearanceSummary"/>: the province and both rates.</summary>
internal sealed class ClearanceSummaryJsonConverter : WriteOnlyConverter<ClearanceSummary>
{
    public override void Write(Utf8JsonWriter writer, ClearanceSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("province");
        JsonSerializer.Serialize(writer, value.Province, StatsJsonContext.Default.Province);
        writer.WritePropertyName("overall");
        JsonSerializer.Serialize(writer, value.Overall, StatsJsonContext.Default.ClearanceRate);
        writer.WritePropertyName("veryOrEspeciallySerious");
        JsonSerializer.Serialize(writer, value.VeryOrEspeciallySerious, StatsJsonContext.Default.ClearanceRate);
        writer.WriteEndObject();
    }
}
