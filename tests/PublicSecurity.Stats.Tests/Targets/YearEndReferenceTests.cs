using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Targets;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Targets;

/// <summary>
/// Every fit of monitoring/glmnb_targets_fit.csv (<c>MASS::glm.nb(count ~ factor(month) + year)</c>,
/// generate_glmnb_targets.R) through <see cref="YearEndProjection.Count"/>, at the tolerances of the script's header:
/// without an R warning, the expected remaining counts and their sum relative 1e-6, the month and year coefficients
/// absolute 1e-6 and the intercept relative 1e-6, the standard errors relative 1e-4, θ and SE(θ) relative 1e-4 when
/// θ &lt; 1000; with a warning (θ running off to a Poisson fit), the expected counts relative 1e-4 only.
/// </summary>
public sealed class YearEndReferenceTests
{
    private const string FitFile = "monitoring/glmnb_targets_fit.csv";
    private const string SeriesFile = "monitoring/glmnb_targets_series.csv";
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");
    private static readonly Lazy<Dictionary<string, ReferenceRow>> Fits = new(() => ReferenceCsv.Read(FitFile).ToDictionary(r => r["case_id"]));
    private static readonly Lazy<ILookup<string, ReferenceRow>> SeriesRows = new(() => ReferenceCsv.Read(SeriesFile).ToLookup(r => r["case_id"]));
    private static readonly string[] Names = ["intercept", "month2", "month3", "month4", "month5", "month6", "month7", "month8", "month9", "month10", "month11", "month12", "year"];

    public static TheoryData<string> Cases => ReferenceCsv.Ids(FitFile, "case_id");

    [Fact]
    public void Reference_HasAtLeast200Fits_WithZerosShortSeriesAndWarnings()
    {
        var rows = Fits.Value.Values.ToList();
        Assert.True(rows.Count >= 200, $"{rows.Count} fits");
        Assert.True(rows.Count(r => r["warning"].Length == 0) >= 200, "fits without a warning");
        Assert.Contains(rows, r => r.GetInt("past_years") == 3 && r.GetInt("k") == 1);
        Assert.Contains(rows, r => r.GetInt("k") == 11);
        Assert.Contains(rows, r => r["warning"].Length > 0);
        Assert.Contains(rows, r => SeriesRows.Value[r["case_id"]].Count(s => s.GetLong("count") == 0) >= 3);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_EachReferenceSeries_AgreesWithMassGlmNb(string id)
    {
        var row = Fits.Value[id];
        var projection = Project(id, row);
        var fit = projection.Fit;
        var k = row.GetInt("k");
        var clean = row["warning"].Length == 0;
        var meanTolerance = clean ? 1e-6 : 1e-4;
        Assert.Equal(12 - k, fit.ExpectedRemaining.Count);
        for (var m = k + 1; m <= 12; m++)
        {
            Tolerance.Close(row.GetDouble($"mu_m{m}"), fit.ExpectedRemaining[m - k - 1], meanTolerance, 0, $"{id} mu_m{m}");
        }

        Tolerance.Close(row.GetDouble("remaining_sum"), projection.ProjectedTotal - projection.ObservedSoFar, meanTolerance, 0, $"{id} remaining_sum");
        if (!clean)
        {
            Assert.True(fit.IsThetaAtIterationLimit || !fit.IsConverged || fit.Theta > 1000, $"{id}: R warned '{row["warning"]}', θ = {fit.Theta}");
            return;
        }

        Assert.False(fit.IsThetaAtIterationLimit, id);
        for (var j = 0; j < Names.Length; j++)
        {
            var expected = row.GetDouble("coef_" + Names[j]);
            Tolerance.Close(expected, fit.Coefficients[j], j == 0 ? 1e-6 : 0, j == 0 ? 0 : 1e-6, $"{id} coef_{Names[j]}");
            Tolerance.Close(row.GetDouble("se_" + Names[j]), fit.StandardErrors[j], 1e-4, 0, $"{id} se_{Names[j]}");
        }

        var theta = row.GetDouble("theta");
        if (theta < 1000)
        {
            Tolerance.Close(theta, fit.Theta, 1e-4, 0, $"{id} theta");
            Assert.NotNull(fit.ThetaStandardError);
            Tolerance.Close(row.GetDouble("se_theta"), fit.ThetaStandardError!.Value, 1e-4, 0, $"{id} se_theta");
            Tolerance.Close(row.GetDouble("twologlik"), 2 * fit.LogLikelihood, 1e-6, 0, $"{id} twologlik");
        }
    }

    internal static CountProjection Project(string id, ReferenceRow row)
    {
        var counts = SeriesRows.Value[id].OrderBy(r => r.GetInt("t")).Select(r => r.GetLong("count")).ToArray();
        var firstYear = row.GetInt("current_year") - row.GetInt("past_years");
        var series = MonthlySeries.Create(BinhDuong, MonitoredCriterion.TrafficAccidents, ReportingCalendar.Gregorian, firstYear, 1, counts);
        return YearEndProjection.Count(series, 0, TargetDirection.AtMost, YearEndOptions.Create(draws: 200));
    }
}
