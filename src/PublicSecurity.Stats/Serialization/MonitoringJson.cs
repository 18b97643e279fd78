using System.Text.Json;
using PublicSecurity.Stats.Monitoring;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="FarringtonResult"/>: the series, the options and one object per monitored month (R's NA is null).</summary>
internal sealed class FarringtonResultJsonConverter : WriteOnlyConverter<FarringtonResult>
{
    public override void Write(Utf8JsonWriter writer, FarringtonResult value, JsonSerializerOptions options)
    {
        MonitoringJson.Begin(writer, value.Series);
        var o = value.Options;
        Counts(writer, ("yearsBack", o.YearsBack), ("halfWindow", o.HalfWindow), ("seasonalPeriods", o.SeasonalPeriods), ("excludedRecentMonths", o.ExcludedRecentMonths ?? o.HalfWindow));
        Flags(writer, ("reweight", o.Reweight), ("trend", o.Trend));
        Numbers(writer, ("reweightThreshold", o.ReweightThreshold), ("trendPValueThreshold", o.TrendPValueThreshold), ("alpha", o.Alpha));
        EnumName<FarringtonThreshold>(writer, "threshold", o.Threshold);
        EnumName<PowerTransform>(writer, "transform", o.Transform);
        Counts(writer, ("minimumCases", o.MinimumCases), ("minimumCasesMonths", o.MinimumCasesMonths));
        EnumName<MonitoringOffset>(writer, "offset", o.Offset);
        MonitoringJson.Months(writer, value.AlarmCount, value.Months, m => m.Period, m => m.Observed, (w, m) =>
        {
            Flags(w, ("isFitted", m.IsFitted), ("alarm", m.Alarm), ("trendUsed", m.TrendUsed));
            Numbers(w, ("expected", Finite(m.Expected)), ("upperBound", Finite(m.UpperBound)), ("score", Finite(m.Score)), ("pValue", Finite(m.PValue)), ("dispersion", Finite(m.Dispersion)), ("trendCoefficient", Finite(m.TrendCoefficient)));
        });
    }

    private static double? Finite(double? v) => v is double x && double.IsFinite(x) ? x : null;
}

/// <summary>Writes a <see cref="GlrResult"/>: the series, the options and one object per monitored month.</summary>
internal sealed class GlrResultJsonConverter : WriteOnlyConverter<GlrResult>
{
    public override void Write(Utf8JsonWriter writer, GlrResult value, JsonSerializerOptions options)
    {
        MonitoringJson.Begin(writer, value.Series);
        var o = value.Options;
        Numbers(writer, ("threshold", o.Threshold), ("alpha", o.Alpha), ("fixedChange", o.FixedChange), ("window", o.Window));
        EnumName<ChangeDirection>(writer, "direction", o.Direction);
        Flags(writer, ("returnCases", o.ReturnCases));
        MonitoringJson.Months(writer, value.AlarmCount, value.Months, m => m.Period, m => m.Observed, (w, m) =>
        {
            Numbers(w, ("baseline", m.Baseline), ("upperBound", m.UpperBound));
            Flags(w, ("alarm", m.Alarm));
        });
    }
}

/// <summary>The parts the monitoring results' JSON share: the series, the options object, the months.</summary>
internal static class MonitoringJson
{
    /// <summary>Opens the result and its <c>options</c> object, after writing the series.</summary>
    internal static void Begin(Utf8JsonWriter writer, MonthlySeries series)
    {
        writer.WriteStartObject();
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
        writer.WriteStartObject("options");
    }

    /// <summary>Closes the options, writes the alarm count and one object per month, and closes the result.</summary>
    internal static void Months<TMonth>(Utf8JsonWriter writer, int alarmCount, IReadOnlyList<TMonth> months, Func<TMonth, ReportingPeriod> period, Func<TMonth, long> observed, Action<Utf8JsonWriter, TMonth> body)
    {
        writer.WriteEndObject();
        writer.WriteNumber("alarmCount", alarmCount);
        writer.WriteStartArray("months");
        foreach (var m in months)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("period");
            JsonSerializer.Serialize(writer, period(m), StatsJsonContext.Default.ReportingPeriod);
            writer.WriteNumber("observed", observed(m));
            body(writer, m);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
