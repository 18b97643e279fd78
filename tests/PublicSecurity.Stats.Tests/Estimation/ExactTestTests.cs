using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Estimation;

public sealed class ExactTestTests
{
    private static readonly Arbitrary<(long X, long N, double Null, ExactTwoSidedMethod Method, double Confidence)> Binomials =
        (from n in Gen.Choose(1, 400)
         from x in Gen.Choose(0, n)
         from permille in Gen.Choose(1, 999)
         from method in Gen.Elements(ExactTwoSidedMethod.Central, ExactTwoSidedMethod.MinLike, ExactTwoSidedMethod.Blaker)
         from confidence in Gen.Elements(0.9, 0.95, 0.99)
         select ((long)x, (long)n, permille / 1000.0, method, confidence)).ToArbitrary();

    private static readonly Arbitrary<(long X, double Mean, ExactTwoSidedMethod Method, double Confidence)> Counts =
        (from x in Gen.Choose(0, 300)
         from hundredths in Gen.Choose(1, 40000)
         from method in Gen.Elements(ExactTwoSidedMethod.Central, ExactTwoSidedMethod.MinLike, ExactTwoSidedMethod.Blaker)
         from confidence in Gen.Elements(0.9, 0.95, 0.99)
         select ((long)x, hundredths / 100.0, method, confidence)).ToArbitrary();

    private static readonly Arbitrary<(long K1, long K2, double T1, ExactTwoSidedMethod Method)> Pairs =
        (from k1 in Gen.Choose(0, 200)
         from k2 in Gen.Choose(0, 200)
         from t1 in Gen.Choose(20, 400)
         from method in Gen.Elements(ExactTwoSidedMethod.Central, ExactTwoSidedMethod.MinLike, ExactTwoSidedMethod.Blaker)
         where k1 + k2 > 0
         select ((long)k1, (long)k2, t1 / 100.0, method)).ToArbitrary();

    private static bool Outside(double value, PublicSecurity.Stats.Estimation.Interval interval) => value < interval.Lower || value > interval.Upper;

    [Property(MaxTest = 400)]
    public Property Binomial_IntervalExcludesNull_ExactlyWhenPBelowAlpha() => Prop.ForAll(Binomials, t =>
    {
        var test = ExactTest.Binomial(t.X, t.N, t.Null, t.Method, t.Confidence);
        return (test.PValue < 1 - t.Confidence) == Outside(t.Null, test.Interval)
            && test.RejectsNull == Outside(t.Null, test.Interval)
            && test.Interval.Contains((double)t.X / t.N);
    });

    [Property(MaxTest = 400)]
    public Property Poisson_IntervalExcludesNull_ExactlyWhenPBelowAlpha() => Prop.ForAll(Counts, t =>
    {
        var test = ExactTest.Poisson(t.X, 1, t.Mean, t.Method, t.Confidence);
        return (test.PValue < 1 - t.Confidence) == Outside(t.Mean, test.Interval) && test.Interval.Contains(t.X);
    });

    [Property(MaxTest = 300)]
    public Property RateRatio_IntervalExcludesOne_ExactlyWhenPBelowAlpha() => Prop.ForAll(Pairs, t =>
    {
        var c = CountComparison.Compare(t.K1, t.K2, t.T1, 1, 0.95, 10, t.Method);
        return (c.TwoSidedPValue < 0.05) == Outside(1, c.TwoSidedInterval) && c.IsSignificant == Outside(1, c.TwoSidedInterval);
    });

    [Property(MaxTest = 200)]
    public Property Blaker_IntervalLiesWithinTheCentralOne() => Prop.ForAll(Binomials, t =>
    {
        var blaker = ExactTest.Binomial(t.X, t.N, t.Null, ExactTwoSidedMethod.Blaker, t.Confidence).Interval;
        var central = ExactTest.Binomial(t.X, t.N, t.Null, ExactTwoSidedMethod.Central, t.Confidence).Interval;
        return blaker.Lower >= central.Lower - 1e-12 && blaker.Upper <= central.Upper + 1e-12;
    });

    [Fact]
    public void CountComparison_DefaultRule_IsCentralAndKeepsTheExactInterval()
    {
        var c = CountComparison.Compare(150, 120, 365, 366);

        Assert.Equal(ExactTwoSidedMethod.Central, c.TwoSidedMethod);
        Assert.Equal(c.ExactInterval, c.TwoSidedInterval);
        Assert.Equal(Math.Min(1, 2 * Math.Min(c.ExactPValueDecrease, c.ExactPValueIncrease)), c.TwoSidedPValue, 15);
    }

    [Fact]
    public void CountComparison_MinLike_PValueIsRsPoissonTest()
    {
        var c = CountComparison.Compare(150, 120, 365, 366, 0.95, 10, ExactTwoSidedMethod.MinLike);

        Assert.Equal(c.ExactPValue, c.TwoSidedPValue, 14);
    }

    [Theory]
    [InlineData(-1L, 10L, 0.5, "successes", "must not be negative", "-1")]
    [InlineData(11L, 10L, 0.5, "successes", "must not exceed the trials (10)", "11")]
    [InlineData(1L, 0L, 0.5, "trials", "must be positive", "0")]
    [InlineData(1L, 10L, 0.0, "nullProportion", "strictly between 0 and 1", "0")]
    [InlineData(1L, 10L, 1.0, "nullProportion", "strictly between 0 and 1", "1")]
    public void Binomial_InvalidArgument_Throws(long x, long n, double p0, string parameter, string rule, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ExactTest.Binomial(x, n, p0));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1L, 1.0, 1.0, "count", "must not be negative", "-1")]
    [InlineData(1L, 0.0, 1.0, "exposure", "finite and positive", "0")]
    [InlineData(1L, 1.0, -2.0, "nullRate", "finite and positive", "-2")]
    [InlineData(1L, 1e300, 1e300, "nullRate", "rate × exposure", "Infinity")]
    public void Poisson_InvalidArgument_Throws(long x, double exposure, double rate, string parameter, string rule, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ExactTest.Poisson(x, exposure, rate));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UndefinedMethodOrConfidence_Throws()
    {
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => ExactTest.Binomial(1, 10, 0.5, (ExactTwoSidedMethod)7));
        var poisson = Assert.Throws<ArgumentOutOfRangeException>(() => ExactTest.Poisson(1, 1, 1, (ExactTwoSidedMethod)(-1)));
        var comparison = Assert.Throws<ArgumentOutOfRangeException>(() => CountComparison.Compare(1, 2, 1, 1, 0.95, 10, (ExactTwoSidedMethod)3));
        var confidence = Assert.Throws<ArgumentOutOfRangeException>(() => ExactTest.Binomial(1, 10, 0.5, ExactTwoSidedMethod.Blaker, 1.0));

        Assert.Equal("method", method.ParamName);
        Assert.Contains("defined ExactTwoSidedMethod (Central, MinLike or Blaker); it was 7", method.Message, StringComparison.Ordinal);
        Assert.Contains("it was -1", poisson.Message, StringComparison.Ordinal);
        Assert.Equal("method", comparison.ParamName);
        Assert.Equal("confidence", confidence.ParamName);
        Assert.Contains("it was 1", confidence.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_MixedRules_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChangeVerdict.Evaluate(
            LocalizedName.Create("Traffic accidents", "Tai nạn giao thông"),
            [
                MetricComparison.Create(Metric.TrafficAccidents, CountComparison.Compare(10, 20)),
                MetricComparison.Create(Metric.TrafficDeaths, CountComparison.Compare(10, 20, 1, 1, 0.95, 10, ExactTwoSidedMethod.Blaker)),
            ]));

        Assert.Equal("metrics", ex.ParamName);
        Assert.Contains("must share one two-sided rule (Central)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("had Blaker", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_EachRule_MatchesSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var tests = new[]
        {
            ExactTest.Binomial(7, 20, 0.6, ExactTwoSidedMethod.Central),
            ExactTest.Binomial(7, 20, 0.6, ExactTwoSidedMethod.MinLike),
            ExactTest.Binomial(7, 20, 0.6, ExactTwoSidedMethod.Blaker),
            ExactTest.Poisson(12, 100_000, 0.00006, ExactTwoSidedMethod.Blaker, 0.99),
        };
        var text = string.Join("\n", tests.Select(t => t.ToString(language))) + "\n\n"
            + tests[2].ToMarkdown(language) + "\n\n" + tests[3].ToHtml(language);
        Snapshot.Verify(text, "md", lang);
    }

    [Fact]
    public void Json_PoissonBlaker_MatchesSnapshot()
    {
        Snapshot.Verify(StatsJson.Serialize(ExactTest.Poisson(12, 100_000, 0.00006, ExactTwoSidedMethod.Blaker, 0.99), indented: true) + "\n", "json");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Verdict_BlakerRule_StatesItsRule_MatchesSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        CountComparison Blaker(long current, long baseline) => CountComparison.Compare(current, baseline, 90, 90, 0.95, 10, ExactTwoSidedMethod.Blaker);
        var verdict = ChangeVerdict.TrafficCriteria(Blaker(97, 144), Blaker(46, 73), Blaker(78, 103));
        var text = verdict.ToString(language) + "\n\n" + verdict.ToMarkdown(language) + "\n\n" + verdict.ToHtml(language) + "\n\n"
            + (lang == "en" ? StatsJson.Serialize(verdict, indented: true) + "\n" : string.Empty);
        Snapshot.Verify(text, "md", lang);
    }
}
