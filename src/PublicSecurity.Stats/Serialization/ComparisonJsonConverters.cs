using System.Text.Json;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="CountComparison"/>; the test's members are null when both counts are 0.</summary>
internal sealed class CountComparisonJsonConverter : WriteOnlyConverter<CountComparison>
{
    private static readonly string[] TestMembers =
        ["rateRatio", "rateChange", "exactInterval", "midPInterval", "exactPValue", "midPPValue", "exactPValueDecrease", "exactPValueIncrease"];

    public override void Write(Utf8JsonWriter writer, CountComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    internal static void WriteBody(Utf8JsonWriter writer, CountComparison value)
    {
        Counts(writer, ("current", value.Current), ("baseline", value.Baseline));
        Numbers(writer, ("currentExposure", value.CurrentExposure), ("baselineExposure", value.BaselineExposure), ("confidence", value.Confidence));
        EnumName<ChangeKind>(writer, "kind", value.Kind);
        writer.WriteNumber("absoluteChange", value.AbsoluteChange);
        Numbers(writer, ("percentChange", value.PercentChange), ("currentRate", value.CurrentRate), ("baselineRate", value.BaselineRate));
        writer.WriteBoolean("isTestDefined", value.IsTestDefined);
        if (value.IsTestDefined)
        {
            Unbounded(writer, "rateRatio", value.RateRatio);
            Unbounded(writer, "rateChange", value.RateChange);
            IntervalValue(writer, "exactInterval", value.ExactInterval);
            IntervalValue(writer, "midPInterval", value.MidPInterval);
            Numbers(
                writer,
                ("exactPValue", value.ExactPValue),
                ("midPPValue", value.MidPPValue),
                ("exactPValueDecrease", value.ExactPValueDecrease),
                ("exactPValueIncrease", value.ExactPValueIncrease));
        }
        else
        {
            foreach (var name in TestMembers)
            {
                writer.WriteNull(name);
            }
        }

        Flags(writer, ("isSignificant", value.IsSignificant), ("isSmallCount", value.IsSmallCount));
        writer.WriteNumber("smallCountThreshold", value.SmallCountThreshold);
    }
}

/// <summary>Writes a <see cref="ProportionComparison"/>.</summary>
internal sealed class ProportionComparisonJsonConverter : WriteOnlyConverter<ProportionComparison>
{
    public override void Write(Utf8JsonWriter writer, ProportionComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Counts(writer, ("successes1", value.Successes1), ("trials1", value.Trials1), ("successes2", value.Successes2), ("trials2", value.Trials2));
        Numbers(writer, ("confidence", value.Confidence), ("proportion1", value.Proportion1), ("proportion2", value.Proportion2), ("difference", value.Difference));
        IntervalValue(writer, "newcombeInterval", value.NewcombeInterval);
        Numbers(
            writer,
            ("fisherPValue", value.FisherPValue),
            ("chiSquareStatistic", value.ChiSquareStatistic),
            ("chiSquarePValue", value.ChiSquarePValue),
            ("relativeChange", value.RelativeChange));
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
        Counts(writer, ("definedCount", value.DefinedCount), ("decreasedCount", value.DecreasedCount), ("increasedCount", value.IncreasedCount));
        Flags(writer, ("allDecreased", value.AllDecreased), ("allDecreasedSignificantly", value.AllDecreasedSignificantly));
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
        var context = StatsJsonContext.Default;
        writer.WriteStartObject();
        Member(writer, "province", value.Province, context.Province);
        Member(writer, "current", value.Current, context.ReportingPeriod);
        Member(writer, "baseline", value.Baseline, context.ReportingPeriod);
        Date(writer, "dataAsOf", value.DataAsOf);
        EnumName<PartialPeriodPolicy>(writer, "policy", value.Policy);
        writer.WriteBoolean("isCurrentPartial", value.IsCurrentPartial);
        Counts(writer, ("currentExposureDays", value.CurrentExposureDays), ("baselineExposureDays", value.BaselineExposureDays));
        writer.WriteBoolean("wasRebased", value.WasRebased);
        Member(writer, "verdict", value.Verdict, context.ChangeVerdict);
        writer.WriteEndObject();
    }
}
