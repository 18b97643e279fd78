using System.Text.Json;
using PublicSecurity.Stats.Text;

using PublicSecurity.Stats.Comparisons;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="CountComparison"/>; the test's members are null when both counts are 0.</summary>
internal sealed class CountComparisonJsonConverter : WriteOnlyConverter<CountComparison>
{
    public override void Write(Utf8JsonWriter writer, CountComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    internal static void WriteBody(Utf8JsonWriter writer, CountComparison value)
    {
        writer.WriteNumber("current", value.Current);
        writer.WriteNumber("baseline", value.Baseline);
        Number(writer, "currentExposure", value.CurrentExposure);
        Number(writer, "baselineExposure", value.BaselineExposure);
        Number(writer, "confidence", value.Confidence);
        writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(value.Kind.ToString()));
        writer.WriteNumber("absoluteChange", value.AbsoluteChange);
        Number(writer, "percentChange", value.PercentChange);
        Number(writer, "currentRate", value.CurrentRate);
        Number(writer, "baselineRate", value.BaselineRate);
        writer.WriteBoolean("isTestDefined", value.IsTestDefined);
        if (value.IsTestDefined)
        {
            Unbounded(writer, "rateRatio", value.RateRatio);
            Unbounded(writer, "rateChange", value.RateChange);
            IntervalValue(writer, "exactInterval", value.ExactInterval);
            IntervalValue(writer, "midPInterval", value.MidPInterval);
            Number(writer, "exactPValue", value.ExactPValue);
            Number(writer, "midPPValue", value.MidPPValue);
            Number(writer, "exactPValueDecrease", value.ExactPValueDecrease);
            Number(writer, "exactPValueIncrease", value.ExactPValueIncrease);
        }
        else
        {
            foreach (var name in (ReadOnlySpan<string>)["rateRatio", "rateChange", "exactInterval", "midPInterval", "exactPValue", "midPPValue", "exactPValueDecrease", "exactPValueIncrease"])
            {
                writer.WriteNull(name);
            }
        }

        writer.WriteBoolean("isSignificant", value.IsSignificant);
        writer.WriteBoolean("isSmallCount", value.IsSmallCount);
        writer.WriteNumber("smallCountThreshold", value.SmallCountThreshold);
    }
}

/// <summary>Writes a <see cref="ProportionComparison"/>.</summary>
internal sealed class ProportionComparisonJsonConverter : WriteOnlyConverter<ProportionComparison>
{
    public override void Write(Utf8JsonWriter writer, ProportionComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("successes1", value.Successes1);
        writer.WriteNumber("trials1", value.Trials1);
        writer.WriteNumber("successes2", value.Successes2);
        writer.WriteNumber("trials2", value.Trials2);
        Number(writer, "confidence", value.Confidence);
        Number(writer, "proportion1", value.Proportion1);
        Number(writer, "proportion2", value.Proportion2);
        Number(writer, "difference", value.Difference);
        IntervalValue(writer, "newcombeInterval", value.NewcombeInterval);
        Number(writer, "fisherPValue", value.FisherPValue);
        Number(writer, "chiSquareStatistic", value.ChiSquareStatistic);
        Number(writer, "chiSquarePValue", value.ChiSquarePValue);
        Number(writer, "relativeChange", value.RelativeChange);
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="ChangeVerdict"/> with its metrics and their comparisons.</summary>
internal sealed class ChangeVerdictJsonConverter : WriteOnlyConverter<ChangeVerdict>
{
    public override void Write(Utf8JsonWriter writer, ChangeVerdict value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Name(writer, "subject", value.Subject);
        Number(writer, "confidence", value.Confidence);
        writer.WriteNumber("definedCount", value.DefinedCount);
        writer.WriteNumber("decreasedCount", value.DecreasedCount);
        writer.WriteNumber("increasedCount", value.IncreasedCount);
        writer.WriteBoolean("allDecreased", value.AllDecreased);
        writer.WriteBoolean("allDecreasedSignificantly", value.AllDecreasedSignificantly);
        Number(writer, "intersectionUnionPValue", value.IntersectionUnionPValue);
        Names(writer, "significantlyDecreased", value.SignificantlyDecreased);
        Names(writer, "significantlyIncreased", value.SignificantlyIncreased);
        Names(writer, "undefinedMetrics", value.UndefinedMetrics);
        writer.WriteStartArray("metrics");
        foreach (var metric in value.Metrics)
        {
            writer.WriteStartObject();
            Name(writer, "metric", metric.Metric.Name);
            Name(writer, "unit", metric.Metric.Unit);
            writer.WriteStartObject("comparison");
            CountComparisonJsonConverter.WriteBody(writer, metric.Comparison);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("sentenceEnglish", value.ToString(Language.English));
        writer.WriteString("sentenceVietnamese", value.ToString(Language.Vietnamese));
        writer.WriteEndObject();
    }

    private static void Name(Utf8JsonWriter writer, string name, LocalizedName value)
    {
        writer.WriteStartObject(name);
        writer.WriteString("english", value.English);
        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter writer, string name, IReadOnlyList<Metric> metrics)
    {
        writer.WriteStartArray(name);
        foreach (var metric in metrics)
        {
            writer.WriteStringValue(metric.Name.English);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Writes a <see cref="PeriodComparison"/>: the province, the windows, the exposures and the verdict.</summary>
internal sealed class PeriodComparisonJsonConverter : WriteOnlyConverter<PeriodComparison>
{
    public override void Write(Utf8JsonWriter writer, PeriodComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("province");
        JsonSerializer.Serialize(writer, value.Province, StatsJsonContext.Default.Province);
        writer.WritePropertyName("current");
        JsonSerializer.Serialize(writer, value.Current, StatsJsonContext.Default.ReportingPeriod);
        writer.WritePropertyName("baseline");
        JsonSerializer.Serialize(writer, value.Baseline, StatsJsonContext.Default.ReportingPeriod);
        writer.WriteString("dataAsOf", value.DataAsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("policy", JsonNamingPolicy.CamelCase.ConvertName(value.Policy.ToString()));
        writer.WriteBoolean("isCurrentPartial", value.IsCurrentPartial);
        writer.WriteNumber("currentExposureDays", value.CurrentExposureDays);
        writer.WriteNumber("baselineExposureDays", value.BaselineExposureDays);
        writer.WriteBoolean("wasRebased", value.WasRebased);
        writer.WritePropertyName("verdict");
        JsonSerializer.Serialize(writer, value.Verdict, StatsJsonContext.Default.ChangeVerdict);
        writer.WriteEndObject();
    }
}
