using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Estimation;

/// <summary>
/// Every row of monitoring/exactci_binom.csv, exactci_poisson.csv and exactci_ratio.csv (exactci 1.4-5, tsmethod
/// central / minlike / blaker) at the tolerances of the reference README: p-values relative 1e-12, central limits
/// relative 1e-12, minlike and Blaker limits against the <c>*_tight_*</c> columns (binomial absolute 1e-9; one count
/// |Δ|·T ≤ 1e-8; rate ratio relative 5e-7), and the decisions <c>reject_*</c> and <c>null_outside_*</c> exactly.
/// </summary>
public sealed class ExactTestReferenceTests
{
    private const string Binom = "monitoring/exactci_binom.csv";
    private const string Pois = "monitoring/exactci_poisson.csv";
    private const string Ratio = "monitoring/exactci_ratio.csv";

    private static readonly (ExactTwoSidedMethod Method, string Tag)[] Methods =
        [(ExactTwoSidedMethod.Central, "central"), (ExactTwoSidedMethod.MinLike, "minlike"), (ExactTwoSidedMethod.Blaker, "blaker")];

    public static TheoryData<string> BinomialCases => ReferenceCsv.Ids(Binom, "case_id");

    public static TheoryData<string> PoissonCases => ReferenceCsv.Ids(Pois, "case_id");

    public static TheoryData<string> RatioCases => ReferenceCsv.Ids(Ratio, "case_id");

    [Theory]
    [MemberData(nameof(BinomialCases))]
    public void Binomial_ReferenceRow_PValueIntervalAndDecisionMatch(string id)
    {
        var row = ReferenceCsv.Row(Binom, id, "case_id");
        foreach (var (method, tag) in Methods)
        {
            var test = ExactTest.Binomial(row.GetLong("x"), row.GetLong("n"), row.GetDouble("p_null"), method, row.GetDouble("conf_level"));
            Check(row, tag, test.PValue, test.Interval, test.NullValue, 1 - test.Confidence, id, limitRel: 0, limitAbs: 1e-9);
            Assert.Equal(test.PValue < 1 - test.Confidence, test.RejectsNull);
        }
    }

    [Theory]
    [MemberData(nameof(PoissonCases))]
    public void Poisson_ReferenceRow_PValueIntervalAndDecisionMatch(string id)
    {
        var row = ReferenceCsv.Row(Pois, id, "case_id");
        var exposure = row.GetDouble("T");
        foreach (var (method, tag) in Methods)
        {
            var test = ExactTest.Poisson(row.GetLong("x"), exposure, row.GetDouble("r_null"), method, row.GetDouble("conf_level"));
            Check(row, tag, test.PValue, test.Interval, test.NullValue, 1 - test.Confidence, id, limitRel: 0, limitAbs: 1e-8 / exposure);
        }
    }

    [Theory]
    [MemberData(nameof(RatioCases))]
    public void RateRatio_ReferenceRow_PValueIntervalAndDecisionMatch(string id)
    {
        var row = ReferenceCsv.Row(Ratio, id, "case_id");
        var nullRatio = row.GetDouble("r_null");

        // exactci's null ratio r enters through π₀ = r·T1/(r·T1 + T2): the comparison of x1 over r·T1 with x2 over T2
        // has null ratio 1 and the same conditional test; its interval is the one for RR divided by r.
        foreach (var (method, tag) in Methods)
        {
            var c = CountComparison.Compare(
                row.GetLong("x1"), row.GetLong("x2"), nullRatio * row.GetDouble("T1"), row.GetDouble("T2"), row.GetDouble("conf_level"), CountComparison.DefaultSmallCountThreshold, method);
            var interval = Interval.Create(c.TwoSidedInterval.Lower * nullRatio, c.TwoSidedInterval.Upper * nullRatio);
            Check(row, tag, c.TwoSidedPValue, interval, nullRatio, 1 - c.Confidence, id, limitRel: 5e-7, limitAbs: 1e-300);
            Assert.Equal(c.TwoSidedPValue < 1 - c.Confidence, c.IsSignificant);
        }
    }

    private static void Check(ReferenceRow row, string tag, double p, Interval interval, double nullValue, double alpha, string id, double limitRel, double limitAbs)
    {
        Tolerance.Close(row.GetDouble("p_" + tag), p, 1e-12, 1e-300, $"{id} p_{tag}");
        if (tag == "central")
        {
            Tolerance.Close(row.GetDouble("lower_central"), interval.Lower, 1e-12, 1e-300, $"{id} lower_central");
            Tolerance.Close(row.GetDouble("upper_central"), interval.Upper, 1e-12, 1e-300, $"{id} upper_central");
        }
        else
        {
            Tolerance.Close(row.GetDouble("lower_tight_" + tag), interval.Lower, limitRel, limitAbs, $"{id} lower_tight_{tag}");
            Tolerance.Close(row.GetDouble("upper_tight_" + tag), interval.Upper, limitRel, limitAbs, $"{id} upper_tight_{tag}");
        }

        Assert.Equal(row.GetBool("reject_" + tag), p < alpha);
        Assert.Equal(row.GetBool("null_outside_" + tag), nullValue < interval.Lower || nullValue > interval.Upper);
    }
}
