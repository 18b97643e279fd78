using System.Text.Json;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Serialization;

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

        writer.WriteEndObject();
    }

    private static void Ranked(Utf8JsonWriter writer, string name, Ranking<Province> ranking, RankIntervals<Province> intervals, ElectronicIdSample sample)
    {
        writer.WriteStartObject(name);
        writer.WriteString("measure", ranking.Measure.Name);
        EnumName<MeasureKind>(writer, "kind", ranking.Measure.Kind);
        writer.WriteBoolean("higherIsBetter", ranking.Measure.HigherIsBetter);
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
            Numbers(writer, ("numerator", u.Numerator), ("denominator", u.Denominator), ("value", u.Value), ("z", u.ZScore));
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
