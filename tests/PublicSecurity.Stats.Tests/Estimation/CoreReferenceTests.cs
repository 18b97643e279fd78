using System.Globalization;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Tests.Estimation;

/// <summary>
/// The internal numerical core against 60-digit mpmath values at extreme arguments (tiny tails, n up to 10⁹, shapes
/// below 1): ReferenceData/core/core_values.csv, written by generate_core.py, each row with its own relative tolerance.
/// </summary>
public sealed class CoreReferenceTests
{
    private const string File = "core/core_values.csv";

    public static TheoryData<string> Cases => ReferenceCsv.Ids(File, "case_id");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Core_ReferenceRow_MatchesMpmath(string caseId)
    {
        var row = ReferenceCsv.Row(File, caseId, "case_id");
        var function = row["function"];
        var what = $"{caseId} {function}({row["a1"]}, {row["a2"]}, {row["a3"]}, {row["a4"]}) {row["note"]}";
        if (function is "qbinom" or "qpois")
        {
            var expectedIndex = long.Parse(row["expected"], CultureInfo.InvariantCulture);
            double actualIndex = function == "qbinom"
                ? Binomial.Quantile(D(row, "a1"), L(row, "a2"), D(row, "a3"))
                : Poisson.Quantile(D(row, "a1"), D(row, "a2"));
            Assert.True(expectedIndex == actualIndex, $"{what}: expected {expectedIndex}, got {actualIndex}");
            return;
        }

        var actual = function switch
        {
            "lgamma" => SpecialFunctions.LogGamma(D(row, "a1")),
            "stirlerr" => SpecialFunctions.Stirlerr(D(row, "a1")),
            "lbeta" => SpecialFunctions.LogBeta(D(row, "a1"), D(row, "a2")),
            "ibeta" => IncompleteBeta.Regularized(D(row, "a1"), D(row, "a2"), D(row, "a3")),
            "ibetac" => IncompleteBeta.RegularizedComplement(D(row, "a1"), D(row, "a2"), D(row, "a3")),
            "ibeta_inv" => IncompleteBeta.Inverse(D(row, "a1"), D(row, "a2"), D(row, "a3")),
            "ibetac_inv" => IncompleteBeta.InverseComplement(D(row, "a1"), D(row, "a2"), D(row, "a3")),
            "dbinom" => Binomial.Pmf(L(row, "a1"), L(row, "a2"), D(row, "a3")),
            "pbinom" => Binomial.Cdf(L(row, "a1"), L(row, "a2"), D(row, "a3")),
            "pbinom_upper" => Binomial.Survival(L(row, "a1"), L(row, "a2"), D(row, "a3")),
            "dhyper" => Hypergeometric.Pmf(L(row, "a1"), L(row, "a2"), L(row, "a3"), L(row, "a4")),
            "dpois" => Poisson.Pmf(L(row, "a1"), D(row, "a2")),
            "ppois" => Poisson.Cdf(L(row, "a1"), D(row, "a2")),
            "ppois_upper" => Poisson.Survival(L(row, "a1"), D(row, "a2")),
            "pgamma" => Gamma.Cdf(D(row, "a1"), D(row, "a2")),
            "pgamma_upper" => Gamma.Survival(D(row, "a1"), D(row, "a2")),
            "qgamma" => Gamma.Quantile(D(row, "a1"), D(row, "a2")),
            "qgamma_upper" => Gamma.QuantileComplement(D(row, "a1"), D(row, "a2")),
            "qnorm" => Normal.Quantile(D(row, "a1")),
            _ => throw new InvalidOperationException($"{what}: unknown function '{function}' in {File}."),
        };

        Tolerance.Close(row.GetDouble("expected"), actual, row.GetDouble("rel_tol"), 0.0, what);
    }

    private static double D(ReferenceRow row, string column) => row.GetDouble(column);

    private static long L(ReferenceRow row, string column) => row.GetLong(column);
}
