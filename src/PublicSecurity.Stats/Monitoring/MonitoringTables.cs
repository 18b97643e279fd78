using System.Globalization;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>The tables and chart data of the monitoring results, in both languages.</summary>
internal static class MonitoringTables
{
    /// <summary>How many months before the monitored ones a chart shows.</summary>
    private const int HistoryShown = 24;

    public static TextTable Farrington(FarringtonResult r, Language language)
    {
        var t = new TextTable(
            Lang(language, $"Improved Farrington monitoring: {r.Series.Name(language)}", $"Giám sát theo phương pháp Farrington cải tiến: {r.Series.Name(language)}"),
            new TableColumn(Lang(language, "Month", "Tháng")),
            new TableColumn(Lang(language, "Observed", "Quan sát"), CellAlign.Right),
            new TableColumn(Lang(language, "Expected", "Kỳ vọng"), CellAlign.Right),
            new TableColumn(Lang(language, "Threshold", "Ngưỡng trên"), CellAlign.Right),
            new TableColumn(Lang(language, "Score", "Điểm"), CellAlign.Right),
            new TableColumn(Lang(language, "Alarm", "Cảnh báo")));
        foreach (var m in r.Months)
        {
            t.Row(
                Month(m.Period),
                Count(m.Observed, language),
                Value(m.Expected, 1, language),
                Value(m.UpperBound, 1, language),
                Value(m.Score, 2, language),
                !m.IsFitted ? Lang(language, "no fit", "không ước lượng được") : YesNo(m.Alarm, language));
        }

        var o = r.Options;
        t.Note(Lang(
            language,
            $"Quasi-Poisson GLM on the same months of the last {o.YearsBack} years (±{o.HalfWindow} months){(o.SeasonalPeriods > 1 ? $" and the months between them in {o.SeasonalPeriods} seasonal periods" : string.Empty)}; {(o.Trend ? "trend kept when significant at " + NumberText.Decimal(o.TrendPValueThreshold, 2, language) : "no trend")}; {(o.Reweight ? "past outbreaks down-weighted" : "no reweighting")}; offset: {OffsetName(o.Offset, language)}; threshold: {ThresholdName(o, language)} at α = {NumberText.Decimal(o.Alpha, 2, language)}; no alarm while the last {o.MinimumCasesMonths} months count fewer than {o.MinimumCases} in all.",
            $"Mô hình GLM tựa Poisson trên cùng tháng của {o.YearsBack} năm trước (±{o.HalfWindow} tháng){(o.SeasonalPeriods > 1 ? $" và các tháng xen giữa chia thành {o.SeasonalPeriods} giai đoạn mùa vụ" : string.Empty)}; {(o.Trend ? "giữ xu hướng khi có ý nghĩa ở mức " + NumberText.Decimal(o.TrendPValueThreshold, 2, language) : "không có xu hướng")}; {(o.Reweight ? "giảm trọng số các đợt bùng phát trước" : "không điều chỉnh trọng số")}; hiệu chỉnh: {OffsetName(o.Offset, language)}; ngưỡng: {ThresholdName(o, language)} với α = {NumberText.Decimal(o.Alpha, 2, language)}; không cảnh báo khi tổng số đếm của {o.MinimumCasesMonths} tháng gần nhất dưới {o.MinimumCases}."));
        t.Note(AlarmSentence(r.AlarmCount, r.Months.Count, language));
        return t;
    }

    public static TextTable Glr(GlrResult r, Language language)
    {
        var o = r.Options;
        var valueHeader = o.ReturnCases ? Lang(language, "Count for an alarm", "Số cần để cảnh báo") : Lang(language, "Statistic", "Thống kê");
        var t = new TextTable(
            Lang(language, $"{DetectorName(o, Language.English)} monitoring: {r.Series.Name(language)}", $"Giám sát bằng {DetectorName(o, Language.Vietnamese)}: {r.Series.Name(language)}"),
            new TableColumn(Lang(language, "Month", "Tháng")),
            new TableColumn(Lang(language, "Observed", "Quan sát"), CellAlign.Right),
            new TableColumn(Lang(language, "In-control mean", "Trung bình kiểm soát"), CellAlign.Right),
            new TableColumn(valueHeader, CellAlign.Right),
            new TableColumn(Lang(language, "Alarm", "Cảnh báo")));
        foreach (var m in r.Months)
        {
            t.Row(Month(m.Period), Count(m.Observed, language), NumberText.Decimal(m.Baseline, 2, language), NumberText.Decimal(m.UpperBound, o.ReturnCases ? 0 : 3, language), YesNo(m.Alarm, language));
        }

        var threshold = NumberText.Decimal(o.Threshold, 2, language);
        var window = o.Window is int w
            ? Lang(language, $"a change starting at most {w} months back", $"thay đổi bắt đầu trong vòng {w} tháng")
            : Lang(language, "a change starting at any month since the start or the last alarm", "thay đổi bắt đầu từ bất kỳ tháng nào kể từ đầu hoặc lần cảnh báo trước");
        t.Note(Lang(
            language,
            $"Looks for {(o.Direction == ChangeDirection.Increase ? "an increase" : "a decrease")} of the mean{(o.FixedChange is double k ? " by a factor " + NumberText.Decimal(Math.Exp(k), 2, language) : string.Empty)}, {window}; {(o.Alpha == 0 ? "Poisson counts" : "negative binomial counts with α = " + NumberText.Decimal(o.Alpha, 3, language))}; an alarm when the statistic reaches the threshold c = {threshold} (a larger c gives a longer run length between false alarms), after which the detector restarts.",
            $"Tìm {(o.Direction == ChangeDirection.Increase ? "sự tăng" : "sự giảm")} của trung bình{(o.FixedChange is double k2 ? " theo hệ số " + NumberText.Decimal(Math.Exp(k2), 2, language) : string.Empty)}, {window}; {(o.Alpha == 0 ? "số đếm Poisson" : "số đếm nhị thức âm với α = " + NumberText.Decimal(o.Alpha, 3, language))}; cảnh báo khi thống kê đạt ngưỡng c = {threshold} (c càng lớn thì khoảng cách giữa các cảnh báo sai càng dài), sau đó bộ phát hiện bắt đầu lại."));
        t.Note(AlarmSentence(r.AlarmCount, r.Months.Count, language));
        return t;
    }

    public static string FarringtonSvg(FarringtonResult r, Language language, string? title) => Svg(
        r.Series, r.Months.Count, i => (r.Months[i].Expected, r.Months[i].UpperBound, r.Months[i].Alarm), language, title,
        Lang(language, "expected", "kỳ vọng"), Lang(language, "threshold", "ngưỡng trên"));

    public static string GlrSvg(GlrResult r, Language language, string? title)
    {
        var counts = r.Options.ReturnCases && r.Options.Direction == ChangeDirection.Increase;
        return Svg(
            r.Series, r.Months.Count, i => (r.Months[i].Baseline, counts ? r.Months[i].UpperBound : null, r.Months[i].Alarm), language, title,
            Lang(language, "in-control mean", "trung bình kiểm soát"), Lang(language, "count for an alarm", "số cần để cảnh báo"));
    }

    private static string Svg(MonthlySeries series, int monitored, Func<int, (double? Expected, double? Threshold, bool Alarm)> at, Language language, string? title, string expectedName, string thresholdName) =>
        Charts.MonitoredSeries(
            title ?? DefaultTitle(series, monitored, language),
            Lang(language, "count per month", "số đếm mỗi tháng"),
            expectedName,
            thresholdName,
            Points(series, monitored, at),
            language);

    /// <summary>The series' name and, when the chart starts after the series does, the months it shows.</summary>
    private static string DefaultTitle(MonthlySeries series, int monitored, Language language)
    {
        var start = FirstShown(series, monitored);
        var shown = start == 0
            ? string.Empty
            : Lang(language, $" (shown: {series.MonthLabel(start)}–{series.MonthLabel(series.Length - 1)})", $" (hiển thị {series.MonthLabel(start)}–{series.MonthLabel(series.Length - 1)})");
        return Lang(language, $"Monitoring {series.Name(language)}{shown}", $"Giám sát {series.Name(language)}{shown}");
    }

    private static int FirstShown(MonthlySeries series, int monitored) => Math.Max(0, series.Length - monitored - HistoryShown);

    private static List<MonitoredPoint> Points(MonthlySeries series, int monitored, Func<int, (double? Expected, double? Threshold, bool Alarm)> at)
    {
        var first = series.Length - monitored;
        var start = FirstShown(series, monitored);
        var points = new List<MonitoredPoint>(series.Length - start);
        for (var i = start; i < series.Length; i++)
        {
            var (e, t, a) = i >= first ? at(i - first) : (null, null, false);
            points.Add(new MonitoredPoint(series.MonthLabel(i), series.Months[i].Index == 1, series.Counts[i], e, t, a));
        }

        return points;
    }

    private static string Month(ReportingPeriod p) => p.Index is int m && p.Year is int y ? string.Create(CultureInfo.InvariantCulture, $"{m:00}/{y}") : p.ToString();

    private static string Value(double? v, int decimals, Language language) => v is double x && double.IsFinite(x) ? NumberText.Decimal(x, decimals, language) : "—";

    private static string AlarmSentence(int alarms, int months, Language language) => Lang(
        language,
        $"{alarms} alarm{(alarms == 1 ? string.Empty : "s")} in {months} monitored month{(months == 1 ? string.Empty : "s")}.",
        $"{alarms} cảnh báo trong {months} tháng được giám sát.");

    private static string OffsetName(MonitoringOffset offset, Language language) => offset switch
    {
        MonitoringOffset.Days => Lang(language, "days in the month", "số ngày của tháng"),
        MonitoringOffset.Population => Lang(language, "population of the year", "dân số của năm"),
        _ => Lang(language, "none", "không"),
    };

    private static string ThresholdName(FarringtonOptions o, Language language) => o.Threshold switch
    {
        FarringtonThreshold.Delta => Lang(
            language,
            $"delta method on the {(o.Transform == PowerTransform.TwoThirds ? "2/3 power" : o.Transform == PowerTransform.SquareRoot ? "square root" : "count")}",
            $"phương pháp delta trên {(o.Transform == PowerTransform.TwoThirds ? "lũy thừa 2/3" : o.Transform == PowerTransform.SquareRoot ? "căn bậc hai" : "số đếm")}"),
        FarringtonThreshold.NegativeBinomialPlugIn => Lang(language, "negative binomial quantile", "phân vị nhị thức âm"),
        _ => Lang(language, "negative binomial quantile at the mean's upper bound", "phân vị nhị thức âm tại cận trên của trung bình"),
    };

    private static string DetectorName(GlrOptions o, Language language) => (o.FixedChange is null, language) switch
    {
        (true, Language.Vietnamese) => "CUSUM tỷ số hợp lý tổng quát (GLR)",
        (true, _) => "GLR CUSUM",
        (false, Language.Vietnamese) => "CUSUM tỷ số hợp lý (LR)",
        _ => "LR CUSUM",
    };
}
