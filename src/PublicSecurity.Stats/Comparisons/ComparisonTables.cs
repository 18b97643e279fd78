using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Estimation.IntervalText;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>The tables and charts of comparison results, shared by their text, Markdown and HTML renderers.</summary>
internal static class ComparisonTables
{
    public static TextTable Count(CountComparison c, Language language)
    {
        var t = new TextTable(
            Lang(language, "Comparison of two counts", "So sánh hai số đếm"),
            new TableColumn(Lang(language, "Quantity", "Chỉ số")),
            new TableColumn(Lang(language, "Value", "Giá trị"), CellAlign.Right));
        var current = c.CurrentName?.Get(language);
        var baseline = c.BaselineName?.Get(language);
        t.Row(current ?? Lang(language, "Current count", "Kỳ này"), Cells.Count(c.Current, language))
         .Row(baseline ?? Lang(language, "Baseline count", "Kỳ so sánh"), Cells.Count(c.Baseline, language))
         .Row(
            current is null || baseline is null
                ? Lang(language, "Exposures (current / baseline)", "Thời gian/quy mô (kỳ này / kỳ so sánh)")
                : Lang(language, $"Exposures ({current} / {baseline})", $"Thời gian/quy mô ({current} / {baseline})"),
            Cells.Count(c.CurrentExposure, language) + " / " + Cells.Count(c.BaselineExposure, language))
         .Row(Lang(language, "Absolute change", "Thay đổi tuyệt đối"), NumberText.Integer(c.AbsoluteChange, language, signed: true))
         .Row(Lang(language, "Percent change", "Thay đổi (%)"), c.PercentChange is double pc ? Percent(pc, language, signed: true) : Lang(language, "undefined (baseline 0)", "không xác định (kỳ so sánh bằng 0)"))
         .Row(Lang(language, "Change kind", "Loại thay đổi"), Kind(c.Kind, language));
        if (c.IsTestDefined)
        {
            var level = Level(c.Confidence, language);
            var rule = ExactTest.MethodName(c.TwoSidedMethod, language);
            t.Row(Lang(language, "Rate ratio", "Tỷ số tỷ suất"), Ratio(c.RateRatio, language))
             .Row(Lang(language, "Two-sided rule", "Quy tắc hai phía"), rule)
             .Row(Lang(language, $"Exact {level} interval ({rule})", $"Khoảng tin cậy chính xác {level} ({rule})"), Interval(c.TwoSidedInterval, language))
             .Row(Lang(language, $"Mid-p {level} interval", $"Khoảng tin cậy mid-p {level}"), Interval(c.MidPInterval, language))
             .Row(Lang(language, $"Exact p-value (two-sided, {rule})", $"Giá trị p chính xác (hai phía, {rule})"), P(c.TwoSidedPValue, language))
             .Row(Lang(language, "Mid-p value (two-sided)", "Giá trị mid-p (hai phía)"), P(c.MidPPValue, language))
             .Row(Lang(language, "Statistically significant", "Có ý nghĩa thống kê"), YesNo(c.IsSignificant, language));
        }
        else
        {
            t.Row(Lang(language, "Test", "Kiểm định"), Lang(language, "undefined: both counts are 0", "không xác định: cả hai số đếm bằng 0"));
        }

        if (c.IsSmallCount)
        {
            t.Note(Lang(language, $"Small counts (below {c.SmallCountThreshold}): percent changes swing widely.", $"Số nhỏ (dưới {c.SmallCountThreshold}): tỷ lệ thay đổi dao động mạnh."));
        }

        return t;
    }

    public static TextTable Verdict(ChangeVerdict v, Language language)
    {
        var level = Level(v.Confidence, language);
        var rule = ExactTest.MethodName(v.TwoSidedMethod, language);
        var t = new TextTable(
            v.Subject.Get(language),
            new TableColumn(Lang(language, "Metric", "Tiêu chí")),
            new TableColumn(Lang(language, "Current", "Kỳ này"), CellAlign.Right),
            new TableColumn(Lang(language, "Baseline", "Cùng kỳ"), CellAlign.Right),
            new TableColumn(Lang(language, "Change", "Tăng/giảm"), CellAlign.Right),
            new TableColumn(Lang(language, "Change %", "Tăng/giảm %"), CellAlign.Right),
            new TableColumn(Lang(language, "Rate ratio", "Tỷ số"), CellAlign.Right),
            new TableColumn(Lang(language, $"{level} CI (exact, {rule})", $"KTC {level} (chính xác, {rule})"), CellAlign.Right),
            new TableColumn(Lang(language, $"p (exact, {rule})", $"p (chính xác, {rule})"), CellAlign.Right),
            new TableColumn(Lang(language, "Significant", "Ý nghĩa thống kê")));
        foreach (var m in v.Metrics)
        {
            var c = m.Comparison;
            t.Row(
                m.Metric.Name.Get(language),
                Cells.Count(c.Current, language),
                Cells.Count(c.Baseline, language),
                NumberText.Integer(c.AbsoluteChange, language, signed: true),
                Percent(c.PercentChange, language, signed: true),
                c.IsTestDefined ? Ratio(c.RateRatio, language) : Dash,
                c.IsTestDefined ? Interval(c.TwoSidedInterval, language) : Dash,
                c.IsTestDefined ? P(c.TwoSidedPValue, language) : Dash,
                c.IsTestDefined ? YesNo(c.IsSignificant, language) : Lang(language, "no test", "không kiểm định"));
        }

        t.Note(Lang(
            language,
            $"Exposures: {Cells.Count(v.Metrics[0].Comparison.CurrentExposure, language)} against {Cells.Count(v.Metrics[0].Comparison.BaselineExposure, language)}. A metric changed significantly when its exact interval excludes 1, which is when its two-sided p-value is below α = 1 − confidence (rule: {ExactTest.RuleDescription(v.TwoSidedMethod, language)}); \"all decreased significantly\" is the intersection–union test; increases are Holm-adjusted.",
            $"Thời gian/quy mô: {Cells.Count(v.Metrics[0].Comparison.CurrentExposure, language)} so với {Cells.Count(v.Metrics[0].Comparison.BaselineExposure, language)}. Một tiêu chí thay đổi có ý nghĩa thống kê khi khoảng tin cậy chính xác không chứa 1, tức là khi giá trị p hai phía nhỏ hơn α = 1 − độ tin cậy (quy tắc: {ExactTest.RuleDescription(v.TwoSidedMethod, language)}); \"giảm có ý nghĩa cả … tiêu chí\" dùng kiểm định giao–hợp; các mức tăng hiệu chỉnh Holm."));
        return t;
    }

    public static string VerdictSvg(ChangeVerdict v, Language language)
    {
        var rows = v.Metrics.Where(m => m.Comparison.IsTestDefined).Select(m =>
        {
            var c = m.Comparison;
            var note = (c.PercentChange is double pc ? Percent(pc, language, signed: true) : Lang(language, "new", "mới"))
                + ", " + ComparisonText.PValue(c.TwoSidedPValue, language);
            return new ChangeRow(m.Metric.Name.Get(language), c.RateRatio, c.TwoSidedInterval.Lower, c.TwoSidedInterval.Upper, note, c.IsSignificant);
        }).ToList();
        var level = Level(v.Confidence, language);
        var rule = ExactTest.MethodName(v.TwoSidedMethod, language);
        return Charts.Changes(
            Lang(language, $"{v.Subject.English}: rate ratios with exact {level} intervals ({rule})", $"{v.Subject.Vietnamese}: tỷ số và khoảng tin cậy chính xác {level} ({rule})"),
            Lang(language, "Rate ratio (current ÷ baseline), log scale; 1 = no change", "Tỷ số (kỳ này ÷ kỳ so sánh), thang logarit; 1 = không đổi"),
            rows,
            language);
    }

    public static TextTable Proportion(ProportionComparison c, Language language)
    {
        var level = Level(c.Confidence, language);
        var t = new TextTable(
            Lang(language, "Comparison of two proportions", "So sánh hai tỷ lệ"),
            new TableColumn(Lang(language, "Quantity", "Chỉ số")),
            new TableColumn(Lang(language, "Value", "Giá trị"), CellAlign.Right));
        t.Row(c.Group1Name?.Get(language) ?? Lang(language, "Group 1", "Nhóm 1"), $"{Cells.Count(c.Successes1, language)} / {Cells.Count(c.Trials1, language)} = {Percent(c.Proportion1, language)}")
         .Row(c.Group2Name?.Get(language) ?? Lang(language, "Group 2", "Nhóm 2"), $"{Cells.Count(c.Successes2, language)} / {Cells.Count(c.Trials2, language)} = {Percent(c.Proportion2, language)}")
         .Row(Lang(language, "Difference", "Chênh lệch"), NumberText.PercentagePoints(c.Difference, 2, language))
         .Row(Lang(language, $"Newcombe {level} interval", $"Khoảng tin cậy Newcombe {level}"), NumberText.PercentagePoints(c.NewcombeInterval.Lower, 2, language) + " … " + NumberText.PercentagePoints(c.NewcombeInterval.Upper, 2, language))
         .Row(Lang(language, "Fisher exact p", "p (Fisher)"), P(c.FisherPValue, language))
         .Row(Lang(language, "Chi-square (no correction)", "Khi bình phương (không hiệu chỉnh)"), c.ChiSquareStatistic is double x ? Ratio(x, language) : Lang(language, "undefined (a margin is 0)", "không xác định (một biên bằng 0)"))
         .Row(Lang(language, "Chi-square p", "p (khi bình phương)"), c.ChiSquarePValue is double p ? P(p, language) : Dash)
         .Row(Lang(language, "Relative change", "Thay đổi tương đối"), c.RelativeChange is double r ? Percent(r, language, signed: true) : Lang(language, "undefined (p₂ = 0)", "không xác định (p₂ = 0)"));
        return t;
    }

    public static string Kind(ChangeKind kind, Language language) => kind switch
    {
        ChangeKind.Increase => Lang(language, "increase", "tăng"),
        ChangeKind.Decrease => Lang(language, "decrease", "giảm"),
        ChangeKind.NoChange => Lang(language, "no change", "không đổi"),
        ChangeKind.NewFromZero => Lang(language, "new (from 0)", "mới (từ 0)"),
        _ => Lang(language, "both zero", "cả hai bằng 0"),
    };

    public static string Html(string cssClass, string sentence, TextTable table, int maxRows, string? svg = null)
    {
        Cells.CheckMaxRows(maxRows);
        return svg is null
            ? Cells.Div(cssClass, Cells.Paragraph(sentence), table.ToHtml(maxRows))
            : Cells.Div(cssClass, Cells.Paragraph(sentence), table.ToHtml(maxRows), svg);
    }
}
