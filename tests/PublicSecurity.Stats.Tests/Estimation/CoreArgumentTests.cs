using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Tests.Estimation;

/// <summary>The documented argument checks of the internal numerical core: parameter name, rule and value.</summary>
public sealed class CoreArgumentTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "IncompleteBeta.Regularized a", "a", "The shape a must be positive and finite; it was 0." },
        { "IncompleteBeta.RegularizedComplement b", "b", "The shape b must be positive and finite; it was -1." },
        { "IncompleteBeta.Regularized x", "x", "The point x must be between 0 and 1; it was 1.5." },
        { "IncompleteBeta.Inverse p", "p", "The probability p must be between 0 and 1; it was NaN." },
        { "IncompleteBeta.InverseComplement q", "q", "The probability q must be between 0 and 1; it was -0.1." },
        { "IncompleteGamma.Lower a", "a", "The shape a must be positive and finite; it was Infinity." },
        { "IncompleteGamma.Upper x", "x", "The point x must be non-negative; it was -2." },
        { "Gamma.Quantile p", "p", "The probability p must be between 0 and 1; it was 2." },
        { "Gamma.QuantileComplement shape", "a", "The shape a must be positive and finite; it was 0." },
        { "ChiSquare.Survival df", "degreesOfFreedom", "The degrees of freedom must be positive and finite; it was 0." },
        { "ChiSquare.Quantile df", "degreesOfFreedom", "The degrees of freedom must be positive and finite; it was NaN." },
        { "Binomial.Pmf n", "n", "The number of trials n must not be negative; it was -1." },
        { "Binomial.Cdf p", "p", "The success probability p must be between 0 and 1; it was 1.25." },
        { "Binomial.Quantile prob", "prob", "The probability prob must be between 0 and 1; it was 1.1." },
        { "Hypergeometric.Pmf draws", "draws", "The draws must not exceed the population (successes + failures = 10); it was 11." },
        { "Hypergeometric.Pmf successes", "successes", "The successes must not be negative; it was -1." },
        { "Poisson.Cdf lambda", "lambda", "The mean λ must be non-negative and finite; it was -3." },
        { "Poisson.Quantile prob", "prob", "The probability prob must be between 0 and 1; it was -1." },
        { "Normal.Quantile p", "p", "The probability p must be between 0 and 1; it was 1.5." },
        { "Normal.Cdf x", "x", "The point x must not be NaN; it was NaN." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Core_InvalidArgument_ThrowsNamingParameterRuleAndValue(string call, string parameter, string message)
    {
        Action action = call switch
        {
            "IncompleteBeta.Regularized a" => () => IncompleteBeta.Regularized(0, 1, 0.5),
            "IncompleteBeta.RegularizedComplement b" => () => IncompleteBeta.RegularizedComplement(1, -1, 0.5),
            "IncompleteBeta.Regularized x" => () => IncompleteBeta.Regularized(1, 1, 1.5),
            "IncompleteBeta.Inverse p" => () => IncompleteBeta.Inverse(double.NaN, 1, 1),
            "IncompleteBeta.InverseComplement q" => () => IncompleteBeta.InverseComplement(-0.1, 1, 1),
            "IncompleteGamma.Lower a" => () => IncompleteGamma.Lower(double.PositiveInfinity, 1),
            "IncompleteGamma.Upper x" => () => IncompleteGamma.Upper(1, -2),
            "Gamma.Quantile p" => () => Gamma.Quantile(2, 1),
            "Gamma.QuantileComplement shape" => () => Gamma.QuantileComplement(0.5, 0),
            "ChiSquare.Survival df" => () => ChiSquare.Survival(1, 0),
            "ChiSquare.Quantile df" => () => ChiSquare.Quantile(0.5, double.NaN),
            "Binomial.Pmf n" => () => Binomial.Pmf(0, -1, 0.5),
            "Binomial.Cdf p" => () => Binomial.Cdf(0, 10, 1.25),
            "Binomial.Quantile prob" => () => Binomial.Quantile(1.1, 10, 0.5),
            "Hypergeometric.Pmf draws" => () => Hypergeometric.Pmf(1, 5, 5, 11),
            "Hypergeometric.Pmf successes" => () => Hypergeometric.Pmf(1, -1, 5, 3),
            "Poisson.Cdf lambda" => () => Poisson.Cdf(1, -3),
            "Poisson.Quantile prob" => () => Poisson.Quantile(-1, 3),
            "Normal.Quantile p" => () => Normal.Quantile(1.5),
            "Normal.Cdf x" => () => Normal.Cdf(double.NaN),
            _ => throw new InvalidOperationException(call),
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(action);

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_BoundaryArguments_GiveTheLimits()
    {
        Assert.Equal(0.0, IncompleteBeta.Inverse(0, 2, 3));
        Assert.Equal(1.0, IncompleteBeta.Inverse(1, 2, 3));
        Assert.Equal(1.0, IncompleteBeta.InverseComplement(0, 2, 3));
        Assert.Equal(0.0, IncompleteBeta.Regularized(2, 3, 0));
        Assert.Equal(0.0, IncompleteBeta.RegularizedComplement(2, 3, 1));
        Assert.Equal(double.PositiveInfinity, Gamma.Quantile(1, 2));
        Assert.Equal(double.PositiveInfinity, Gamma.QuantileComplement(0, 2));
        Assert.Equal(1.0, Gamma.Cdf(double.PositiveInfinity, 3));
        Assert.Equal(0L, Binomial.Quantile(0.5, 0, 0.3));
        Assert.Equal(10L, Binomial.Quantile(1.0, 10, 0.3));
        Assert.Equal(10L, Binomial.Quantile(0.5, 10, 1.0));
        Assert.Equal(0.0, Binomial.Pmf(11, 10, 0.3));
        Assert.Equal(double.NegativeInfinity, Binomial.LogPmf(-1, 10, 0.3));
        Assert.Equal(1.0, Binomial.Cdf(10, 10, 0.3));
        Assert.Equal(0.0, Binomial.Survival(10, 10, 0.3));
        Assert.Equal(1.0, Binomial.Survival(-1, 10, 0.3));
        Assert.Equal(0.0, Hypergeometric.Pmf(6, 5, 5, 8));
        Assert.Equal(1.0, Hypergeometric.Pmf(0, 5, 5, 0));
        Assert.Equal(double.PositiveInfinity, Poisson.Quantile(1.0, 3.0));
        Assert.Equal(0.0, Poisson.Quantile(0.5, 0.0));
        Assert.Equal(1.0, Poisson.Pmf(0, 0.0));
        Assert.Equal(0.0, Poisson.Cdf(-1, 2.0));
        Assert.Equal(1.0, Poisson.Survival(-1, 2.0));
        Assert.Equal(double.NegativeInfinity, Normal.Quantile(0));
        Assert.Equal(0.5, Normal.Cdf(0), 15);
        Assert.Equal(0.025, Normal.Survival(1.959963984540054), 15);
    }

    [Fact]
    public void Hypergeometric_LogPmf_MatchesLogOfPmf()
    {
        var p = Hypergeometric.Pmf(56, 104, 46, 70);

        Assert.Equal(Math.Log(p), Hypergeometric.LogPmf(56, 104, 46, 70), 12);
    }

    [Fact]
    public void ChiSquare_OneDegree_IsTheSquaredNormal()
    {
        Assert.Equal(0.05, ChiSquare.Survival(3.841458820694124, 1), 14);
        Assert.Equal(0.95, ChiSquare.Cdf(3.841458820694124, 1), 14);
        Assert.Equal(3.841458820694124, ChiSquare.Quantile(0.95, 1), 12);
        Assert.Equal(3.841458820694124, ChiSquare.QuantileComplement(0.05, 1), 12);
    }
}
