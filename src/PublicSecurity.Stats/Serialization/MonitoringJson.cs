using System.Text.Json;
using PublicSecurity.Stats.Monitoring;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="FarringtonResult"/>: the series, the options and one object per monitored month (R's NA is null).</summary>
internal sealed class FarringtonResultJsonConverter : WriteOnlyConverter<FarringtonResult>
{
    public override void Write(Utf8JsonWriter writer, FarringtonResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MonitoringJson.Series(writer, value.Series);
        var o = value.Options;
        writer.WriteStartObject("options");
        Counts(writer, ("yearsBack", o.YearsBack), ("halfWindow", o.HalfWindow), ("seasonalPeriods", o.SeasonalPeriods), ("excludedRecentMonths", o.ExcludedRecentMonths ?? o.HalfWindow));
        Flags(writer, ("reweight", o.Reweight), ("trend", o.Trend));
        Numbers(writer, ("reweightThreshold", o.ReweightThreshold), ("trendPValueThreshold", o.TrendPValueThreshold), ("alpha", o.Alpha));
        EnumName<FarringtonThreshold>(writer, "threshold", o.Threshold);
        EnumName<PowerTransform>(writer, "transform", o.Transform);
        Counts(writer, ("minimumCases", o.MinimumCases), ("minimumCasesMonths", o.MinimumCasesMonths));
        EnumName<MonitoringOffset>(writer, "offset", o.Offset);
        writer.WriteEndObject();
        writer.WriteNumber("alarmCount", value.AlarmCount);
        writer.WriteStartArray("months");
        foreach (var m in value.Months)
        {
            writer.WriteStartObject();
            Member(writer, "period", m.Period, StatsJsonContext.Default.ReportingPeriod);
            writer.WriteNumber("observed", m.Observed);
            Flags(writer, ("isFitted", m.IsFitted), ("alarm", m.Alarm), ("trendUsed", m.TrendUsed));
            Numbers(writer, ("expected", Finite(m.Expected)), ("upperBound", Finite(m.UpperBound)), ("score", Finite(m.Score)), ("pValue", Finite(m.PValue)), ("dispersion", Finite(m.Dispersion)), ("trendCoefficient", Finite(m.TrendCoefficient)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static double? Finite(double? v) => v is double x && double.IsFinite(x) ? x : null;
}

/// <summary>Writes a <see cref="GlrResult"/>: the series, the options and one object per monitored month.</summary>
internal sealed class GlrResultJsonConverter : WriteOnlyConverter<GlrResult>
{
    public override void Write(Utf8JsonWriter writer, GlrResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MonitoringJson.Series(writer, value.Series);
        var o = value.Options;
        writer.WriteStartObject("options");
        Numbers(writer, ("threshold", o.Threshold), ("alpha", o.Alpha), ("fixedChange", o.FixedChange));
        EnumName<ChangeDirection>(writer, "direction", o.Direction);
        if (o.Window is int w)
        {
            writer.WriteNumber("window", w);
        }
        else
        {
            writer.WriteNull("window");
        }

        Flags(writer, ("returnCases", o.ReturnCases));
        writer.WriteEndObject();
        writer.WriteNumber("alarmCount", value.AlarmCount);
        writer.WriteStartArray("months");
        foreach (var m in value.Months)
        {
            writer.WriteStartObject();
            Member(writer, "period", m.Period, StatsJsonContext.Default.ReportingPeriod);
            writer.WriteNumber("observed", m.Observed);
            Numbers(writer, ("baseline", m.Baseline), ("upperBound", m.UpperBound));
            Flags(writer, ("alarm", m.Alarm));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>The series part of the monitoring results' JSON.</summary>
internal static class MonitoringJson
{
    internal static void Series(Utf8JsonWriter writer, MonthlySeries series)
    {
        writer.WriteStartObject("series");
        writer.WritePropertyName("province");
        JsonSerializer.Serialize(writer, series.Province, StatsJsonContext.Default.Province);
        writer.WriteString("criterion", JsonNamingPolicy.CamelCase.ConvertName(series.Criterion.ToString()));
        writer.WriteNumber("calendarCutoffDay", series.Calendar.CutoffDay);
        writer.WriteStartArray("counts");
        foreach (var c in series.Counts)
        {
            writer.WriteNumberValue(c);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("firstMonth");
        JsonSerializer.Serialize(writer, series.Months[0], StatsJsonContext.Default.ReportingPeriod);
        writer.WriteEndObject();
    }
}
