using System.Text;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>The honest sentences of comparisons and verdicts, in Vietnamese and English (DESIGN.md rule 7 formats).</summary>
internal static class ComparisonText
{
    public static string Significance(bool significant, Language language) => language == Language.Vietnamese
        ? (significant ? "có ý nghĩa thống kê" : "chưa có ý nghĩa thống kê")
        : (significant ? "statistically significant" : "not statistically significant");

    public static string PValue(double p, Language language) => p < 0.001
        ? "p < " + NumberText.Decimal(0.001, 3, language)
        : "p = " + NumberText.Decimal(p, 3, language);

    /// <summary>" (2023)" after a value of a named group; empty when the group has no name.</summary>
    public static string Named(LocalizedName? name, Language language) => name is null ? string.Empty : " (" + name.Get(language) + ")";

    public static string Ratio(double value, Language language) => NumberText.Decimal(value, 2, language);

    public static string Interval(Estimation.Interval interval, double confidence, Language language)
    {
        var level = NumberText.Decimal(confidence * 100, confidence * 100 % 1 == 0 ? 0 : 1, language) + "%";
        var range = Ratio(interval.Lower, language) + "–" + Ratio(interval.Upper, language);
        return language == Language.Vietnamese ? $"KTC {level} {range}" : $"{level} CI {range}";
    }

    /// <summary>"tỷ số 0,81, KTC 95% 0,67–0,99, p = 0,035" — the evidence of a defined test, by its two-sided rule (the p-value and the interval match).</summary>
    public static string Evidence(CountComparison c, Language language)
    {
        var ratio = language == Language.Vietnamese ? "tỷ số" : "rate ratio";
        return $"{ratio} {Ratio(c.RateRatio, language)}, {Interval(c.TwoSidedInterval, c.Confidence, language)}, {PValue(c.TwoSidedPValue, language)}";
    }

    public static string CountSentence(CountComparison c, Metric? metric, Language language)
    {
        _ = LocalizedNameCheck(language);
        var vi = language == Language.Vietnamese;
        // "số vụ giảm 45 vụ", but "accidents down 45", not "accidents down 45 accidents".
        var unit = metric is null || string.Equals(metric.Unit.Get(language), metric.Name.Get(language), StringComparison.Ordinal)
            ? string.Empty
            : " " + metric.Unit.Get(language);
        var name = metric is null ? string.Empty : metric.Name.Get(language) + " ";
        var sb = new StringBuilder();
        if (metric is null)
        {
            sb.Append(NumberText.Integer(c.Current, language))
              .Append(Named(c.CurrentName, language))
              .Append(vi ? " so với " : " against ")
              .Append(NumberText.Integer(c.Baseline, language))
              .Append(Named(c.BaselineName, language))
              .Append(": ");
        }
        else
        {
            sb.Append(name);
        }

        switch (c.Kind)
        {
            case ChangeKind.BothZero:
                sb.Append(vi ? "bằng 0 ở cả hai kỳ, không kiểm định được" : "zero in both periods, no test is defined");
                return Finish(sb, metric is null);
            case ChangeKind.NewFromZero:
                sb.Append(vi ? "tăng từ 0 lên " : "up from 0 to ")
                  .Append(NumberText.Integer(c.Current, language)).Append(unit).Append(" (");
                break;
            case ChangeKind.NoChange when c.AbsoluteChange == 0:
                sb.Append(vi ? "không đổi (" : "unchanged (")
                  .Append(NumberText.Integer(c.Current, language)).Append(unit).Append("; ");
                break;
            default:
                var down = c.AbsoluteChange < 0;
                sb.Append(vi ? (down ? "giảm " : "tăng ") : (down ? "down " : "up "))
                  .Append(NumberText.Integer(Math.Abs(c.AbsoluteChange), language)).Append(unit)
                  .Append(" (").Append(NumberText.Percent(c.PercentChange!.Value, 2, language, signed: true)).Append("; ");
                break;
        }

        sb.Append(Evidence(c, language)).Append(')');
        if (c.Kind is ChangeKind.Increase or ChangeKind.Decrease && Math.Sign(c.AbsoluteChange) != (c.Kind == ChangeKind.Increase ? 1 : -1))
        {
            // Exposures differ so much that counts and rates move in opposite directions: say which one the test is about.
            sb.Append(vi ? ", tính theo tỷ suất thì " : ", as a rate ")
              .Append(vi ? (c.Kind == ChangeKind.Increase ? "tăng" : "giảm") : (c.Kind == ChangeKind.Increase ? "an increase" : "a decrease"));
        }

        sb.Append(", ").Append(Significance(c.IsSignificant, language));
        if (c.IsSmallCount)
        {
            sb.Append(vi ? " (số nhỏ, dưới " : " (small counts, below ")
              .Append(NumberText.Integer(c.SmallCountThreshold, language)).Append(')');
        }

        return Finish(sb, metric is null);
    }

    private static string Finish(StringBuilder sb, bool standalone)
    {
        if (standalone)
        {
            sb.Append('.');
        }

        return sb.ToString();
    }

    private static Language LocalizedNameCheck(Language language) => language is Language.English or Language.Vietnamese
        ? language
        : throw new ArgumentOutOfRangeException(nameof(language), $"The language must be English or Vietnamese; it was {(int)language}.");
}
