using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Comparisons;

/// <summary>Every row and column of two_proportion_tests.csv (statsmodels Newcombe, R fisher.test, scipy chi-square).</summary>
public sealed class ProportionComparisonReferenceTests
{
    private const string File = "two_proportion_tests.csv";

    public static TheoryData<string> Cases => ReferenceCsv.Ids(File, "case_id");

    private static (ReferenceRow Row, ProportionComparison Result) Run(string id)
    {
        var row = ReferenceCsv.Row(File, id, "case_id");
        var result = ProportionComparison.Compare(
            row.GetLong("x1"), row.GetLong("n1"), row.GetLong("x2"), row.GetLong("n2"), row.GetDouble("conf_level"));
        return (row, result);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_ProportionsAndDifferenceMatch(string id)
    {
        var (row, c) = Run(id);

        Tolerance.Close(row.GetDouble("p1"), c.Proportion1, 1e-11, 1e-14, $"{id} p1");
        Tolerance.Close(row.GetDouble("p2"), c.Proportion2, 1e-11, 1e-14, $"{id} p2");
        Tolerance.Close(row.GetDouble("diff"), c.Difference, 1e-11, 1e-14, $"{id} diff");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_NewcombeIntervalMatches(string id)
    {
        var (row, c) = Run(id);

        Tolerance.Close(row.GetDouble("newcombe_lower"), c.NewcombeInterval.Lower, 1e-11, 1e-14, $"{id} newcombe_lower");
        Tolerance.Close(row.GetDouble("newcombe_upper"), c.NewcombeInterval.Upper, 1e-11, 1e-14, $"{id} newcombe_upper");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_FisherPValueMatches(string id)
    {
        var (row, c) = Run(id);

        Tolerance.Close(row.GetDouble("fisher_p_value"), c.FisherPValue, 1e-9, 1e-300, $"{id} fisher_p_value");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_ChiSquareMatchesOrIsUndefinedWhereTheReferenceIsNaN(string id)
    {
        var (row, c) = Run(id);
        var statistic = row.GetDouble("chi2_statistic");
        var pValue = row.GetDouble("chi2_p_value");

        if (double.IsNaN(statistic))
        {
            Assert.Null(c.ChiSquareStatistic);
            Assert.Null(c.ChiSquarePValue);
            return;
        }

        Assert.NotNull(c.ChiSquareStatistic);
        Tolerance.Close(statistic, c.ChiSquareStatistic!.Value, 1e-11, 1e-14, $"{id} chi2_statistic");
        Tolerance.Close(pValue, c.ChiSquarePValue!.Value, 1e-9, 1e-300, $"{id} chi2_p_value");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_RelativeChangeIsNullExactlyWhenP2IsZero(string id)
    {
        var (row, c) = Run(id);

        if (row.GetLong("x2") == 0)
        {
            Assert.Null(c.RelativeChange);
        }
        else
        {
            Tolerance.Close((row.GetDouble("p1") / row.GetDouble("p2")) - 1, c.RelativeChange!.Value, 1e-11, 1e-14, $"{id} relative change");
        }
    }
}
