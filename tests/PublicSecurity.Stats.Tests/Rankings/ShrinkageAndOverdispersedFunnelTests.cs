using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class ShrinkageAndOverdispersedFunnelTests
{
    private static readonly Arbitrary<(long[] N, long[] X)> Proportions =
        (from m in Gen.Choose(1, 40)
         from units in Gen.ListOf(from x in Gen.Choose(1, 5000) from share in Gen.Choose(0, 1000) select ((long)(x * share / 1000), (long)x), m)
         select (units.Select(u => u.Item1).ToArray(), units.Select(u => u.Item2).ToArray())).ToArbitrary();

    private static readonly Arbitrary<(long[] N, double[] X)> Rates =
        (from m in Gen.Choose(1, 40)
         from units in Gen.ListOf(from pop in Gen.Choose(1000, 2_000_000) from n in Gen.Choose(0, 400) select ((long)n, (double)pop), m)
         select (units.Select(u => u.Item1).ToArray(), units.Select(u => u.Item2).ToArray())).ToArbitrary();

    /// <summary>Invented O and E of 15 provinces, spread far beyond Poisson noise (so the negative binomial applies).</summary>
    internal static FunnelPlot<string> NegativeBinomialFunnel() => FunnelPlot.Rates(
        new (long O, double E)[] { (12, 20), (45, 30), (8, 15), (120, 80), (60, 95), (33, 31), (210, 150), (15, 40), (75, 52), (5, 9), (140, 160), (28, 18), (90, 120), (41, 25), (19, 22) }
            .Select((u, i) => new CountUnit<string>(ProvinceCatalog.All(ProvinceEdition.Provinces34)[i].Name, u.O, u.E)),
        OverdispersionAdjustment.NegativeBinomial);

    /// <summary>The 12 clearance rates of FunnelPlotTests' worked example against 0.8, with beta-binomial limits.</summary>
    internal static FunnelPlot<string> BetaBinomialFunnel() => FunnelPlot.Proportions(
        new (long X, long N)[] { (150, 200), (420, 500), (95, 130), (820, 1000), (310, 370), (66, 90), (1400, 1800), (230, 260), (510, 600), (48, 70), (720, 850), (905, 1100) }
            .Select((u, i) => new ProportionUnit<string>(ProvinceCatalog.All(ProvinceEdition.Provinces34)[i].Name, u.X, u.N)),
        0.8,
        OverdispersionAdjustment.BetaBinomial);

    [Property(MaxTest = 300)]
    public Property BetaBinomial_ShrunkenLiesBetweenRawAndOverall() => Prop.ForAll(Proportions, t =>
    {
        var fit = EmpiricalBayes.BetaBinomial(t.N, t.X);
        return Enumerable.Range(0, t.N.Length).All(i => EmpiricalBayesReferenceTests.Between(fit.Shrunken[i], fit.Raw[i], fit.OverallRate));
    });

    [Property(MaxTest = 300)]
    public Property PoissonGamma_ShrunkenLiesBetweenRawAndOverall() => Prop.ForAll(Rates, t =>
    {
        var fit = EmpiricalBayes.PoissonGamma(t.N, t.X);
        return Enumerable.Range(0, t.N.Length).All(i => EmpiricalBayesReferenceTests.Between(fit.Shrunken[i], fit.Raw[i], fit.OverallRate));
    });

    [Fact]
    public void PoissonGamma_HandComputed_ShrinksTheSmallProvinceMost()
    {
        // n = (3, 7), x = (1e5, 2e5): b = 10/3e5 = 3.333e-5, raw − b = (−3.333e-6, +1.667e-6),
        // s² = (1e5·1.111e-11 + 2e5·2.778e-12)/3e5 = 5.556e-12 < b/(Σx/m) = 3.333e-5/1.5e5 = 2.222e-10,
        // so a = 0: the rates vary no more than by chance and both provinces go to b.
        var fit = EmpiricalBayes.PoissonGamma([3, 7], [1e5, 2e5]);

        Assert.Equal(10 / 3e5, fit.OverallRate, 15);
        Assert.Equal(0, fit.BetweenVariance);
        Assert.True(double.IsPositiveInfinity(fit.PriorDenominator));
        Assert.All(fit.Shrunken, s => Assert.Equal(10 / 3e5, s, 15));
    }

    [Fact]
    public void Ranking_WithEmpiricalBayes_RanksTheShrunkenRates()
    {
        // A tiny province with 3 events in 2,000 people tops the raw league (150 per 100,000); shrunken, it does not.
        var observations = new[]
        {
            RankingObservation.PerCapita("tiny", 3, 2_000),
            RankingObservation.PerCapita("a", 400, 1_000_000),
            RankingObservation.PerCapita("b", 900, 1_500_000),
            RankingObservation.PerCapita("c", 150, 600_000),
            RankingObservation.PerCapita("d", 2_000, 2_500_000),
        };
        var measure = RankingMeasure.PerCapita("cases", higherIsBetter: false);
        var raw = Ranking.Create(measure, observations, TieMethod.Min, MissingValues.Keep);
        var shrunk = Ranking.Create(measure.WithShrinkage(RateShrinkage.EmpiricalBayes), observations, TieMethod.Min, MissingValues.Keep);
        var fit = EmpiricalBayes.PoissonGamma([3, 400, 900, 150, 2000], [2_000, 1_000_000, 1_500_000, 600_000, 2_500_000]);

        Assert.Equal("tiny", raw.Entries.Single(e => e.Rank == 5).Key);
        Assert.NotEqual("tiny", shrunk.Entries.Single(e => e.Rank == 5).Key);
        for (var i = 0; i < observations.Length; i++)
        {
            Assert.Equal(fit.Shrunken[i] * 100_000, shrunk.Entries.Single(e => e.Key == observations[i].Key).Value!.Value, 12);
        }

        Assert.Contains("(empirical-Bayes shrunken)", shrunk.ToString(Language.English), StringComparison.Ordinal);
        Assert.NotEqual(measure, measure.WithShrinkage(RateShrinkage.EmpiricalBayes));
    }

    [Fact]
    public void Funnel_BetaBinomial_UsesTheMomentFitAndFunnelLimits()
    {
        var plot = BetaBinomialFunnel();
        var rho = 1 / (plot.Shrinkage.PriorDenominator + 1);

        Assert.Equal(OverdispersionAdjustment.BetaBinomial, plot.Applied);
        Assert.Equal(rho, plot.Dispersion!.Value, 15);
        Assert.Equal(FunnelLimits.BetaBinomial(0.8, 200, rho, 0.95, FunnelMethod.ExactInterpolated), plot.Units[0].Limits[0]);
        Assert.All(plot.Units, u => Assert.True(EmpiricalBayesReferenceTests.Between(u.ShrunkenValue, u.Value, plot.Shrinkage.OverallRate)));
    }

    [Fact]
    public void Funnel_NegativeBinomial_UsesThePoissonGammaSize()
    {
        var plot = NegativeBinomialFunnel();
        var size = plot.Shrinkage.OverallRate * plot.Shrinkage.OverallRate / plot.Shrinkage.BetweenVariance;

        Assert.Equal(OverdispersionAdjustment.NegativeBinomial, plot.Applied);
        Assert.Equal(size, plot.Dispersion!.Value, 12);
        Assert.Equal(FunnelLimits.NegativeBinomial(20, size, 0.998, FunnelMethod.ExactInterpolated), plot.Units[0].Limits[1]);
    }

    [Fact]
    public void FunnelLimits_OverdispersedWidenTheBinomialAndPoisson()
    {
        var binomial = FunnelLimits.Proportion(0.8, 500, 0.95, FunnelMethod.ExactInterpolated);
        var beta = FunnelLimits.BetaBinomial(0.8, 500, 0.01, 0.95, FunnelMethod.ExactInterpolated);
        var poisson = FunnelLimits.Rate(50, 0.95, FunnelMethod.ExactInterpolated);
        var negative = FunnelLimits.NegativeBinomial(50, 10, 0.95, FunnelMethod.ExactInterpolated);
        var normal = FunnelLimits.BetaBinomial(0.8, 500, 0.01, 0.95, FunnelMethod.Normal);

        Assert.True(beta.Lower < binomial.Lower && beta.Upper > binomial.Upper);
        Assert.True(negative.Lower < poisson.Lower && negative.Upper > poisson.Upper);

        // Normal: 0.8 ± 1.959964·√(0.8·0.2·(1 + 499·0.01)/500) = 0.8 ± 1.959964·0.043784 (hand-computed).
        Assert.Equal(0.8 - (1.959964 * Math.Sqrt(0.16 * 5.99 / 500)), normal.Lower, 5);
        Assert.Equal(1 + (1.959964 * Math.Sqrt(0.02 + 0.1)), FunnelLimits.NegativeBinomial(50, 10, 0.95, FunnelMethod.Normal).Upper, 5);
    }

    [Fact]
    public void InvalidArguments_Throw()
    {
        var rho = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.BetaBinomial(0.8, 100, 1.0, 0.95, FunnelMethod.ExactInterpolated));
        var n = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.BetaBinomial(0.8, 0, 0.1, 0.95, FunnelMethod.ExactInterpolated));
        var size = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.NegativeBinomial(10, 0, 0.95, FunnelMethod.ExactInterpolated));
        var expected = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.NegativeBinomial(-1, 2, 0.95, FunnelMethod.ExactInterpolated));
        var mismatch = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Rates([new CountUnit<int>(1, 3, 4), new CountUnit<int>(2, 5, 4)], OverdispersionAdjustment.BetaBinomial));
        var mismatch2 = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Proportions([new ProportionUnit<int>(1, 3, 4), new ProportionUnit<int>(2, 1, 4)], 0.5, OverdispersionAdjustment.NegativeBinomial));
        var shrink = Assert.Throws<ArgumentOutOfRangeException>(() => RankingMeasure.Count("x", true).WithShrinkage((RateShrinkage)5));
        var empty = Assert.Throws<ArgumentException>(() => EmpiricalBayes.PoissonGamma([], []));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalBayes.PoissonGamma([1, -2], [1, 1]));
        var exposure = Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalBayes.PoissonGamma([1, 2], [1, 0]));
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalBayes.BetaBinomial([5], [4]));
        var trials = Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalBayes.BetaBinomial([0], [0]));

        Assert.Equal("intraClassCorrelation", rho.ParamName);
        Assert.Contains("intra-class correlation must be strictly between 0 and 1; it was 1", rho.Message, StringComparison.Ordinal);
        Assert.Equal("denominator", n.ParamName);
        Assert.Contains("at least 1; it was 0", n.Message, StringComparison.Ordinal);
        Assert.Equal("size", size.ParamName);
        Assert.Contains("it was 0", size.Message, StringComparison.Ordinal);
        Assert.Equal("expected", expected.ParamName);
        Assert.Contains("it was -1", expected.Message, StringComparison.Ordinal);
        Assert.Equal("adjustment", mismatch.ParamName);
        Assert.Contains("BetaBinomial is for proportions", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("it was NegativeBinomial for proportions", mismatch2.Message, StringComparison.Ordinal);
        Assert.Equal("shrinkage", shrink.ParamName);
        Assert.Contains("None or EmpiricalBayes; it was 5", shrink.Message, StringComparison.Ordinal);
        Assert.Equal("counts", empty.ParamName);
        Assert.Contains("non-empty and of equal length; they were 0 and 0", empty.Message, StringComparison.Ordinal);
        Assert.Contains("must not be negative; counts[1] was -2", negative.Message, StringComparison.Ordinal);
        Assert.Equal("denominators", exposure.ParamName);
        Assert.Contains("exposures must be positive and finite; [1] was 0", exposure.Message, StringComparison.Ordinal);
        Assert.Contains("must not exceed their trials (4); counts[0] was 5", above.Message, StringComparison.Ordinal);
        Assert.Contains("trials must be at least 1; [0] was 0", trials.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_FitsAndFunnels_MatchSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var poisson = EmpiricalBayes.PoissonGamma([3, 400, 900, 150, 0], [2_000, 1_000_000, 1_500_000, 600_000, 5_000]);
        var beta = EmpiricalBayes.BetaBinomial([9, 300, 48, 1_400], [10, 400, 70, 1_800]);
        var text = poisson.ToString(language) + "\n" + beta.ToMarkdown(language) + "\n" + beta.ToHtml(language) + "\n"
            + BetaBinomialFunnel().ToString(language) + "\n" + NegativeBinomialFunnel().ToMarkdown(language);
        Snapshot.Verify(text, "md", lang);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Svg_OverdispersedFunnels_MatchSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        Snapshot.Verify(BetaBinomialFunnel().ToHtml(language) + "\n" + NegativeBinomialFunnel().ToSvg(language) + "\n", "html", lang);
    }

    [Fact]
    public void Json_Fit_MatchesSnapshot()
    {
        var json = StatsJson.Serialize(EmpiricalBayes.PoissonGamma([3, 400, 900, 150, 0], [2_000, 1_000_000, 1_500_000, 600_000, 5_000]), indented: true)
            + "\n" + StatsJson.Serialize(EmpiricalBayes.BetaBinomial([5, 5], [10, 10]), indented: true) + "\n";
        Snapshot.Verify(json, "json");
    }
}
