using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Estimation.IntervalText;
using static PublicSecurity.Stats.Text.Cells;

using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Estimation;

/// <summary>The table of clearance rates shared by <see cref="ClearanceRate"/> and <see cref="ClearanceSummary"/>.</summary>
internal static class ClearanceTables
{
    public static TextTable Rates(IReadOnlyList<(string Label, ClearanceRate Rate)> rates, Language language, string? caption = null)
    {
        var first = rates[0].Rate;
        var basis = first.Basis == ClearanceBasis.Period
            ? Lang(language, "period basis: cleared in the window ÷ occurred in the window", "theo kỳ: số vụ làm rõ trong kỳ ÷ số vụ xảy ra trong kỳ")
            : Lang(language, $"cohort basis: cases of the window cleared by {NumberText.Date(first.EvaluatedAt!.Value)}", $"theo nhóm án: số vụ của kỳ được làm rõ đến {NumberText.Date(first.EvaluatedAt!.Value)}");
        var t = new TextTable(
            caption ?? Lang(language, "Clearance rate", "Tỷ lệ điều tra làm rõ"),
            new TableColumn(Lang(language, "Crimes", "Loại tội phạm")),
            new TableColumn(Lang(language, "Cleared", "Làm rõ"), CellAlign.Right),
            new TableColumn(Lang(language, "Occurred", "Xảy ra"), CellAlign.Right),
            new TableColumn(Lang(language, "Rate", "Tỷ lệ"), CellAlign.Right),
            new TableColumn(Lang(language, "Interval", "Khoảng tin cậy"), CellAlign.Right),
            new TableColumn(Lang(language, "Target", "Chỉ tiêu"), CellAlign.Right),
            new TableColumn(Lang(language, "Above target", "Vượt chỉ tiêu")),
            new TableColumn(Lang(language, "Distance", "Chênh lệch"), CellAlign.Right));
        foreach (var (label, r) in rates)
        {
            t.Row(
                label,
                Count(r.Cleared, language),
                Count(r.Occurred, language),
                r.IsDefined ? Percent(r.Rate, language) : Lang(language, "undefined", "không xác định"),
                r.Interval is Interval i ? $"{Level(r.Confidence!.Value, language)}: {PercentInterval(i, language)}" : Dash,
                r.Target is double target ? Percent(target, language) : Dash,
                r.MeetsTarget is bool met ? YesNo(met, language) : Dash,
                r.DistanceToTarget is double d ? NumberText.PercentagePoints(d, 2, language) : Dash);
        }

        t.Note(Lang(language, "Basis: ", "Cách tính: ") + basis + ".");
        if (rates.Any(r => r.Rate.ExceedsOneHundredPercent))
        {
            t.Note(Lang(language, "A period rate above 100% is shown as is: clearances in the window include cases of earlier periods.", "Tỷ lệ theo kỳ trên 100% được giữ nguyên: số vụ làm rõ trong kỳ gồm cả án của các kỳ trước."));
        }

        if (rates.Any(r => r.Rate.IsImmature))
        {
            t.Note(Lang(language, "Immature: evaluated before the window ended, so recent cases have had less time to be cleared.", "Chưa đủ thời gian: đánh giá trước khi kỳ kết thúc, án gần đây chưa đủ thời gian điều tra."));
        }

        return t;
    }
}
