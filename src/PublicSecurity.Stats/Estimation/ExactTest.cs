using System.Globalization;
using PublicSecurity.Stats.Numerics;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Estimation;

/// <summary>
/// A two-sided exact test of one proportion or one rate against a null value, with the confidence interval that
/// matches its p-value (R package exactci: <c>binom.exact</c>, <c>poisson.exact</c>).
/// </summary>
/// <remarks>
/// <para>
/// The p-value is below α = 1 − <see cref="Confidence"/> exactly when <see cref="Interval"/> excludes
/// <see cref="NullValue"/> (<see cref="RejectsNull"/>), for each <see cref="ExactTwoSidedMethod"/>: the central rule
/// with the Clopper–Pearson (binomial) or Garwood (Poisson) interval, the minlike and Blaker rules with the intervals
/// that invert them. The minlike and Blaker limits agree with exactci 1.4-5 run with <c>tol = 1e-10</c> to 10⁻⁹ on the
/// proportion scale and 10⁻⁸ on the mean scale (the tolerances of the reference README); the p-values agree to a
/// relative 10⁻¹².
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public sealed class ExactTest : IRenderable
{
    private ExactTest(ExactTestKind kind, long count, double denominator, double nullValue, ExactTwoSidedMethod method, double confidence, double pValue, Interval interval)
    {
        (Kind, Count, Denominator, NullValue, Method, Confidence, PValue, Interval) = (kind, count, denominator, nullValue, method, confidence, pValue, interval);
    }

    /// <summary>Gets which distribution is tested.</summary>
    public ExactTestKind Kind { get; }

    /// <summary>Gets the observed count: the successes of a binomial test, the events of a Poisson test.</summary>
    public long Count { get; }

    /// <summary>Gets the denominator: the trials n of a binomial test, the exposure T (days, population) of a Poisson test.</summary>
    public double Denominator { get; }

    /// <summary>Gets the null value: a proportion in (0, 1) or a rate per unit of exposure.</summary>
    public double NullValue { get; }

    /// <summary>Gets the two-sided rule of the p-value and its interval.</summary>
    public ExactTwoSidedMethod Method { get; }

    /// <summary>Gets the confidence level of <see cref="Interval"/>; the test's level is α = 1 − confidence.</summary>
    public double Confidence { get; }

    /// <summary>Gets the estimate: <see cref="Count"/> ÷ <see cref="Denominator"/>.</summary>
    public double Estimate => Count / Denominator;

    /// <summary>Gets the two-sided p-value by <see cref="Method"/>.</summary>
    public double PValue { get; }

    /// <summary>Gets the confidence interval that matches <see cref="PValue"/>: of the proportion, or of the rate per unit of exposure.</summary>
    public Interval Interval { get; }

    /// <summary>Gets whether the test rejects the null at α = 1 − <see cref="Confidence"/>: p &lt; α, which is the same as <see cref="Interval"/> excluding <see cref="NullValue"/>.</summary>
    public bool RejectsNull => PValue < 1 - Confidence;

    /// <summary>Tests a proportion, x successes of n trials, against a null proportion.</summary>
    /// <param name="successes">The successes x, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The trials n, positive.</param>
    /// <param name="nullProportion">The null proportion π₀, strictly between 0 and 1.</param>
    /// <param name="method">The two-sided rule; <see cref="ExactTwoSidedMethod.Central"/> by default.</param>
    /// <param name="confidence">The confidence level of the interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The test: exactci <c>binom.exact(x, n, p, tsmethod = …, conf.level = …)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="trials"/> is not positive, <paramref name="successes"/> is negative or exceeds the trials,
    /// <paramref name="nullProportion"/> or <paramref name="confidence"/> is NaN or not strictly between 0 and 1, or
    /// <paramref name="method"/> is not a defined value.
    /// </exception>
    public static ExactTest Binomial(long successes, long trials, double nullProportion, ExactTwoSidedMethod method = ExactTwoSidedMethod.Central, double confidence = 0.95)
    {
        Preconditions.Positive(trials, nameof(trials));
        Preconditions.NotNegative(successes, nameof(successes));
        Preconditions.NotAbove(successes, trials, nameof(successes), "successes", "trials");
        if (!(nullProportion > 0 && nullProportion < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(nullProportion), string.Create(CultureInfo.InvariantCulture, $"The null proportion must be strictly between 0 and 1; it was {nullProportion:R}."));
        }

        Preconditions.Confidence(confidence, nameof(confidence));
        CheckMethod(method);
        var law = new BinomialLaw(new ConditionalBinomial(trials, nullProportion, 1 - nullProportion));
        var p = TwoSidedExact.PValue(law, successes, (int)method, lowerFirst: true);
        Interval interval;
        if (method == ExactTwoSidedMethod.Central)
        {
            interval = ProportionInterval.ClopperPearson(successes, trials, confidence);
        }
        else
        {
            var (lower, upper) = TwoSidedExact.BinomialLogOdds(successes, trials, 1 - confidence, method == ExactTwoSidedMethod.Blaker);
            interval = new Interval(Logistic(lower), Logistic(upper));
        }

        return new ExactTest(ExactTestKind.Binomial, successes, trials, nullProportion, method, confidence, p, interval);
    }

    /// <summary>Tests a rate, a count x over an exposure T, against a null rate.</summary>
    /// <param name="count">The count x, non-negative.</param>
    /// <param name="exposure">The exposure T (days, population, person-years), positive and finite.</param>
    /// <param name="nullRate">The null rate per unit of exposure, positive and finite (the null mean is rate × T).</param>
    /// <param name="method">The two-sided rule; <see cref="ExactTwoSidedMethod.Central"/> by default.</param>
    /// <param name="confidence">The confidence level of the interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The test: exactci <c>poisson.exact(x, T, r, tsmethod = …, conf.level = …)</c>; the interval is of the rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is negative, <paramref name="exposure"/> or <paramref name="nullRate"/> is not positive
    /// and finite, <paramref name="confidence"/> is NaN or not strictly between 0 and 1, or <paramref name="method"/>
    /// is not a defined value.
    /// </exception>
    public static ExactTest Poisson(long count, double exposure, double nullRate, ExactTwoSidedMethod method = ExactTwoSidedMethod.Central, double confidence = 0.95)
    {
        Preconditions.NotNegative(count, nameof(count));
        Preconditions.PositiveFinite(exposure, nameof(exposure), "exposure");
        Preconditions.PositiveFinite(nullRate, nameof(nullRate), "null rate");
        Preconditions.Confidence(confidence, nameof(confidence));
        CheckMethod(method);
        var mean = nullRate * exposure;
        if (!(mean > 0) || double.IsInfinity(mean))
        {
            throw new ArgumentOutOfRangeException(
                nameof(nullRate), string.Create(CultureInfo.InvariantCulture, $"The null mean (rate × exposure) must be positive and finite; it was {mean:R}."));
        }

        var p = TwoSidedExact.PValue(new PoissonLaw(mean), count, (int)method, lowerFirst: false);
        Interval interval;
        if (method == ExactTwoSidedMethod.Central)
        {
            interval = PoissonInterval.ExactRate(count, exposure, confidence);
        }
        else
        {
            var (lower, upper) = TwoSidedExact.PoissonMean(count, 1 - confidence, method == ExactTwoSidedMethod.Blaker);
            interval = new Interval(lower / exposure, upper / exposure);
        }

        return new ExactTest(ExactTestKind.Poisson, count, exposure, nullRate, method, confidence, p, interval);
    }

    /// <summary>Gets the test as one English sentence.</summary>
    /// <returns>For example "Exact binomial test, two-sided (Blaker): 7 of 20 = 0.350 against 0.5: p = 0.263; 95% CI 0.165–0.567 contains the null value: not rejected."</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the test as one sentence in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence: the rule, the data, the p-value, the matching interval and the decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        var binomial = Kind == ExactTestKind.Binomial;
        var test = binomial
            ? Lang(language, "Exact binomial test", "Kiểm định nhị thức chính xác")
            : Lang(language, "Exact Poisson test", "Kiểm định Poisson chính xác");
        var data = binomial
            ? Lang(language, $"{Cells.Count(Count, language)} of {Cells.Count(Denominator, language)}", $"{Cells.Count(Count, language)}/{Cells.Count(Denominator, language)}")
            : Lang(language, $"{Cells.Count(Count, language)} over {Cells.Count(Denominator, language)}", $"{Cells.Count(Count, language)} trên {Cells.Count(Denominator, language)}");
        var decision = RejectsNull
            ? Lang(language, "excludes the null value: rejected", "không chứa giá trị giả thuyết: bác bỏ")
            : Lang(language, "contains the null value: not rejected", "chứa giá trị giả thuyết: không bác bỏ");
        return Lang(language, $"{test}, two-sided ({MethodName(Method, language)}): ", $"{test}, hai phía ({MethodName(Method, language)}): ")
            + $"{data} = {Value(Estimate, language)}"
            + Lang(language, " against ", " so với ") + Value(NullValue, language)
            + $": {PText(PValue, language)}; "
            + Lang(language, $"{Level(Confidence, language)} CI ", $"KTC {Level(Confidence, language)} ")
            + $"{Value(Interval.Lower, language)}–{Value(Interval.Upper, language)} {decision}.";
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Markdown.Document(ToString(language), Table(language));

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        CheckMaxRows(maxRows);
        return Div("ps-exact-test", Paragraph(ToString(language)), Table(language).ToHtml(maxRows));
    }

    /// <summary>The rule's name as the sentences and tables print it.</summary>
    internal static string MethodName(ExactTwoSidedMethod method, Language language) => method switch
    {
        ExactTwoSidedMethod.Central => Lang(language, "central", "trung tâm"),
        ExactTwoSidedMethod.MinLike => Lang(language, "minimum likelihood", "khả năng nhỏ nhất"),
        _ => Lang(language, "Blaker", "Blaker"),
    };

    /// <summary>The rule with its matching interval, for table notes: "central (Clopper–Pearson interval)".</summary>
    internal static string RuleDescription(ExactTwoSidedMethod method, Language language) => method switch
    {
        ExactTwoSidedMethod.Central => Lang(language, "central: twice the smaller tail, with the Clopper–Pearson interval", "trung tâm: gấp đôi đuôi nhỏ hơn, với khoảng Clopper–Pearson"),
        ExactTwoSidedMethod.MinLike => Lang(language, "minimum likelihood (Sterne): outcomes no more likely than the observed one, with the matching interval", "khả năng nhỏ nhất (Sterne): các kết quả không có khả năng cao hơn kết quả quan sát, với khoảng tương ứng"),
        _ => Lang(language, "Blaker: the observed tail plus the largest opposite tail not above it, with the matching interval", "Blaker: đuôi quan sát cộng đuôi đối diện lớn nhất không vượt quá nó, với khoảng tương ứng"),
    };

    internal static void CheckMethod(ExactTwoSidedMethod method)
    {
        if (method is < ExactTwoSidedMethod.Central or > ExactTwoSidedMethod.Blaker)
        {
            throw new ArgumentOutOfRangeException(
                nameof(method), string.Create(CultureInfo.InvariantCulture, $"The method must be a defined ExactTwoSidedMethod (Central, MinLike or Blaker); it was {(int)method}."));
        }
    }

    private static string PText(double p, Language language) => p < 0.001
        ? "p < " + NumberText.Decimal(0.001, 3, language)
        : "p = " + NumberText.Decimal(p, 3, language);

    /// <summary>A proportion or rate with four significant digits (at least three decimals), so that small rates do not print as 0.</summary>
    private static string Value(double value, Language language)
    {
        if (value == 0 || double.IsInfinity(value))
        {
            return NumberText.Decimal(value, 0, language);
        }

        var decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 3, 15);
        return NumberText.Decimal(value, decimals, language);
    }

    private static double Logistic(double theta) =>
        double.IsNegativeInfinity(theta) ? 0 : double.IsPositiveInfinity(theta) ? 1 : theta >= 0 ? 1 / (1 + Math.Exp(-theta)) : Math.Exp(theta) / (1 + Math.Exp(theta));

    private TextTable Table(Language language)
    {
        var binomial = Kind == ExactTestKind.Binomial;
        var t = new TextTable(
            binomial ? Lang(language, "Exact binomial test", "Kiểm định nhị thức chính xác") : Lang(language, "Exact Poisson test", "Kiểm định Poisson chính xác"),
            new TableColumn(Lang(language, "Quantity", "Chỉ số")),
            new TableColumn(Lang(language, "Value", "Giá trị"), CellAlign.Right));
        t.Row(binomial ? Lang(language, "Successes", "Số thành công") : Lang(language, "Count", "Số đếm"), Cells.Count(Count, language))
         .Row(binomial ? Lang(language, "Trials", "Số phép thử") : Lang(language, "Exposure", "Thời gian/quy mô"), Cells.Count(Denominator, language))
         .Row(binomial ? Lang(language, "Proportion", "Tỷ lệ") : Lang(language, "Rate", "Tỷ suất"), Value(Estimate, language))
         .Row(Lang(language, "Null value", "Giá trị giả thuyết"), Value(NullValue, language))
         .Row(Lang(language, "Two-sided rule", "Quy tắc hai phía"), MethodName(Method, language))
         .Row(Lang(language, "p-value (two-sided)", "Giá trị p (hai phía)"), P(PValue, language))
         .Row(Lang(language, $"Matching {Level(Confidence, language)} interval", $"Khoảng tin cậy {Level(Confidence, language)} tương ứng"), Value(Interval.Lower, language) + " – " + Value(Interval.Upper, language))
         .Row(Lang(language, "Null rejected", "Bác bỏ giả thuyết"), YesNo(RejectsNull, language))
         .Note(Lang(language, "Rule: ", "Quy tắc: ") + RuleDescription(Method, language) + Lang(language, ". p < α exactly when the interval excludes the null value.", ". p < α khi và chỉ khi khoảng tin cậy không chứa giá trị giả thuyết."));
        return t;
    }
}
