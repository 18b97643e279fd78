using System.Globalization;
using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Monitoring;

/// <summary>
/// Every monitored month of monitoring/glrnb_results.csv (surveillance::algo.glrnb, generate_glrnb.R) at the reference
/// README's tolerances. With μ₀ given: upperbound relative 1e-9 (Poisson) or 1e-7 (negative binomial), counts exact,
/// alarms exact away from the threshold. With μ₀ estimated (Poisson or a given α): μ₀ relative 1e-6, upperbound 1e-5.
/// With μ₀ estimated by glm.nb (α not given; not provided by the library) R's μ₀ and α are fed to the detector and
/// the μ₀-given tolerances apply.
/// </summary>
public sealed class GlrReferenceTests
{
    private const string Results = "monitoring/glrnb_results.csv";
    private const string SeriesFile = "monitoring/glrnb_series.csv";
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");
    private static readonly Lazy<ILookup<string, ReferenceRow>> ResultRows = new(() => ReferenceCsv.Read(Results).ToLookup(r => r["case_id"]));
    private static readonly Lazy<ILookup<string, ReferenceRow>> SeriesRows = new(() => ReferenceCsv.Read(SeriesFile).ToLookup(r => r["case_id"]));

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var group in ResultRows.Value.Where(g => g.First()["error"].Length == 0))
            {
                data.Add(group.Key);
            }

            return data;
        }
    }

    [Fact]
    public void Reference_HasAtLeast200SuccessfulCases_WithZerosAndBothDistributions()
    {
        var ok = ResultRows.Value.Where(g => g.First()["error"].Length == 0).ToList();
        Assert.True(ok.Count >= 200, $"{ok.Count} cases");
        Assert.Contains(ok, g => g.First()["note"] == "all zero");
        Assert.Contains(ok, g => g.First()["alpha_used"] == "0");
        Assert.Contains(ok, g => g.First().GetDouble("alpha_used") > 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_ReferenceCase_MatchesR(string id)
    {
        var rows = ResultRows.Value[id].OrderBy(r => r.GetInt("t")).ToList();
        var first = rows[0];
        var counts = SeriesRows.Value[id].OrderBy(r => r.GetInt("t")).Select(r => r.GetLong("observed")).ToArray();
        var series = MonthlySeries.Create(BinhDuong, MonitoredCriterion.TrafficDeaths, ReportingCalendar.VietnamStatistical, 2017, 1, counts);
        var theta = first["theta"];
        var fixedChange = theta.Length == 0 ? (double?)null : double.Parse(theta, CultureInfo.InvariantCulture);
        var m = first.GetInt("M");
        var alphaGiven = first["alpha"].Length > 0;
        var estimated = first["mu0_mode"] == "estimated";
        var options = GlrOptions.Create(
            threshold: first.GetDouble("c_ARL"),
            direction: first["dir"] == "inc" ? ChangeDirection.Increase : ChangeDirection.Decrease,
            window: m > 0 && fixedChange is null ? m : null, // R's LR CUSUM ignores M
            alpha: first.GetDouble("alpha_used"),
            fixedChange: fixedChange,
            returnCases: first["ret"] == "cases");
        var monitored = rows.Count;
        GlrResult result;
        double valueTolerance = first.GetDouble("alpha_used") > 0 ? 1e-7 : 1e-9;
        if (estimated && alphaGiven)
        {
            var baseline = GlrBaseline.Create(first.GetInt("mu0_S"), first.GetBool("mu0_trend"), first.GetBool("mu0_refit"));
            result = GlrDetector.Compute(series, monitored, baseline, options);
            valueTolerance = 1e-5;
        }
        else
        {
            result = GlrDetector.Compute(series, monitored, rows.Select(r => r.GetDouble("mu0")).ToArray(), options);
        }

        var c = first.GetDouble("c_ARL");
        for (var j = 0; j < rows.Count; j++)
        {
            var row = rows[j];
            var month = result.Months[j];
            var at = $"{id} t={row["t"]}";
            Tolerance.Close(row.GetDouble("mu0"), month.Baseline, estimated ? 1e-6 : 0.0, 0.0, at + " mu0");
            var tolerance = options.ReturnCases && !estimated ? 0.0 : valueTolerance;
            Tolerance.Close(row.GetDouble("upperbound"), month.UpperBound, tolerance, 1e-12, at + " upperbound");
            var nearThreshold = Math.Abs(row.GetDouble("upperbound") - c) <= (estimated ? 1e-5 : 1e-7) * c;
            if (!nearThreshold)
            {
                Assert.True(row.GetBool("alarm") == month.Alarm, $"{at}: alarm R {row["alarm"]}, C# {month.Alarm}");
            }
        }
    }
}
