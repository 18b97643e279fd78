using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="CountComparison"/>; the test's members are null when both counts are 0.</summary>
internal sealed class CountComparisonJsonConverter : WriteOnlyConverter<CountComparison>
{
    private static readonly string[] TestMembers =
        ["rateRatio", "rateChange", "exactInterval", "midPInterval", "exactPValue", "midPPValue", "exactPValueDecrease", "exactPValueIncrease", "twoSidedPValue", "twoSidedInterval"];

    public override void Write(Utf8JsonWriter writer, CountComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    internal static void WriteBody(Utf8JsonWriter writer, CountComparison value)
    {
        ChangeVerdictJsonConverter.OptionalName(writer, "currentName", value.CurrentName);
        ChangeVerdictJsonConverter.OptionalName(writer, "baselineName", value.BaselineName);
        Counts(writer, ("current", value.Current), ("baseline", value.Baseline));
        Numbers(writer, ("currentExposure", value.CurrentExposure), ("baselineExposure", value.BaselineExposure), ("confidence", value.Confidence));
        EnumName<ChangeKind>(writer, "kind", value.Kind);
        writer.WriteNumber("absoluteChange", value.AbsoluteChange);
        Numbers(writer, ("percentChange", value.PercentChange), ("currentRate", value.CurrentRate), ("baselineRate", value.BaselineRate));
        writer.WriteBoolean("isTestDefined", value.IsTestDefined);
        EnumName<ExactTwoSidedMethod>(writer, "twoSidedMethod", value.TwoSidedMethod);
        if (value.IsTestDefined)
        {
            Unbounded(writer, "rateRatio", value.RateRatio);
            Unbounded(writer, "rateChange", value.RateChange);
            IntervalValue(writer, "exactInterval", value.ExactInterval);
            IntervalValue(writer, "midPInterval", value.MidPInterval);
            Numbers(writer, ("exactPValue", value.ExactPValue), ("midPPValue", value.MidPPValue), ("exactPValueDecrease", value.ExactPValueDecrease), ("exactPValueIncrease", value.ExactPValueIncrease));
            Number(writer, "twoSidedPValue", value.TwoSidedPValue);
            IntervalValue(writer, "twoSidedInterval", value.TwoSidedInterval);
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

/// <summary>Writes an <see cref="ExactTest"/> with its sentences.</summary>
internal sealed class ExactTestJsonConverter : WriteOnlyConverter<ExactTest>
{
    public override void Write(Utf8JsonWriter writer, ExactTest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        EnumName<ExactTestKind>(writer, "kind", value.Kind);
        EnumName<ExactTwoSidedMethod>(writer, "method", value.Method);
        writer.WriteNumber("count", value.Count);
        Numbers(writer, ("denominator", value.Denominator), ("nullValue", value.NullValue), ("confidence", value.Confidence), ("estimate", value.Estimate), ("pValue", value.PValue));
        IntervalValue(writer, "interval", value.Interval);
        writer.WriteBoolean("rejectsNull", value.RejectsNull);
        writer.WriteString("sentenceEnglish", value.ToString(Language.English));
        writer.WriteString("sentenceVietnamese", value.ToString(Language.Vietnamese));
        writer.WriteEndObject();
    }
}

/// <summary>Writes an <see cref="EmpiricalBayesRates"/>: the fitted prior and one object per unit.</summary>
internal sealed class EmpiricalBayesRatesJsonConverter : WriteOnlyConverter<EmpiricalBayesRates>
{
    public override void Write(Utf8JsonWriter writer, EmpiricalBayesRates value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        EnumName<EmpiricalBayesModel>(writer, "model", value.Model);
        writer.WriteBoolean("isPriorDefined", value.IsPriorDefined);
        Numbers(writer, ("overallRate", value.OverallRate), ("weightedVariance", value.WeightedVariance), ("betweenVariance", value.BetweenVariance));
        if (value.IsPriorDefined)
        {
            Unbounded(writer, "priorDenominator", value.PriorDenominator);
        }
        else
        {
            writer.WriteNull("priorDenominator");
        }

        writer.WriteStartArray("units");
        for (var i = 0; i < value.Raw.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", value.Counts[i]);
            Numbers(writer, ("denominator", value.Denominators[i]), ("raw", value.Raw[i]), ("shrunken", value.Shrunken[i]));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="ProportionComparison"/>.</summary>
internal sealed class ProportionComparisonJsonConverter : WriteOnlyConverter<ProportionComparison>
{
    public override void Write(Utf8JsonWriter writer, ProportionComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ChangeVerdictJsonConverter.OptionalName(writer, "group1Name", value.Group1Name);
        ChangeVerdictJsonConverter.OptionalName(writer, "group2Name", value.Group2Name);
        Counts(writer, ("successes1", value.Successes1), ("trials1", value.Trials1), ("successes2", value.Successes2), ("trials2", value.Trials2));
        Numbers(writer, ("confidence", value.Confidence), ("proportion1", value.Proportion1), ("proportion2", value.Proportion2), ("difference", value.Difference));
        IntervalValue(writer, "newcombeInterval", value.NewcombeInterval);
        Numbers(writer, ("fisherPValue", value.FisherPValue), ("chiSquareStatistic", value.ChiSquareStatistic), ("chiSquarePValue", value.ChiSquarePValue), ("relativeChange", value.RelativeChange));
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
        EnumName<ExactTwoSidedMethod>(writer, "twoSidedMethod", value.TwoSidedMethod);
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

    /// <summary>Writes a name, or nothing when it is <see langword="null"/> (an unnamed group).</summary>
    internal static void OptionalName(Utf8JsonWriter writer, string name, LocalizedName? value)
    {
        if (value is not null)
        {
            Name(writer, name, value);
        }
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
        if (value.Coverage is { } coverage)
        {
            Member(writer, "coverage", coverage, context.DataCoverage);
        }

        EnumName<PartialPeriodPolicy>(writer, "policy", value.Policy);
        writer.WriteBoolean("isCurrentPartial", value.IsCurrentPartial);
        if (value.Coverage is not null)
        {
            writer.WriteBoolean("isBaselinePartial", value.IsBaselinePartial);
        }

        Counts(writer, ("currentExposureDays", value.CurrentExposureDays), ("baselineExposureDays", value.BaselineExposureDays));
        writer.WriteBoolean("wasRebased", value.WasRebased);
        Member(writer, "verdict", value.Verdict, context.ChangeVerdict);
        writer.WriteEndObject();
    }
}

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
        writer.WriteStartObject();
        Member(writer, "province", value.Province, StatsJsonContext.Default.Province);
        Member(writer, "overall", value.Overall, StatsJsonContext.Default.ClearanceRate);
        Member(writer, "veryOrEspeciallySerious", value.VeryOrEspeciallySerious, StatsJsonContext.Default.ClearanceRate);
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="ProvincialReportAnalysis"/>: the report's figures with their sources and every computed section.</summary>
internal sealed class ProvincialReportAnalysisJsonConverter : WriteOnlyConverter<ProvincialReportAnalysis>
{
    public override void Write(Utf8JsonWriter writer, ProvincialReportAnalysis value, JsonSerializerOptions options)
    {
        var context = StatsJsonContext.Default;
        var r = value.Report;
        writer.WriteStartObject();
        writer.WriteString("title", ProvincialReportAnalysis.Title(r, Language.English));
        Member(writer, "province", r.Province, context.Province);
        Member(writer, "period", r.Period, context.ReportingPeriod);
        Member(writer, "comparisonPeriod", r.ComparisonPeriod, context.ReportingPeriod);
        Date(writer, "dataAsOf", value.DataAsOf);
        Counts(writer, ("seed", value.Seed), ("draws", value.Draws));
        writer.WriteStartArray("illustrativeSections");
        foreach (var section in r.IllustrativeSections)
        {
            writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(section.ToString()));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("figures");
        foreach (var figure in r.Figures)
        {
            JsonSerializer.Serialize(writer, figure, context.PublishedFigure);
        }

        writer.WriteEndArray();
        Member(writer, "periodClearance", value.PeriodClearance, context.ClearanceSummary);
        Member(writer, "cohortClearance", value.CohortClearance, context.ClearanceSummary);
        Member(writer, "traffic", value.Traffic, context.PeriodComparison);
        if (value.ElectronicId is { } sample && value.ElectronicIdByTarget is { } byTarget && value.ElectronicIdPerCapita is { } perCapita
            && value.ElectronicIdByTargetIntervals is { } byTargetIntervals && value.ElectronicIdPerCapitaIntervals is { } perCapitaIntervals
            && value.ElectronicIdFunnel is { } funnel)
        {
            writer.WriteStartObject("electronicId");
            Date(writer, "asOf", sample.AsOf);
            writer.WriteString("description", sample.Description);
            Ranked(writer, "byTarget", byTarget, byTargetIntervals, sample);
            Ranked(writer, "perCapita", perCapita, perCapitaIntervals, sample);
            Funnel(writer, funnel);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("electronicId");
        }

        if (value.Monitoring is { } monitoring)
        {
            writer.WriteStartObject("monitoring");
            writer.WriteBoolean("isIllustrative", value.IsMonitoringIllustrative);
            Member(writer, "farrington", monitoring, context.FarringtonResult);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("monitoring");
        }

        writer.WriteEndObject();
    }

    private static void Ranked(Utf8JsonWriter writer, string name, Ranking<Province> ranking, RankIntervals<Province> intervals, ElectronicIdSample sample)
    {
        writer.WriteStartObject(name);
        writer.WriteString("measure", ranking.Measure.Name);
        EnumName<MeasureKind>(writer, "kind", ranking.Measure.Kind);
        writer.WriteBoolean("higherIsBetter", ranking.Measure.HigherIsBetter);
        EnumName<RateShrinkage>(writer, "shrinkage", ranking.Measure.Shrinkage);
        Counts(writer, ("rankedCount", ranking.RankedCount), ("unitCount", ranking.UnitCount));
        EnumName<TieMethod>(writer, "ties", ranking.Ties);
        Number(writer, "intervalLevel", intervals.Level);
        writer.WriteStartArray("entries");
        foreach (var entry in ranking.Entries)
        {
            writer.WriteStartObject();
            Member(writer, "province", entry.Key, StatsJsonContext.Default.Province);
            writer.WriteString("name", entry.Key.Name);
            writer.WriteBoolean("illustrative", sample.IsIllustrative(entry.Key));
            Numbers(writer, ("value", entry.Value), ("rank", entry.Rank));
            var interval = intervals.Entries.FirstOrDefault(e => e.Key.Equals(entry.Key));
            if (interval is null)
            {
                writer.WriteNull("rankInterval");
                writer.WriteNull("meanRank");
            }
            else
            {
                writer.WriteStartObject("rankInterval");
                Counts(writer, ("lower", interval.Lower), ("upper", interval.Upper));
                writer.WriteEndObject();
                Number(writer, "meanRank", interval.MeanRank);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Funnel(Utf8JsonWriter writer, FunnelPlot<Province> funnel)
    {
        writer.WriteStartObject("funnel");
        Number(writer, "target", funnel.Target);
        writer.WriteBoolean("targetIsPooled", funnel.TargetIsPooled);
        Numbers(writer, ("phi", funnel.Phi), ("testStatistic", funnel.TestStatistic), ("chiSquareCritical", funnel.ChiSquareCritical));
        writer.WriteBoolean("isOverdispersed", funnel.IsOverdispersed);
        EnumName<OverdispersionAdjustment>(writer, "applied", funnel.Applied);
        Number(writer, "tau2", funnel.Tau2);
        Number(writer, "dispersion", funnel.Dispersion);
        writer.WriteStartArray("levels");
        foreach (var level in funnel.Levels)
        {
            writer.WriteNumberValue(level);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("units");
        foreach (var u in funnel.Units)
        {
            writer.WriteStartObject();
            writer.WriteString("code", u.Key.Code);
            Numbers(writer, ("numerator", u.Numerator), ("denominator", u.Denominator), ("value", u.Value), ("shrunkenValue", u.ShrunkenValue), ("z", u.ZScore), ("zAdjusted", u.AdjustedZScore));
            writer.WriteStartArray("positions");
            foreach (var p in u.Positions)
            {
                writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(p.ToString()));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="CountTable"/> for publication: each cell and total as <c>{"count": n}</c>, or
/// <c>{"count": null, "suppressed": true}</c> when small-cell protection hides it, or <c>{"count": null, "missing": true}</c>
/// when the tally has no entry — never 0 for a hidden count, never a bare null. Whether a suppressed entry is primary
/// or secondary is not written: that would tell the reader which counts are small.
/// </summary>
internal sealed class CountTableJsonConverter : WriteOnlyConverter<CountTable>
{
    public override void Write(Utf8JsonWriter writer, CountTable value, JsonSerializerOptions options)
    {
        var context = StatsJsonContext.Default;
        writer.WriteStartObject();
        writer.WriteStartArray("columns");
        foreach (var key in value.ColumnKeys)
        {
            writer.WriteStringValue(key);
        }

        writer.WriteEndArray();
        Member(writer, "suppression", value.Suppression?.Rule, context.SmallCellSuppression);

        var (rows, columns) = (value.Provinces.Count, value.ColumnCount);
        writer.WriteStartArray("rows");
        for (var r = 0; r < rows; r++)
        {
            writer.WriteStartObject();
            Member(writer, "province", value.Provinces[r], context.Province);
            Entries(writer, "cells", value, r, columns);
            writer.WritePropertyName("total");
            Entry(writer, value, r, columns);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Entries(writer, "columnTotals", value, rows, columns);
        writer.WritePropertyName("grandTotal");
        Entry(writer, value, rows, columns);
        writer.WriteEndObject();
    }

    private static void Entries(Utf8JsonWriter writer, string name, CountTable table, int row, int columns)
    {
        writer.WriteStartArray(name);
        for (var c = 0; c < columns; c++)
        {
            Entry(writer, table, row, c);
        }

        writer.WriteEndArray();
    }

    private static void Entry(Utf8JsonWriter writer, CountTable table, int row, int column)
    {
        writer.WriteStartObject();
        if (table.IsSuppressed(row, column))
        {
            writer.WriteNull("count");
            writer.WriteBoolean("suppressed", true);
        }
        else if (table.Value(row, column) is long count)
        {
            writer.WriteNumber("count", count);
        }
        else
        {
            writer.WriteNull("count");
            writer.WriteBoolean("missing", true);
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="ClearanceTable"/>: its basis and periods, then each province's cells and total, the period
/// totals and the grand total, each as <c>{"cleared", "occurred", "rate"}</c> (the rate null when no case occurred);
/// a suppressed entry has the three null and <c>"suppressed": true</c>, a missing one <c>"missing": true</c> — never 0.
/// </summary>
internal sealed class ClearanceTableJsonConverter : WriteOnlyConverter<ClearanceTable>
{
    public override void Write(Utf8JsonWriter writer, ClearanceTable value, JsonSerializerOptions options)
    {
        var context = StatsJsonContext.Default;
        writer.WriteStartObject();
        EnumName<ClearanceBasis>(writer, "basis", value.Basis);
        Member(writer, "evaluationPeriod", value.EvaluationPeriod, context.ReportingPeriod);
        EnumName<Crime.SeverityGroup>(writer, "severity", value.Severity);
        EnumName(writer, "offenceGroup", value.OffenceGroup);
        writer.WriteStartArray("periods");
        foreach (var period in value.Periods)
        {
            JsonSerializer.Serialize(writer, period, context.ReportingPeriod);
        }

        writer.WriteEndArray();
        Member(writer, "suppression", value.Suppression?.Rule, context.SmallCellSuppression);
        var (rows, columns) = (value.Provinces.Count, value.Periods.Count);
        writer.WriteStartArray("rows");
        for (var r = 0; r < rows; r++)
        {
            writer.WriteStartObject();
            Member(writer, "province", value.Provinces[r], context.Province);
            Line(writer, value, r, columns, "cells", "total");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Line(writer, value, rows, columns, "periodTotals", "grandTotal");
        writer.WriteEndObject();
    }

    /// <summary>Writes a row of the grid with totals: its cells as an array, then its total.</summary>
    private static void Line(Utf8JsonWriter writer, ClearanceTable table, int row, int columns, string cellsName, string totalName)
    {
        writer.WriteStartArray(cellsName);
        for (var c = 0; c < columns; c++)
        {
            Cell(writer, table, row, c);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(totalName);
        Cell(writer, table, row, columns);
    }

    private static void Cell(Utf8JsonWriter writer, ClearanceTable table, int row, int column)
    {
        writer.WriteStartObject();
        var suppressed = table.Suppression?.IsSuppressed(row, column) == true;
        var cell = suppressed ? null : table.Entry(row, column);
        foreach (var (name, count) in new[] { ("cleared", cell?.Cleared), ("occurred", cell?.Occurred) })
        {
            if (count is long n)
            {
                writer.WriteNumber(name, n);
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        Number(writer, "rate", cell is { IsRateDefined: true } c ? c.Rate : null);
        if (suppressed || cell is null)
        {
            writer.WriteBoolean(suppressed ? "suppressed" : "missing", true);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="SmallCellSuppression"/>: its threshold, rule, zero flag and mark.</summary>
internal sealed class SmallCellSuppressionJsonConverter : WriteOnlyConverter<SmallCellSuppression>
{
    public override void Write(Utf8JsonWriter writer, SmallCellSuppression value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("threshold", value.Threshold);
        EnumName<SecondarySuppression>(writer, "secondary", value.Secondary);
        Flags(writer, ("suppressZeros", value.SuppressZeros));
        writer.WriteString("mark", SmallCellSuppression.Mark);
        writer.WriteEndObject();
    }
}
