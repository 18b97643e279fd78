using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Estimation;

/// <summary>
/// Every row and every column of the public reference vectors (R 4.2.2, statsmodels 0.13.5), and of the extra levels
/// (0.5 … 0.9999) computed at 60 digits by ReferenceData/core/generate_core.py, at the reference README's tolerances.
/// </summary>
public sealed class IntervalReferenceTests
{
    private const string Proportions = "proportion_intervals.csv";
    private const string Poissons = "poisson_intervals.csv";
    private const string ProportionLevels = "core/interval_levels.csv";
    private const string PoissonLevels = "core/poisson_levels.csv";

    // reference/README.md, "Recommended comparison tolerances".
    private const double ClosedRel = 1e-11;
    private const double ClosedAbs = 1e-14;
    private const double QuantileRel = 1e-9;
    private const double QuantileAbs = 1e-15;

    private static readonly (string Column, IntervalMethod Method, bool Quantile)[] Methods =
    [
        ("wilson", IntervalMethod.Wilson, false),
        ("wilson_cc", IntervalMethod.WilsonContinuityCorrected, false),
        ("clopper_pearson", IntervalMethod.ClopperPearson, true),
        ("jeffreys", IntervalMethod.Jeffreys, true),
        ("agresti_coull", IntervalMethod.AgrestiCoull, false),
        ("wald", IntervalMethod.Wald, false),
    ];

    public static TheoryData<string> ProportionCases => ReferenceCsv.Ids(Proportions, "case_id");

    public static TheoryData<string> PoissonCases => ReferenceCsv.Ids(Poissons, "case_id");

    public static TheoryData<string> ProportionLevelCases => ReferenceCsv.Ids(ProportionLevels, "case_id");

    public static TheoryData<string> PoissonLevelCases => ReferenceCsv.Ids(PoissonLevels, "case_id");

    [Theory]
    [MemberData(nameof(ProportionCases))]
    public void ProportionInterval_PublicReferenceRow_MatchesEveryColumn(string caseId) =>
        CheckProportionRow(ReferenceCsv.Row(Proportions, caseId, "case_id"), checkPhat: true);

    [Theory]
    [MemberData(nameof(ProportionLevelCases))]
    public void ProportionInterval_OtherLevels_MatchMpmath(string caseId) =>
        CheckProportionRow(ReferenceCsv.Row(ProportionLevels, caseId, "case_id"), checkPhat: false);

    [Theory]
    [MemberData(nameof(PoissonCases))]
    public void PoissonExact_PublicReferenceRow_MatchesBothLimits(string caseId) =>
        CheckPoissonRow(ReferenceCsv.Row(Poissons, caseId, "case_id"));

    [Theory]
    [MemberData(nameof(PoissonLevelCases))]
    public void PoissonExact_OtherLevels_MatchMpmath(string caseId) =>
        CheckPoissonRow(ReferenceCsv.Row(PoissonLevels, caseId, "case_id"));

    private static void CheckProportionRow(ReferenceRow row, bool checkPhat)
    {
        var x = row.GetLong("x");
        var n = row.GetLong("n");
        var level = row.GetDouble("conf_level");
        var id = row["case_id"];
        if (checkPhat)
        {
            Tolerance.Close(row.GetDouble("phat"), (double)x / n, ClosedRel, ClosedAbs, $"{id} phat");
        }

        foreach (var (column, method, quantile) in Methods)
        {
            var interval = ProportionInterval.Compute(x, n, level, method);
            var rel = quantile ? QuantileRel : ClosedRel;
            var abs = quantile ? QuantileAbs : ClosedAbs;
            Tolerance.Close(row.GetDouble(column + "_lower"), interval.Lower, rel, abs, $"{id} {column}_lower");
            Tolerance.Close(row.GetDouble(column + "_upper"), interval.Upper, rel, abs, $"{id} {column}_upper");
        }
    }

    private static void CheckPoissonRow(ReferenceRow row)
    {
        var interval = PoissonInterval.Exact(row.GetLong("k"), row.GetDouble("conf_level"));
        var id = row["case_id"];
        Tolerance.Close(row.GetDouble("lower"), interval.Lower, QuantileRel, QuantileAbs, $"{id} lower");
        Tolerance.Close(row.GetDouble("upper"), interval.Upper, QuantileRel, QuantileAbs, $"{id} upper");
    }
}
