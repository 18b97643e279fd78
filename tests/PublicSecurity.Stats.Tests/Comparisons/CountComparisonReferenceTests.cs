using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Comparisons;

/// <summary>Every row and column of rate_ratio_tests.csv (R poisson.test and the mid-p formulas), at the README's tolerances.</summary>
public sealed class CountComparisonReferenceTests
{
    private const string File = "rate_ratio_tests.csv";

    public static TheoryData<string> Cases => ReferenceCsv.Ids(File, "case_id");

    private static (ReferenceRow Row, CountComparison Result) Run(string id)
    {
        var row = ReferenceCsv.Row(File, id, "case_id");
        var result = CountComparison.Compare(
            row.GetLong("k1"), row.GetLong("k2"), row.GetDouble("t1"), row.GetDouble("t2"), row.GetDouble("conf_level"));
        return (row, result);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_RatesAndRatioMatch(string id)
    {
        var (row, c) = Run(id);

        Tolerance.Close(row.GetDouble("rate1"), c.CurrentRate, 1e-11, 1e-14, $"{id} rate1");
        Tolerance.Close(row.GetDouble("rate2"), c.BaselineRate, 1e-11, 1e-14, $"{id} rate2");
        Tolerance.Close(row.GetDouble("pi0"), c.CurrentExposure / (c.CurrentExposure + c.BaselineExposure), 1e-11, 1e-14, $"{id} pi0");
        Tolerance.Close(row.GetDouble("rate_ratio"), c.RateRatio, 1e-11, 1e-14, $"{id} rate_ratio");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_PValuesMatch(string id)
    {
        var (row, c) = Run(id);

        Tolerance.Close(row.GetDouble("exact_p_value"), c.ExactPValue, 1e-9, 1e-300, $"{id} exact_p_value");
        Tolerance.Close(row.GetDouble("midp_p_value"), c.MidPPValue, 1e-9, 1e-300, $"{id} midp_p_value");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_ExactIntervalMatches(string id)
    {
        var (row, c) = Run(id);

        Tolerance.Close(row.GetDouble("exact_lower"), c.ExactInterval.Lower, 1e-8, 1e-15, $"{id} exact_lower");
        Tolerance.Close(row.GetDouble("exact_upper"), c.ExactInterval.Upper, 1e-8, 1e-15, $"{id} exact_upper");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_ReferenceRow_MidPIntervalMatches(string id)
    {
        var (row, c) = Run(id);

        Tolerance.Close(row.GetDouble("midp_lower"), c.MidPInterval.Lower, 1e-8, 1e-15, $"{id} midp_lower");
        Tolerance.Close(row.GetDouble("midp_upper"), c.MidPInterval.Upper, 1e-8, 1e-15, $"{id} midp_upper");
    }
}
