using System.Globalization;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class FunnelLimitsTests
{
    private const string File = "funnel_limits.csv";
    private const string RatesFile = "rankings/funnel_rates.csv";

    public static TheoryData<string> Cases => ReferenceCsv.Ids(File, "case_id");

    public static TheoryData<string> RateCases => ReferenceCsv.Ids(RatesFile, "case_id");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Proportion_ReferenceRow_AllMethodsAndLevelsMatch(string id)
    {
        var row = ReferenceCsv.Row(File, id, "case_id");
        var p0 = row.GetDouble("p0");
        var n = row.GetLong("n");
        foreach (var (level, suffix) in new[] { (0.95, "95"), (0.998, "998") })
        {
            var interp = FunnelLimits.Proportion(p0, n, level, FunnelMethod.ExactInterpolated);
            Tolerance.Close(row.GetDouble($"interp_lower_{suffix}"), interp.Lower, 1e-10, 1e-12, $"{id} interp_lower_{suffix}");
            Tolerance.Close(row.GetDouble($"interp_upper_{suffix}"), interp.Upper, 1e-10, 1e-12, $"{id} interp_upper_{suffix}");

            var quantile = FunnelLimits.Proportion(p0, n, level, FunnelMethod.BinomialQuantile);
            Assert.Equal(row.GetDouble($"qbinom_lower_{suffix}"), quantile.Lower);
            Assert.Equal(row.GetDouble($"qbinom_upper_{suffix}"), quantile.Upper);

            var normal = FunnelLimits.Proportion(p0, n, level, FunnelMethod.Normal);
            Tolerance.Close(row.GetDouble($"normal_lower_{suffix}"), normal.Lower, 1e-11, 1e-14, $"{id} normal_lower_{suffix}");
            Tolerance.Close(row.GetDouble($"normal_upper_{suffix}"), normal.Upper, 1e-11, 1e-14, $"{id} normal_upper_{suffix}");
        }
    }

    [Theory]
    [MemberData(nameof(RateCases))]
    public void Rate_ScipyReferenceRow_AllMethodsAndLevelsMatch(string id)
    {
        var row = ReferenceCsv.Row(RatesFile, id, "case_id");
        var e = row.GetDouble("expected");
        foreach (var (level, suffix) in new[] { (0.95, "95"), (0.998, "998") })
        {
            var interp = FunnelLimits.Rate(e, level, FunnelMethod.ExactInterpolated);
            Tolerance.Close(row.GetDouble($"interp_lower_{suffix}"), interp.Lower, 1e-10, 1e-12, $"{id} interp_lower_{suffix}");
            Tolerance.Close(row.GetDouble($"interp_upper_{suffix}"), interp.Upper, 1e-10, 1e-12, $"{id} interp_upper_{suffix}");

            var quantile = FunnelLimits.Rate(e, level, FunnelMethod.BinomialQuantile);
            Tolerance.Close(row.GetDouble($"quantile_lower_{suffix}"), quantile.Lower, 1e-15, 0, $"{id} quantile_lower_{suffix}");
            Tolerance.Close(row.GetDouble($"quantile_upper_{suffix}"), quantile.Upper, 1e-15, 0, $"{id} quantile_upper_{suffix}");

            var normal = FunnelLimits.Rate(e, level, FunnelMethod.Normal);
            Tolerance.Close(row.GetDouble($"normal_lower_{suffix}"), normal.Lower, 1e-11, 1e-14, $"{id} normal_lower_{suffix}");
            Tolerance.Close(row.GetDouble($"normal_upper_{suffix}"), normal.Upper, 1e-11, 1e-14, $"{id} normal_upper_{suffix}");
        }
    }

    [Fact]
    public void Proportion_AnyLevel_NarrowsAsTheDenominatorGrows()
    {
        var small = FunnelLimits.Proportion(0.8, 50, 0.9, FunnelMethod.ExactInterpolated);
        var large = FunnelLimits.Proportion(0.8, 5000, 0.9, FunnelMethod.ExactInterpolated);

        Assert.True(large.Width < small.Width);
        Assert.True(large.Contains(0.8));
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(double.NaN, "NaN")]
    public void Proportion_TargetOutsideOpenUnit_Throws(double target, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.Proportion(target, 10, 0.95, FunnelMethod.ExactInterpolated));

        Assert.Equal("target", ex.ParamName);
        Assert.Contains($"target proportion must be strictly between 0 and 1; it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Proportion_NonPositiveDenominator_Throws(long n)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.Proportion(0.5, n, 0.95, FunnelMethod.Normal));

        Assert.Equal("denominator", ex.ParamName);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"at least 1; it was {n}"), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Limits_LevelOutsideOpenUnit_Throws(double level)
    {
        var p = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.Proportion(0.5, 10, level, FunnelMethod.Normal));
        var r = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.Rate(10, level, FunnelMethod.Normal));

        Assert.Equal("level", p.ParamName);
        Assert.Equal("level", r.ParamName);
        Assert.Contains("level must be strictly between 0 and 1", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Rate_BadExpected_Throws(double expected)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.Rate(expected, 0.95, FunnelMethod.ExactInterpolated));

        Assert.Equal("expected", ex.ParamName);
        Assert.Contains("expected count must be finite and positive", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_UndefinedMethod_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.Proportion(0.5, 10, 0.95, (FunnelMethod)9));

        Assert.Equal("method", ex.ParamName);
        Assert.Contains("it was 9", ex.Message, StringComparison.Ordinal);
    }
}
