using System.Text.Json;
using PublicSecurity.Stats.Claims;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// Writes a <see cref="ClaimCheck"/>: the claim as stated, the arithmetic (status, the values the wording allows, what
/// the counts give, the counts that make it so) and the inference (the comparison of a change, the rank intervals of a
/// rank) under their own names, so a reader never mistakes one for the other.
/// </summary>
internal sealed class ClaimCheckJsonConverter : WriteOnlyConverter<ClaimCheck>
{
    public override void Write(Utf8JsonWriter writer, ClaimCheck value, JsonSerializerOptions options)
    {
        var context = StatsJsonContext.Default;
        writer.WriteStartObject();
        writer.WriteStartObject("claim");
        writer.WriteString("text", value.Claim.Text);
        EnumName<Text.Language>(writer, "language", value.Claim.Language);
        EnumName<FigureKind>(writer, "kind", value.Claim.Kind);
        EnumName<ChangeDirection>(writer, "direction", value.Claim.Direction);
        Decimal(writer, "value", value.Claim.Value);
        EnumName<FigureQualifier>(writer, "qualifier", value.Claim.Qualifier);
        writer.WriteString("unit", value.Claim.Unit);
        Decimal(writer, "resolution", value.Claim.Resolution);
        if (value.Claim.Kind == FigureKind.Rank)
        {
            Number(writer, "rankOf", value.Claim.RankOf);
            writer.WriteBoolean("nationwide", value.Claim.Nationwide);
        }

        writer.WriteEndObject();
        if (value.Measure is null)
        {
            writer.WriteNull("measure");
        }
        else
        {
            writer.WriteString("measure", value.Measure);
        }

        Member(writer, "period", value.Period, context.ReportingPeriod);
        writer.WriteStartObject("arithmetic");
        EnumName<ClaimStatus>(writer, "status", value.Status);
        EnumName<NotCheckableReason>(writer, "notCheckableReason", value.Reason);
        writer.WriteStartArray("countPeriods");
        foreach (var period in value.CountPeriods)
        {
            JsonSerializer.Serialize(writer, period, context.ReportingPeriod);
        }

        writer.WriteEndArray();
        Bounds(writer, "allowed", value.Allowed);
        Decimal(writer, "observed", value.Observed);
        Number(writer, "numerator", value.Numerator);
        Number(writer, "denominator", value.Denominator);
        Bounds(writer, "satisfying", value.Satisfying);
        writer.WriteNumber("aboutTolerance", value.Options.AboutTolerance);
        writer.WriteNumber("nearlyTolerance", value.Options.NearlyTolerance);
        writer.WriteEndObject();
        writer.WriteStartObject("inference");
        Flag(writer, "isBeyondChance", value.IsBeyondChance);
        if (value.Comparison is { } comparison)
        {
            writer.WriteStartObject("comparison");
            CountComparisonJsonConverter.WriteBody(writer, comparison);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("comparison");
        }

        writer.WriteStartArray("ranks");
        foreach (var e in value.RankEvidence)
        {
            writer.WriteStartObject();
            writer.WriteString("measure", e.Measure.Name);
            writer.WriteString("unit", e.Unit);
            writer.WriteNumber("rank", e.Rank);
            writer.WriteNumber("lower", e.Lower);
            writer.WriteNumber("upper", e.Upper);
            writer.WriteNumber("rankedCount", e.RankedCount);
            writer.WriteNumber("level", e.Level);
            writer.WriteBoolean("holds", e.Holds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Decimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is decimal d)
        {
            writer.WriteNumber(name, d);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is long n)
        {
            writer.WriteNumber(name, n);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Bounds(Utf8JsonWriter writer, string name, ClaimBounds? bounds)
    {
        if (bounds is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        Decimal(writer, "lower", bounds.Lower);
        writer.WriteBoolean("lowerIncluded", bounds.LowerIncluded);
        Decimal(writer, "upper", bounds.Upper);
        writer.WriteBoolean("upperIncluded", bounds.UpperIncluded);
        writer.WriteEndObject();
    }
}
