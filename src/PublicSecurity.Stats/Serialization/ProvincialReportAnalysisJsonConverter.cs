using System.Globalization;
using System.Text.Json;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

using PublicSecurity.Stats.Reporting;

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
        writer.WritePropertyName("province");
        JsonSerializer.Serialize(writer, r.Province, context.Province);
        writer.WritePropertyName("period");
        JsonSerializer.Serialize(writer, r.Period, context.ReportingPeriod);
        if (r.ComparisonPeriod is { } comparison)
        {
            writer.WritePropertyName("comparisonPeriod");
            JsonSerializer.Serialize(writer, comparison, context.ReportingPeriod);
        }
        else
        {
            writer.WriteNull("comparisonPeriod");
        }

        writer.WriteString("dataAsOf", Iso(value.DataAsOf));
        writer.WriteNumber("seed", value.Seed);
        writer.WriteNumber("draws", value.Draws);
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
        Optional(writer, "periodClearance", value.PeriodClearance, context.ClearanceSummary);
        Optional(writer, "cohortClearance", value.CohortClearance, context.ClearanceSummary);
        Optional(writer, "traffic", value.Traffic, context.PeriodComparison);
        if (value.ElectronicId is { } sample && value.ElectronicIdByTarget is { } byTarget && value.ElectronicIdPerCapita is { } perCapita
            && value.ElectronicIdByTargetIntervals is { } byTargetIntervals && value.ElectronicIdPerCapitaIntervals is { } perCapitaIntervals
            && value.ElectronicIdFunnel is { } funnel)
        {
            writer.WriteStartObject("electronicId");
            writer.WriteString("asOf", Iso(sample.AsOf));
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

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Optional<T>(Utf8JsonWriter writer, string name, T? value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : class
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, info);
        }
    }

    private static void Ranked(Utf8JsonWriter writer, string name, Ranking<Province> ranking, RankIntervals<Province> intervals, ElectronicIdSample sample)
    {
        writer.WriteStartObject(name);
        writer.WriteString("measure", ranking.Measure.Name);
        writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(ranking.Measure.Kind.ToString()));
        writer.WriteBoolean("higherIsBetter", ranking.Measure.HigherIsBetter);
        writer.WriteNumber("rankedCount", ranking.RankedCount);
        writer.WriteNumber("unitCount", ranking.UnitCount);
        writer.WriteString("ties", JsonNamingPolicy.CamelCase.ConvertName(ranking.Ties.ToString()));
        Number(writer, "intervalLevel", intervals.Level);
        writer.WriteStartArray("entries");
        foreach (var entry in ranking.Entries)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("province");
            JsonSerializer.Serialize(writer, entry.Key, StatsJsonContext.Default.Province);
            writer.WriteString("name", entry.Key.Name);
            writer.WriteBoolean("illustrative", sample.IsIllustrative(entry.Key));
            Number(writer, "value", entry.Value);
            Number(writer, "rank", entry.Rank);
            var interval = intervals.Entries.FirstOrDefault(e => e.Key.Equals(entry.Key));
            if (interval is null)
            {
                writer.WriteNull("rankInterval");
                writer.WriteNull("meanRank");
            }
            else
            {
                writer.WriteStartObject("rankInterval");
                writer.WriteNumber("lower", interval.Lower);
                writer.WriteNumber("upper", interval.Upper);
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
        Number(writer, "phi", funnel.Phi);
        Number(writer, "testStatistic", funnel.TestStatistic);
        Number(writer, "chiSquareCritical", funnel.ChiSquareCritical);
        writer.WriteBoolean("isOverdispersed", funnel.IsOverdispersed);
        writer.WriteString("applied", JsonNamingPolicy.CamelCase.ConvertName(funnel.Applied.ToString()));
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
            Number(writer, "numerator", u.Numerator);
            Number(writer, "denominator", u.Denominator);
            Number(writer, "value", u.Value);
            Number(writer, "z", u.ZScore);
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
