using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Rankings;

/// <summary>
/// Every set of monitoring/ebest_poisson.csv (spdep::EBest, Poisson) and ebest_binomial.csv (the beta–binomial method
/// of moments of the generator) at the reference README's tolerances: raw relative 1e-15; shrunken rates, b, s², a, τ²
/// and M relative 1e-12 (absolute 1e-15 near 0; a and τ² absolute 1e-12·b); the "between" flags exactly.
/// </summary>
public sealed class EmpiricalBayesReferenceTests
{
    private const string PoissonFile = "monitoring/ebest_poisson.csv";
    private const string BinomialFile = "monitoring/ebest_binomial.csv";

    public static TheoryData<string> PoissonSets => Sets(PoissonFile);

    public static TheoryData<string> BinomialSets => Sets(BinomialFile);

    [Theory]
    [MemberData(nameof(PoissonSets))]
    public void PoissonGamma_ReferenceSet_Matches(string id)
    {
        var rows = Rows(PoissonFile, id);
        var fit = EmpiricalBayes.PoissonGamma(rows.Select(r => r.GetLong("events")).ToList(), rows.Select(r => r.GetDouble("population")).ToList());
        var b = rows[0].GetDouble("b");

        Tolerance.Close(b, fit.OverallRate, 1e-12, 1e-300, $"{id} b");
        Tolerance.Close(rows[0].GetDouble("a"), fit.BetweenVariance, 1e-12, Math.Max(1e-12 * b, 1e-300), $"{id} a");
        for (var i = 0; i < rows.Count; i++)
        {
            Tolerance.Close(rows[i].GetDouble("raw"), fit.Raw[i], 1e-15, 0, $"{id}[{i}] raw");
            if (rows[i]["estmm"].Length == 0)
            {
                // spdep: 0/0 when every count is 0; the library keeps the raw 0 and says no prior was fitted.
                Assert.False(fit.IsPriorDefined);
                Assert.Equal(fit.Raw[i], fit.Shrunken[i]);
            }
            else
            {
                Tolerance.Close(rows[i].GetDouble("estmm"), fit.Shrunken[i], 1e-12, 1e-15 * Math.Max(b, 1e-300), $"{id}[{i}] estmm");
                Assert.Equal(rows[i].GetBool("between"), Between(fit.Shrunken[i], fit.Raw[i], fit.OverallRate));
            }
        }
    }

    [Theory]
    [MemberData(nameof(BinomialSets))]
    public void BetaBinomial_ReferenceSet_Matches(string id)
    {
        var rows = Rows(BinomialFile, id);
        var fit = EmpiricalBayes.BetaBinomial(rows.Select(r => r.GetLong("successes")).ToList(), rows.Select(r => r.GetLong("trials")).ToList());
        var b = rows[0].GetDouble("b");

        Tolerance.Close(b, fit.OverallRate, 1e-12, 1e-300, $"{id} b");
        Tolerance.Close(rows[0].GetDouble("s2"), fit.WeightedVariance, 1e-12, 1e-15, $"{id} s2");
        Tolerance.Close(Math.Max(0, rows[0].GetDouble("mom_tau2")), fit.BetweenVariance, 1e-12, Math.Max(1e-12 * b, 1e-15), $"{id} tau2");
        Tolerance.Close(rows[0].GetDouble("mom_M"), fit.PriorDenominator, 1e-12, 1e-15, $"{id} M");
        for (var i = 0; i < rows.Count; i++)
        {
            Tolerance.Close(rows[i].GetDouble("raw"), fit.Raw[i], 1e-15, 0, $"{id}[{i}] raw");
            Tolerance.Close(rows[i].GetDouble("mom_estimate"), fit.Shrunken[i], 1e-12, 1e-15, $"{id}[{i}] mom_estimate");
            Assert.Equal(rows[i].GetBool("mom_between"), Between(fit.Shrunken[i], fit.Raw[i], fit.OverallRate));
        }
    }

    internal static bool Between(double e, double raw, double b)
    {
        var lo = Math.Min(raw, b);
        var hi = Math.Max(raw, b);
        var t = 1e-12 * Math.Max(Math.Abs(lo), Math.Abs(hi));
        return e >= lo - t && e <= hi + t;
    }

    private static TheoryData<string> Sets(string file)
    {
        var data = new TheoryData<string>();
        foreach (var id in ReferenceCsv.Read(file).Select(r => r["case_id"]).Distinct(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    private static List<ReferenceRow> Rows(string file, string id) =>
        ReferenceCsv.Read(file).Where(r => r["case_id"] == id).OrderBy(r => r.GetInt("unit")).ToList();
}
