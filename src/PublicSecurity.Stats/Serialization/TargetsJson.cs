using System.Text.Json;
using PublicSecurity.Stats.Targets;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="CountProjection"/>: the series, the options, the projection and the fitted model.</summary>
internal sealed class CountProjectionJsonConverter : WriteOnlyConverter<CountProjection>
{
    public override void Write(Utf8JsonWriter writer, CountProjection value, JsonSerializerOptions options)
    {
        MonitoringJson.Begin(writer, value.Series);
        TargetsJson.Options(writer, value.Options);
        Counts(writer, ("year", value.Year), ("monthsObserved", value.MonthsObserved), ("observedSoFar", value.ObservedSoFar));
        Numbers(writer, ("projectedTotal", value.ProjectedTotal));
        Counts(writer, ("lower", value.Lower), ("upper", value.Upper), ("target", value.Target));
        EnumName<TargetDirection>(writer, "direction", value.Direction);
        Numbers(writer, ("probabilityOfMeetingTarget", value.ProbabilityOfMeetingTarget));
        var fit = value.Fit;
        writer.WriteStartObject("fit");
        TargetsJson.Array(writer, "coefficients", fit.Coefficients);
        TargetsJson.Array(writer, "standardErrors", fit.StandardErrors);
        Numbers(writer, ("theta", fit.Theta), ("thetaStandardError", fit.ThetaStandardError), ("logLikelihood", fit.LogLikelihood));
        Flags(writer, ("isConverged", fit.IsConverged), ("isThetaAtIterationLimit", fit.IsThetaAtIterationLimit));
        TargetsJson.Array(writer, "expectedRemaining", fit.ExpectedRemaining);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="ClearanceProjection"/>: the options, the counts so far and the projection.</summary>
internal sealed class ClearanceProjectionJsonConverter : WriteOnlyConverter<ClearanceProjection>
{
    public override void Write(Utf8JsonWriter writer, ClearanceProjection value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("options");
        TargetsJson.Options(writer, value.Options);
        Counts(writer, ("monthsObserved", value.MonthsObserved), ("clearedSoFar", value.ClearedSoFar), ("casesSoFar", value.CasesSoFar), ("remainingCases", value.RemainingCases));
        Numbers(
            writer,
            ("rateSoFar", value.RateSoFar),
            ("projectedRate", value.ProjectedRate),
            ("lower", value.Lower),
            ("upper", value.Upper),
            ("target", value.Target),
            ("probabilityOfMeetingTarget", value.ProbabilityOfMeetingTarget),
            ("overdispersion", value.Overdispersion));
        Flags(writer, ("isOverdispersionEstimated", value.IsOverdispersionEstimated));
        writer.WriteEndObject();
    }
}

/// <summary>The parts the projections' JSON share.</summary>
internal static class TargetsJson
{
    /// <summary>Writes the members of the open <c>options</c> object and closes it.</summary>
    internal static void Options(Utf8JsonWriter writer, YearEndOptions options)
    {
        writer.WriteNumber("confidence", options.Confidence);
        writer.WriteNumber("draws", options.Draws);
        writer.WriteNumber("seed", options.Seed);
        writer.WriteEndObject();
    }

    /// <summary>Writes an array of finite numbers.</summary>
    internal static void Array(Utf8JsonWriter writer, string name, IReadOnlyList<double> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteNumberValue(v);
        }

        writer.WriteEndArray();
    }
}
