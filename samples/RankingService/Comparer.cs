using PublicSecurity.Stats;
using PublicSecurity.Stats.Comparisons;

namespace RankingService;

/// <summary>POST /compare: two counts (their verdict), or two periods of one province in a tally (with the data's coverage).</summary>
internal static class Comparer
{
    private static readonly LocalizedName Subject = LocalizedName.Create("Counts", "Số liệu");
    private static readonly Metric CountMetric = Metric.Create(LocalizedName.Create("count", "số liệu"), LocalizedName.Create("cases", "vụ"));

    public static CompareResponse Compare(CompareRequest request, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        return (request.Counts, request.Tallies) switch
        {
            ({ } counts, null) => new CompareResponse { Counts = Counts(counts) },
            (null, { } tallies) => new CompareResponse { Tallies = Tallies(tallies) },
            _ => throw new ProblemException(Problems.BadRequest(
                "Exactly one of counts and tallies must be given; it was " + (request.Counts is null ? "neither." : "both."), "counts", "$")),
        };
    }

    private static ChangeVerdict Counts(CountsInput counts)
    {
        var current = counts.Current ?? throw Problems.Required("current", "$.counts.current", "current count");
        var baseline = counts.Baseline ?? throw Problems.Required("baseline", "$.counts.baseline", "baseline count");
        var comparison = Ranker.Guarded("$.counts", () => CountComparison.Compare(
            current, baseline, counts.CurrentExposure ?? 1, counts.BaselineExposure ?? 1, counts.Confidence ?? 0.95));
        return ChangeVerdict.Evaluate(Subject, [MetricComparison.Create(CountMetric, comparison)]);
    }

    private static PeriodComparison Tallies(TalliesInput input)
    {
        var given = (input.Traffic is null ? 0 : 1) + (input.Cases is null ? 0 : 1) + (input.Drugs is null ? 0 : 1);
        if (given != 1)
        {
            throw new ProblemException(Problems.BadRequest(
                $"Exactly one tally (traffic, cases or drugs) must be given; {given} were.", "tallies", "$.tallies"));
        }

        var province = input.Province ?? throw Problems.Required("province", "$.tallies.province", "province");
        var current = input.Current ?? throw Problems.Required("current", "$.tallies.current", "current period");
        var baseline = input.Baseline ?? Ranker.Guarded("$.tallies.current", current.SamePeriodPreviousYear);
        var coverage = input.Traffic?.Coverage ?? input.Cases?.Coverage ?? input.Drugs?.Coverage;
        var asOf = input.DataAsOf ?? coverage?.AsOf
            ?? throw Problems.Required("dataAsOf", "$.tallies.dataAsOf", "data's as-of date (the tally declares no coverage)");
        var policy = input.Policy ?? PartialPeriodPolicy.Refuse;
        var confidence = input.Confidence ?? 0.95;
        return Ranker.Guarded("$.tallies", () =>
            input.Traffic is { } traffic ? PeriodComparison.Traffic(traffic, province, current, baseline, asOf, policy, confidence)
            : input.Cases is { } cases ? PeriodComparison.Cases(cases, province, current, baseline, asOf, policy: policy, confidence: confidence)
            : PeriodComparison.Drugs(input.Drugs!, province, current, baseline, asOf, policy, confidence));
    }
}
