using PublicSecurity.Stats.Numerics;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Rankings;

/// <summary>
/// Every row of monitoring/funnel_limits_bbinom.csv (extraDistr::pbbinom, smallest k with CDF ≥ p) and
/// funnel_limits_nbinom.csv (R qnbinom): quantiles exactly where <c>near_tie</c> is false, the CDF at q and q − 1
/// relative 1e-8 (beta-binomial) and 1e-10 (negative binomial), as the reference README states.
/// </summary>
public sealed class OverdispersedFunnelReferenceTests
{
    private const string BetaFile = "monitoring/funnel_limits_bbinom.csv";
    private const string NegativeFile = "monitoring/funnel_limits_nbinom.csv";
    private static readonly (double P, string Tag)[] Probabilities = [(0.001, "0001"), (0.025, "0025"), (0.975, "0975"), (0.999, "0999")];

    public static TheoryData<string> BetaCases => ReferenceCsv.Ids(BetaFile, "case_id");

    public static TheoryData<string> NegativeCases => ReferenceCsv.Ids(NegativeFile, "case_id");

    [Theory]
    [MemberData(nameof(BetaCases))]
    public void BetaBinomial_ReferenceRow_QuantilesAndCdfMatch(string id)
    {
        var row = ReferenceCsv.Row(BetaFile, id, "case_id");
        var law = new BetaBinomial(row.GetLong("size"), row.GetDouble("alpha"), row.GetDouble("beta"));
        Check(row, id, law.Quantile, law.Cdf, 1e-8);

        // The public limits at BinomialQuantile are the same quantiles over n (ρ given as R wrote it).
        var limits = FunnelLimits.BetaBinomial(row.GetDouble("mean_prop"), row.GetLong("size"), row.GetDouble("rho"), 0.95, FunnelMethod.BinomialQuantile);
        if (!row.GetBool("near_tie"))
        {
            Assert.Equal(row.GetLong("q_0025") / row.GetDouble("size"), limits.Lower, 15);
            Assert.Equal(row.GetLong("q_0975") / row.GetDouble("size"), limits.Upper, 15);
        }
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void NegativeBinomial_ReferenceRow_QuantilesAndCdfMatch(string id)
    {
        var row = ReferenceCsv.Row(NegativeFile, id, "case_id");
        var law = new NegativeBinomial(row.GetDouble("size"), row.GetDouble("mu"));
        Check(row, id, law.Quantile, law.Cdf, 1e-10);

        var limits = FunnelLimits.NegativeBinomial(row.GetDouble("mu"), row.GetDouble("size"), 0.998, FunnelMethod.BinomialQuantile);
        if (!row.GetBool("near_tie"))
        {
            Assert.Equal(row.GetLong("q_0001") / row.GetDouble("mu"), limits.Lower, 12);
            Assert.Equal(row.GetLong("q_0999") / row.GetDouble("mu"), limits.Upper, 12);
        }
    }

    private static void Check(ReferenceRow row, string id, Func<double, long> quantile, Func<long, double> cdf, double rel)
    {
        foreach (var (p, tag) in Probabilities)
        {
            var q = row.GetLong("q_" + tag);
            if (!row.GetBool("near_tie"))
            {
                Assert.True(q == quantile(p), $"{id} q_{tag}: expected {q}, got {quantile(p)}");
            }

            Tolerance.Close(row.GetDouble("cdf_" + tag), cdf(q), rel, 1e-300, $"{id} cdf_{tag}");
            Tolerance.Close(row.GetDouble("cdfm1_" + tag), cdf(q - 1), rel, 1e-300, $"{id} cdfm1_{tag}");
        }
    }
}
