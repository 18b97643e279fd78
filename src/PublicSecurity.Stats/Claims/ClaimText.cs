using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Claims;

/// <summary>The one table every rendering of a <see cref="ClaimCheck"/> prints: the arithmetic and the inference, each named.</summary>
internal static class ClaimText
{
    /// <summary>A decimal in the language, with at most two decimals when it has more ("90.91"), else as it is ("87.44", "1,350,000").</summary>
    public static string Number(decimal value, Language language)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("#,0.##", CultureInfo.InvariantCulture).Replace('-', '\u2212');
        return language == Language.Vietnamese ? text.Replace(',', ' ').Replace('.', ',').Replace(' ', '.') : text;
    }

    public static TextTable Table(ClaimCheck check, Language language)
    {
        Preconditions.Defined(language, nameof(language));
        var vi = language == Language.Vietnamese;
        var claim = check.Claim;
        var period = check.Period is null ? string.Empty : " — " + check.Period.ToString(language);
        var measure = check.Measure is null ? string.Empty : $" [{check.Measure}]";
        var caption = vi
            ? $"Kiểm tra số liệu công bố: “{claim.Text}” ({claim.ToString(language)}, {KindName(claim.Kind, language)}){measure}{period}"
            : $"Claim check: “{claim.Text}” ({claim.ToString(language)}, {KindName(claim.Kind, language)}){measure}{period}";
        var table = new TextTable(caption, new TableColumn(vi ? "Phần" : "Part"), new TableColumn(vi ? "Kết quả" : "Result"));
        var unit = UnitSuffix(claim);
        if (check.Status == ClaimStatus.NotCheckable)
        {
            table.Row(vi ? "Số học" : "Arithmetic", NotCheckable(check, language));
            table.Row(vi ? "Suy luận" : "Inference", vi ? "không có: không có số liệu để kiểm tra" : "none: there are no counts to test");
        }
        else
        {
            table.Row(vi ? "Cách viết cho phép" : "The wording allows", check.Allowed is null ? Cells.Dash : check.Allowed.Describe(language, unit));
            table.Row(vi ? "Số liệu cho" : "The counts give", Observed(check, language, unit));
            table.Row(
                vi ? "Số học" : "Arithmetic",
                check.Status == ClaimStatus.Consistent
                    ? (vi ? "khớp: số liệu cho một giá trị mà cách viết cho phép" : "consistent: the counts give a value the wording allows")
                    : (vi ? "không khớp: số liệu cho một giá trị mà cách viết không cho phép" : "not consistent: the counts give a value the wording does not allow"));
            if (claim.Kind != FigureKind.Rank)
            {
                table.Row(vi ? "Số liệu để đúng" : "Counts that make it so", Satisfying(check, language, unit));
            }

            foreach (var e in check.RankEvidence)
            {
                table.Row(
                    vi ? $"Thứ hạng theo {e.Measure.NameIn(language)}" : $"Rank by {e.Measure.NameIn(language)}",
                    RankLine(e, language));
            }

            table.Row(vi ? "Suy luận" : "Inference", Inference(check, language));
        }

        table.Note(vi
            ? "Số học: con số có đúng là điều số liệu cho hay không. Suy luận: thay đổi hay thứ hạng có vượt quá mức ngẫu nhiên hay không."
            : "Arithmetic: whether the figure is what the counts give. Inference: whether the change or the rank is more than chance.");
        if (claim.Qualifier is FigureQualifier.About or FigureQualifier.Nearly && check.Status != ClaimStatus.NotCheckable)
        {
            var tolerance = claim.Qualifier == FigureQualifier.About ? check.Options.AboutTolerance : check.Options.NearlyTolerance;
            var pct = Number(tolerance * 100m, language) + "%";
            table.Note(claim.Qualifier == FigureQualifier.About
                ? (vi ? $"“Khoảng” được hiểu là trong phạm vi {pct} về hai phía (tham số nêu rõ, có thể thay đổi)." : $"“About” is taken as within {pct} on either side (a stated parameter, which can be changed).")
                : (vi ? $"“Gần” được hiểu là trong phạm vi {pct} bên dưới và không vượt quá (tham số nêu rõ, có thể thay đổi)." : $"“Nearly” is taken as within {pct} below and not above (a stated parameter, which can be changed)."));
        }

        return table;
    }

    private static string KindName(FigureKind kind, Language language) => (kind, language == Language.Vietnamese) switch
    {
        (FigureKind.Share, false) => "a share",
        (FigureKind.Share, true) => "tỷ lệ",
        (FigureKind.Count, false) => "a count",
        (FigureKind.Count, true) => "số lượng",
        (FigureKind.Mass, false) => "a mass",
        (FigureKind.Mass, true) => "khối lượng",
        (FigureKind.Change, false) => "a change",
        (FigureKind.Change, true) => "thay đổi",
        (_, false) => "a rank",
        _ => "thứ hạng",
    };

    private static string UnitSuffix(StatedFigure claim) => claim.Kind switch
    {
        FigureKind.Share => "%",
        FigureKind.Mass => " " + claim.Unit,
        FigureKind.Change when claim.Unit == "%" => "%",
        _ => string.Empty,
    };

    private static string Observed(ClaimCheck check, Language language, string unit)
    {
        var vi = language == Language.Vietnamese;
        var value = Number(check.Observed!.Value, language) + unit;
        return check.Claim.Kind switch
        {
            FigureKind.Share => vi
                ? $"{value} ({Cells.Count(check.Numerator!.Value, language)}/{Cells.Count(check.Denominator!.Value, language)})"
                : $"{value} ({Cells.Count(check.Numerator!.Value, language)} of {Cells.Count(check.Denominator!.Value, language)})",
            FigureKind.Change => vi
                ? $"{Direction(check, language)} {value} ({Cells.Count(check.Numerator!.Value, language)} so với {Cells.Count(check.Denominator!.Value, language)})"
                : $"a {Direction(check, language)} of {value} ({Cells.Count(check.Numerator!.Value, language)} against {Cells.Count(check.Denominator!.Value, language)})",
            FigureKind.Rank => vi ? $"thứ {value}" : $"place {value}",
            _ => value,
        };
    }

    private static string Direction(ClaimCheck check, Language language) => (check.Claim.Direction, language == Language.Vietnamese) switch
    {
        (ChangeDirection.Decrease, false) => "decrease",
        (ChangeDirection.Decrease, true) => "giảm",
        (_, false) => "increase",
        _ => "tăng",
    };

    private static string Satisfying(ClaimCheck check, Language language, string unit)
    {
        var vi = language == Language.Vietnamese;
        if (check.Satisfying is not ClaimBounds s)
        {
            return vi ? "không có số liệu nào làm cho con số đúng" : "no counts would make it so";
        }

        switch (check.Claim.Kind)
        {
            case FigureKind.Share:
                var of = Cells.Count(check.Denominator!.Value, language);
                var smallest = Number(s.Lower!.Value, language);
                return vi
                    ? $"{s.Describe(language, string.Empty)} trên tổng {of} (nhỏ nhất: {smallest})"
                    : $"{s.Describe(language, string.Empty)} out of {of} (the smallest: {smallest})";
            case FigureKind.Change:
                var against = Cells.Count(check.Denominator!.Value, language);
                var largest = check.Claim.Direction == ChangeDirection.Decrease ? s.Upper : s.Lower;
                var extreme = largest is decimal l ? Number(l, language) : Cells.Dash;
                return check.Claim.Direction == ChangeDirection.Decrease
                    ? (vi ? $"số kỳ này {s.Describe(language, string.Empty)} so với {against} (lớn nhất: {extreme})" : $"a current count {s.Describe(language, string.Empty)} against {against} (the largest: {extreme})")
                    : (vi ? $"số kỳ này {s.Describe(language, string.Empty)} so với {against} (nhỏ nhất: {extreme})" : $"a current count {s.Describe(language, string.Empty)} against {against} (the smallest: {extreme})");
            default:
                return vi ? $"tổng {s.Describe(language, unit)}" : $"a total {s.Describe(language, unit)}";
        }
    }

    private static string RankLine(RankClaimEvidence e, Language language)
    {
        var vi = language == Language.Vietnamese;
        var level = Cells.Level(e.Level, language);
        var interval = $"{e.Lower.ToString(CultureInfo.InvariantCulture)}–{e.Upper.ToString(CultureInfo.InvariantCulture)}";
        var rank = e.Rank.ToString(CultureInfo.InvariantCulture);
        var of = e.RankedCount.ToString(CultureInfo.InvariantCulture);
        return vi
            ? $"thứ {rank}/{of} (khoảng thứ hạng {level}: {interval}) — {(e.Holds ? "đúng vị trí nêu" : "không phải vị trí nêu")}"
            : $"{FigureUnits.Ordinal(e.Rank)} of {of} ({level} rank interval: {interval}) — {(e.Holds ? "holds the stated place" : "does not hold the stated place")}";
    }

    private static string Inference(ClaimCheck check, Language language)
    {
        var vi = language == Language.Vietnamese;
        switch (check.Claim.Kind)
        {
            case FigureKind.Change:
                var c = check.Comparison!;
                var level = Cells.Level(c.Confidence, language);
                var verdict = check.IsBeyondChance == true
                    ? (vi ? $"vượt quá mức ngẫu nhiên (có ý nghĩa thống kê ở mức {level})" : $"more than chance (significant at {level})")
                    : (vi ? $"chưa vượt quá mức ngẫu nhiên ở mức {level}" : $"not shown to be more than chance at {level}");
                return verdict + ": " + c.ToString(language);
            case FigureKind.Rank:
                var held = check.RankEvidence.Where(e => e.Holds).ToList();
                if (held.Count == 0)
                {
                    return vi ? "không áp dụng: đơn vị không giữ vị trí nêu theo thước đo nào" : "not applicable: the unit holds the stated place under no measure";
                }

                return check.IsBeyondChance == true
                    ? (vi ? "vượt quá mức ngẫu nhiên: khoảng thứ hạng chỉ gồm vị trí nêu" : "more than chance: the rank interval is the stated place alone")
                    : (vi ? "chưa vượt quá mức ngẫu nhiên: khoảng thứ hạng gồm cả các vị trí khác" : "not shown to be more than chance: the rank interval includes other places");
            default:
                return vi ? "không có: con số chỉ là phép tính trên số liệu" : "none: the figure is arithmetic on the counts only";
        }
    }

    private static string NotCheckable(ClaimCheck check, Language language)
    {
        var vi = language == Language.Vietnamese;
        var claimPeriod = check.Period?.ToString(language);
        if (check.Reason == NotCheckableReason.DifferentPeriod)
        {
            var others = string.Join("; ", check.CountPeriods.Select(p => p.ToString(language)));
            var target = claimPeriod ?? (vi ? "kỳ của con số" : "the figure's period");
            return vi
                ? $"không kiểm tra được: số liệu chỉ được công bố cho {others} — kỳ khác, không thay thế được cho {target}"
                : $"not checkable: counts were published only for {others} — a different period, which does not stand in for {target}";
        }

        return claimPeriod is null
            ? (vi ? "không kiểm tra được: không có số liệu nào được công bố hay cung cấp cho con số này" : "not checkable: no counts behind the figure were published or given")
            : (vi ? $"không kiểm tra được: không có số liệu nào được công bố hay cung cấp cho {claimPeriod}" : $"not checkable: no counts behind the figure were published or given for {claimPeriod}");
    }
}
