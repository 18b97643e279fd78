using System.Globalization;
using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Targets;

/// <summary>The tables and sentences of the year-end projections, in both languages.</summary>
internal static class TargetTables
{
    public static TextTable Count(CountProjection r, Language language)
    {
        var k = r.MonthsObserved;
        var t = Summary(Lang(language, $"Year-end projection: {r.Series.Name(language)}", $"Dự báo cuối năm: {r.Series.Name(language)}"), language);
        t.Row(Lang(language, $"Observed, months 1–{k} of {r.Year}", $"Đã ghi nhận, tháng 1–{k}/{r.Year}"), Cells.Count(r.ObservedSoFar, language));
        t.Row(Lang(language, $"Expected, months {Remaining(k)} of {r.Year}", $"Dự kiến, tháng {Remaining(k)}/{r.Year}"), NumberText.Decimal(r.ProjectedTotal - r.ObservedSoFar, 1, language));
        t.Row(Lang(language, "Projected full year", "Dự báo cả năm"), NumberText.Decimal(r.ProjectedTotal, 1, language));
        t.Row(Interval(r.Options, language), Cells.Count(r.Lower, language) + " – " + Cells.Count(r.Upper, language));
        t.Row(Lang(language, "Target", "Chỉ tiêu"), CountTarget(r, language));
        t.Row(Lang(language, "Probability of meeting the target", "Xác suất đạt chỉ tiêu"), NumberText.Percent(r.ProbabilityOfMeetingTarget, 1, language));
        t.Row(Lang(language, "Trend per year", "Xu hướng mỗi năm"), NumberText.Percent(Math.Exp(r.Fit.YearTrend) - 1, 1, language, signed: true));
        t.Row(
            Lang(language, "θ (negative binomial size)", "θ (tham số nhị thức âm)"),
            NumberText.Decimal(r.Fit.Theta, 2, language) + (r.Fit.ThetaStandardError is double se ? " ± " + NumberText.Decimal(se, 2, language) : string.Empty));
        var f = r.Fit;
        t.Note(Lang(
            language,
            $"Negative binomial GLM on month of year with a yearly trend (as R's glm.nb), fitted to {r.Series.Length} months; the months left simulated {Draws(r.Options, language)} times (seed {Seed(r.Options)}), each time with coefficients and θ drawn from their estimated uncertainty.",
            $"Mô hình GLM nhị thức âm theo tháng trong năm và xu hướng theo năm (như glm.nb của R), ước lượng trên {r.Series.Length} tháng; các tháng còn lại được mô phỏng {Draws(r.Options, language)} lần (hạt giống {Seed(r.Options)}), mỗi lần với các hệ số và θ rút theo độ bất định đã ước lượng."));
        if (f.IsThetaAtIterationLimit)
        {
            t.Note(Lang(language, "θ reached its iteration limit: the counts vary no more than Poisson counts.", "θ đạt giới hạn số vòng lặp: số đếm không phân tán hơn phân phối Poisson."));
        }

        if (!f.IsConverged)
        {
            t.Note(Lang(language, "The fit did not converge within 25 alternations.", "Mô hình chưa hội tụ sau 25 vòng lặp."));
        }

        t.Note(CountStatement(r, language));
        return t;
    }

    public static TextTable CountMonths(CountProjection r, Language language)
    {
        var t = new TextTable(
            Lang(language, $"Months of {r.Year}", $"Các tháng năm {r.Year}"),
            new TableColumn(Lang(language, "Month", "Tháng")),
            new TableColumn(Lang(language, "Observed", "Quan sát"), CellAlign.Right),
            new TableColumn(Lang(language, "Expected", "Dự kiến"), CellAlign.Right));
        var first = r.Series.Length - r.MonthsObserved;
        for (var m = 1; m <= 12; m++)
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"{m:00}/{r.Year}");
            t.Row(
                label,
                m <= r.MonthsObserved ? Cells.Count(r.Series.Counts[first + m - 1], language) : Dash,
                m <= r.MonthsObserved ? Dash : NumberText.Decimal(r.Fit.ExpectedRemaining[m - r.MonthsObserved - 1], 1, language));
        }

        return t;
    }

    public static TextTable Clearance(ClearanceProjection r, Language language)
    {
        var k = r.MonthsObserved;
        var t = Summary(Lang(language, "Year-end projection: clearance rate", "Dự báo cuối năm: tỷ lệ điều tra làm rõ"), language);
        t.Row(Lang(language, $"Cleared / cases, months 1–{k}", $"Làm rõ / số vụ, tháng 1–{k}"), Cells.Count(r.ClearedSoFar, language) + " / " + Cells.Count(r.CasesSoFar, language));
        t.Row(Lang(language, "Rate so far", "Tỷ lệ đến nay"), NumberText.Percent(r.RateSoFar, 1, language));
        t.Row(Lang(language, $"Cases expected, months {Remaining(k)}", $"Số vụ dự kiến, tháng {Remaining(k)}"), Cells.Count(r.RemainingCases, language));
        t.Row(Lang(language, "Projected full-year rate", "Dự báo tỷ lệ cả năm"), NumberText.Percent(r.ProjectedRate, 1, language));
        t.Row(Interval(r.Options, language), NumberText.Percent(r.Lower, 1, language) + " – " + NumberText.Percent(r.Upper, 1, language));
        t.Row(Lang(language, "Target", "Chỉ tiêu"), Lang(language, "above ", "trên ") + NumberText.Percent(r.Target, 1, language));
        t.Row(Lang(language, "Probability of meeting the target", "Xác suất đạt chỉ tiêu"), NumberText.Percent(r.ProbabilityOfMeetingTarget, 1, language));
        t.Row(
            Lang(language, "ρ (month-to-month variation)", "ρ (biến động giữa các tháng)"),
            r.IsOverdispersionEstimated ? NumberText.Decimal(r.Overdispersion, 3, language) : Lang(language, "0 (not estimable from the months)", "0 (không ước lượng được từ các tháng)"));
        t.Note(Lang(
            language,
            $"Beta-binomial on the months so far (method of moments); the months left simulated {Draws(r.Options, language)} times (seed {Seed(r.Options)}), the mean rate drawn from its uncertainty, each month's rate from the beta, its clearances from the binomial.",
            $"Mô hình beta-nhị thức trên các tháng đã qua (phương pháp mô-men); các tháng còn lại được mô phỏng {Draws(r.Options, language)} lần (hạt giống {Seed(r.Options)}), tỷ lệ trung bình rút theo độ bất định, tỷ lệ mỗi tháng theo phân phối beta, số vụ làm rõ theo phân phối nhị thức."));
        t.Note(ClearanceStatement(r, language));
        return t;
    }

    public static string CountStatement(CountProjection r, Language language)
    {
        var observed = Cells.Count(r.ObservedSoFar, language);
        var projected = NumberText.Decimal(r.ProjectedTotal, 1, language);
        var range = Cells.Count(r.Lower, language) + "–" + Cells.Count(r.Upper, language);
        var level = Level(r.Options.Confidence, language);
        var p = NumberText.Percent(r.ProbabilityOfMeetingTarget, 1, language);
        var criterion = MonthlySeries.CriterionName(r.Series.Criterion, language);
        return Lang(
            language,
            $"{r.Year}: {r.MonthsObserved} month{(r.MonthsObserved == 1 ? string.Empty : "s")} observed, {observed} {criterion}; projected full year {projected} ({level} prediction interval {range}); target {CountTarget(r, language)}, met with probability {p}.",
            $"Năm {r.Year}: {r.MonthsObserved} tháng đã qua ghi nhận {observed} ({criterion}); dự báo cả năm {projected} (khoảng dự báo {level}: {range}); chỉ tiêu {CountTarget(r, language)}, xác suất hoàn thành {p}.");
    }

    public static string ClearanceStatement(ClearanceProjection r, Language language)
    {
        var cleared = Cells.Count(r.ClearedSoFar, language) + "/" + Cells.Count(r.CasesSoFar, language);
        var rate = NumberText.Percent(r.RateSoFar, 1, language);
        var projected = NumberText.Percent(r.ProjectedRate, 1, language);
        var range = NumberText.Percent(r.Lower, 1, language) + "–" + NumberText.Percent(r.Upper, 1, language);
        var level = Level(r.Options.Confidence, language);
        var target = NumberText.Percent(r.Target, 1, language);
        var p = NumberText.Percent(r.ProbabilityOfMeetingTarget, 1, language);
        return Lang(
            language,
            $"{r.MonthsObserved} month{(r.MonthsObserved == 1 ? string.Empty : "s")} observed: {cleared} cases cleared ({rate}); projected full-year clearance rate {projected} ({level} prediction interval {range}); target above {target}, met with probability {p}.",
            $"{r.MonthsObserved} tháng đã qua: làm rõ {cleared} vụ ({rate}); dự báo tỷ lệ điều tra làm rõ cả năm {projected} (khoảng dự báo {level}: {range}); chỉ tiêu trên {target}, xác suất hoàn thành {p}.");
    }

    private static TextTable Summary(string caption, Language language) => new(
        caption,
        new TableColumn(Lang(language, "Quantity", "Chỉ số")),
        new TableColumn(Lang(language, "Value", "Giá trị"), CellAlign.Right));

    private static string Remaining(int monthsObserved) => monthsObserved == 11 ? "12" : string.Create(CultureInfo.InvariantCulture, $"{monthsObserved + 1}–12");

    private static string Interval(YearEndOptions options, Language language) =>
        Lang(language, $"{Level(options.Confidence, language)} prediction interval", $"Khoảng dự báo {Level(options.Confidence, language)}");

    private static string CountTarget(CountProjection r, Language language) =>
        (r.Direction == TargetDirection.AtMost ? Lang(language, "at most ", "không quá ") : Lang(language, "at least ", "ít nhất ")) + Cells.Count(r.Target, language);

    private static string Draws(YearEndOptions options, Language language) => NumberText.Integer(options.Draws, language);

    private static string Seed(YearEndOptions options) => options.Seed.ToString(CultureInfo.InvariantCulture);
}
