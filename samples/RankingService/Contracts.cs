using System.Text.Json;
using System.Text.Json.Serialization;
using PublicSecurity.Stats;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Claims;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Rankings;

namespace RankingService;

// The service's own request and response shapes. The library's models inside them (tallies, periods, provinces,
// published figures; verdicts, period comparisons, claim checks, tau-best sets) are read and written by the library's
// converters through StatsJsonContext (StatsJson.Configure in Program.cs), so they keep the library's JSON and its
// validating messages; only what the library has no model for (a ranking's request and its rows) is defined here.

/// <summary>POST /rank: provinces ranked under a measure, with rank intervals and sets on request.</summary>
internal sealed class RankRequest
{
    /// <summary>count, perCapita, proportion or targetAchievement.</summary>
    public MeasureKind? Measure { get; set; }

    /// <summary>The measure's name as shown; the measure kind's name by default.</summary>
    public string? Name { get; set; }

    /// <summary>Whether rank 1 is the highest value; false for count and perCapita, true otherwise, by default.</summary>
    public bool? HigherIsBetter { get; set; }

    /// <summary>The province edition of the codes: provinces63 (default) or provinces34.</summary>
    public ProvinceEdition? Edition { get; set; }

    /// <summary>How ties are ranked; min by default.</summary>
    public TieMethod? Ties { get; set; }

    /// <summary>Where provinces without data go; bottom by default.</summary>
    public MissingValues? Missing { get; set; }

    /// <summary>One observation per province.</summary>
    public List<ObservationInput>? Observations { get; set; }

    /// <summary>Monte Carlo rank intervals, when present.</summary>
    public IntervalsInput? Intervals { get; set; }

    /// <summary>Rank confidence sets for the top K (tau-best set and simultaneous sets), when present.</summary>
    public SetsInput? Sets { get; set; }
}

/// <summary>A province's counts: the count, and the trials (proportion) or the target (targetAchievement); none for missing.</summary>
internal sealed class ObservationInput
{
    /// <summary>The province's two-digit code in the request's edition.</summary>
    public string? Province { get; set; }

    /// <summary>The count (successes, achieved); absent for a province without data.</summary>
    public long? Count { get; set; }

    /// <summary>The trials of a proportion or the target of a target achievement.</summary>
    public double? Denominator { get; set; }
}

/// <summary>The rank intervals asked for.</summary>
internal sealed class IntervalsInput
{
    /// <summary>The number of draws; 1 to the service's limit; 1,000 by default.</summary>
    public int? Draws { get; set; }

    /// <summary>The seed; the same seed gives the same intervals.</summary>
    public long? Seed { get; set; }

    /// <summary>The level, in (0, 1); 0.95 by default.</summary>
    public double? Level { get; set; }
}

/// <summary>The rank confidence sets asked for.</summary>
internal sealed class SetsInput
{
    /// <summary>K: which provinces may be, and which surely are, among the top K.</summary>
    public int? Top { get; set; }

    /// <summary>The number of bootstrap draws; 1 to the service's limit; 1,000 by default.</summary>
    public int? Draws { get; set; }

    /// <summary>The seed of the bootstrap draws.</summary>
    public long? Seed { get; set; }

    /// <summary>The level, in (0, 1); 0.95 by default.</summary>
    public double? Level { get; set; }
}

/// <summary>The ranking: one row per province, in rank order, with the intervals and sets asked for.</summary>
internal sealed class RankResponse
{
    public required string Measure { get; init; }

    public required MeasureKind Kind { get; init; }

    public required bool HigherIsBetter { get; init; }

    public required int RankedCount { get; init; }

    public required List<RankedProvince> Entries { get; init; }

    public RankIntervalsInfo? RankIntervals { get; init; }

    public RankSetsInfo? Sets { get; init; }
}

/// <summary>One province's row.</summary>
internal sealed class RankedProvince
{
    public required string ProvinceCode { get; init; }

    public required string Province { get; init; }

    /// <summary>The value under the measure; null when missing (never zero).</summary>
    public double? Value { get; init; }

    /// <summary>The rank; null when the province is not ranked.</summary>
    public double? Rank { get; init; }

    public RankIntervalRow? RankInterval { get; init; }

    public RankSetRow? SimultaneousRankSet { get; init; }

    public bool? InTauBestSet { get; init; }
}

internal sealed class RankIntervalRow
{
    public required int Lower { get; init; }

    public required int Upper { get; init; }

    public required double MeanRank { get; init; }
}

internal sealed class RankSetRow
{
    public required int Lower { get; init; }

    public required int Upper { get; init; }
}

internal sealed class RankIntervalsInfo
{
    public required double Level { get; init; }

    public required int Draws { get; init; }

    public required long Seed { get; init; }
}

internal sealed class RankSetsInfo
{
    public required int Top { get; init; }

    public required double Level { get; init; }

    public required int Draws { get; init; }

    public required long Seed { get; init; }

    /// <summary>The codes of the provinces that may be among the top K (the tau-best confidence set).</summary>
    public required List<string> MayBeAmongTop { get; init; }

    /// <summary>The codes of the provinces surely among the top K (simultaneous set's worst rank at most K).</summary>
    public required List<string> SurelyAmongTop { get; init; }

    /// <summary>The tau-best set as the library writes it (units numbered by their order in the entries' ranked rows).</summary>
    public required TauSet TauBest { get; init; }
}

/// <summary>POST /compare: two counts, or two periods of a tally; exactly one of the two.</summary>
internal sealed class CompareRequest
{
    public CountsInput? Counts { get; set; }

    public TalliesInput? Tallies { get; set; }
}

/// <summary>Two counts, with their exposures (1 by default) and the confidence level (0.95 by default).</summary>
internal sealed class CountsInput
{
    public long? Current { get; set; }

    public long? Baseline { get; set; }

    public double? CurrentExposure { get; set; }

    public double? BaselineExposure { get; set; }

    public double? Confidence { get; set; }
}

/// <summary>Two periods of one province in a tally (exactly one of traffic, cases, drugs), as the library reads them.</summary>
internal sealed class TalliesInput
{
    public TrafficTally? Traffic { get; set; }

    public CaseTally? Cases { get; set; }

    public DrugSeizureTally? Drugs { get; set; }

    public Province? Province { get; set; }

    public ReportingPeriod? Current { get; set; }

    /// <summary>The baseline; the same period of the previous year by default.</summary>
    public ReportingPeriod? Baseline { get; set; }

    /// <summary>The date up to which the data are complete; the tally's coverage's as-of date by default.</summary>
    public DateOnly? DataAsOf { get; set; }

    public PartialPeriodPolicy? Policy { get; set; }

    public double? Confidence { get; set; }
}

/// <summary>The verdict of two counts, or the period comparison of a tally (its verdict and the data's coverage).</summary>
internal sealed class CompareResponse
{
    public ChangeVerdict? Counts { get; init; }

    public PeriodComparison? Tallies { get; init; }
}

/// <summary>POST /check: a published claim checked against the figures published with it, or against counts.</summary>
internal sealed class CheckRequest
{
    /// <summary>The published claim, as the library reads a published figure.</summary>
    public PublishedFigure? Claim { get; set; }

    /// <summary>The figures published with it (a change claim is checked against its measure's counts).</summary>
    public List<PublishedFigure>? Published { get; set; }

    /// <summary>Counts to check the claim against instead of published figures.</summary>
    public ClaimCounts? Counts { get; set; }
}

/// <summary>The counts of a claim: numerator and denominator (share), total (count), current and baseline (change).</summary>
internal sealed class ClaimCounts
{
    public long? Numerator { get; set; }

    public long? Denominator { get; set; }

    public long? Total { get; set; }

    public long? Current { get; set; }

    public long? Baseline { get; set; }
}

/// <summary>GET /health.</summary>
internal sealed class HealthResponse
{
    public required string Status { get; init; }

    public required string Library { get; init; }
}

/// <summary>GET /hello (load baseline only).</summary>
internal sealed class HelloResponse
{
    public required string Message { get; init; }
}

/// <summary>An RFC 9457 problem: the library's message (detail), the argument, the JSON path and the limit broken.</summary>
internal sealed class Problem
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public required string Detail { get; init; }

    /// <summary>The argument (library parameter or request member) the rule is about.</summary>
    public string? Argument { get; init; }

    /// <summary>The JSON path of the fault in the request body.</summary>
    public string? Path { get; init; }

    /// <summary>The service limit that was exceeded.</summary>
    public long? Limit { get; init; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RankRequest))]
[JsonSerializable(typeof(RankResponse))]
[JsonSerializable(typeof(CompareRequest))]
[JsonSerializable(typeof(CompareResponse))]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(ClaimCheck))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(HelloResponse))]
[JsonSerializable(typeof(Problem))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext;
