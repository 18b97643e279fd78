using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Rankings;

/// <summary>
/// Tau-best and tau-worst sets against csranks cstaubest / cstauworst (monitoring/generate_cstaubest.R): 288 cases of
/// 45 data sets, p = 2–63, diagonal and full covariances, coverage 0.95 / 0.9, step-down on and off. csranks has no
/// deterministic variant: membership must agree on at least 97% of all rows, and on every row whose 5-seed R votes were
/// unanimous (stable) by the majority of nine C# seeds when the first seed disagrees (the README's Monte-Carlo
/// tolerance); tied units share their membership.
/// </summary>
public sealed class TauSetReferenceTests
{
    private const string Results = "monitoring/cstaubest_results.csv";
    private const string Sigma = "monitoring/cstaubest_sigma.csv";

    private static readonly Lazy<IReadOnlyList<(string Case, ReferenceRow[] Rows)>> Cases = new(() =>
        ReferenceCsv.Read(Results).GroupBy(r => r["case_id"]).Select(g => (g.Key, g.OrderBy(r => r.GetInt("unit")).ToArray())).ToList());

    private static readonly Lazy<ILookup<string, ReferenceRow>> Covariances = new(() => ReferenceCsv.Read(Sigma).ToLookup(r => r["set_id"]));

    private static bool[] Compute(ReferenceRow[] rows, long seed)
    {
        var first = rows[0];
        var p = first.GetInt("p");
        var estimates = rows.Select(r => r.GetDouble("estimate")).ToArray();
        var coverage = first.GetDouble("coverage");
        var stepDown = first.GetBool("stepdown");
        var draws = first.GetInt("R");
        RankConfidenceSets sets;
        if (first.GetBool("sigma_diagonal"))
        {
            sets = RankConfidenceSets.Compute(estimates, rows.Select(r => r.GetDouble("se")).ToArray(), higherIsBetter: true, seed, coverage, draws, stepDown);
        }
        else
        {
            var covariance = new double[p * p];
            foreach (var c in Covariances.Value[first["set_id"]])
            {
                covariance[((c.GetInt("i") - 1) * p) + c.GetInt("j") - 1] = c.GetDouble("sigma");
            }

            sets = RankConfidenceSets.ComputeWithCovariance(estimates, covariance, higherIsBetter: true, seed, coverage, draws, stepDown);
        }

        var tau = first.GetInt("tau");
        var set = first["direction"] == "best" ? sets.AmongBest(tau) : sets.AmongWorst(tau);
        return Enumerable.Range(0, p).Select(set.Contains).ToArray();
    }

    [Fact]
    public void EveryCase_StableRowsAgreeAndAtLeast97PercentOverall()
    {
        var total = 0;
        var agree = 0;
        var stableMismatches = new List<string>();
        Assert.True(Cases.Value.Count >= 200, $"The reference has {Cases.Value.Count} cases; at least 200 are needed.");
        foreach (var (id, rows) in Cases.Value)
        {
            var inSet = Compute(rows, seed: 20231114);
            for (var i = 0; i < rows.Length; i++)
            {
                total++;
                var expected = rows[i].GetBool("in_set");
                if (inSet[i] == expected)
                {
                    agree++;
                }
                else if (rows[i].GetBool("stable"))
                {
                    // Five unanimous R votes do not make a row certain: R itself flips C183's unit 46 with seeds 106
                    // and 107 (checked in R). A stable row must agree by the majority of nine C# seeds.
                    var votes = Enumerable.Range(1, 9).Count(seed => Compute(rows, seed)[i] == expected);
                    if (votes < 5)
                    {
                        stableMismatches.Add($"{id} unit {rows[i]["unit"]}: R {expected}, C# {inSet[i]}, {votes} of 9 seeds agree ({rows[i]["note"]})");
                    }
                }
            }
        }

        Assert.Empty(stableMismatches);
        Assert.True(agree >= 0.97 * total, $"{agree} of {total} rows agree; at least 97% must.");
    }

    [Fact]
    public void EveryCase_TiedUnitsShareTheirMembership()
    {
        foreach (var (_, rows) in Cases.Value)
        {
            var inSet = Compute(rows, seed: 7);
            for (var i = 0; i < rows.Length; i++)
            {
                for (var k = i + 1; k < rows.Length; k++)
                {
                    if (rows[i].GetDouble("estimate") == rows[k].GetDouble("estimate") && rows[i].GetDouble("se") == rows[k].GetDouble("se") && rows[i].GetBool("sigma_diagonal"))
                    {
                        Assert.Equal(inSet[i], inSet[k]);
                    }
                }
            }
        }
    }
}
