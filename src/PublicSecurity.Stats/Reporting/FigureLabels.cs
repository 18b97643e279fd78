using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Reporting;

/// <summary>Names of published-figure measures and units in both report languages (unknown keys are shown as they are).</summary>
internal static class FigureLabels
{
    private static readonly Dictionary<string, (string En, string Vi)> Measures = new(StringComparer.Ordinal)
    {
        ["campaigns.peakCrackdown"] = ("Peak crackdown campaigns", "Đợt cao điểm tấn công, trấn áp tội phạm"),
        ["campaigns.fugitiveArrestAndSurrender"] = ("Campaigns to arrest fugitives or persuade them to surrender", "Đợt cao điểm bắt, vận động đối tượng truy nã ra đầu thú"),
        ["crime.clearanceRate"] = ("Clearance rate of criminal cases", "Tỷ lệ điều tra làm rõ"),
        ["drugs.cases"] = ("Drug cases detected", "Số vụ phạm tội về ma túy phát hiện"),
        ["drugs.suspects"] = ("Drug suspects arrested", "Số đối tượng ma túy bắt giữ"),
        ["drugs.massOfAllKinds"] = ("Drugs of all kinds seized (mass units only)", "Ma túy các loại thu giữ (chỉ đơn vị khối lượng)"),
        ["drugs.guns"] = ("Guns seized", "Súng thu giữ"),
        ["drugs.rounds"] = ("Rounds seized", "Đạn thu giữ"),
        ["electronicId.level2.accountsActivated"] = ("Level-2 e-ID accounts activated", "Tài khoản định danh điện tử mức 2 đã kích hoạt"),
        ["electronicId.level2.rankNationwide"] = ("Level-2 e-ID activation, rank nationwide", "Kích hoạt định danh điện tử mức 2, xếp hạng toàn quốc"),
        ["fireRescue.firefightingPlanDrills"] = ("Firefighting plan drills", "Thực tập phương án chữa cháy"),
        ["fireRescue.rescuePlanDrills"] = ("Rescue plan drills", "Thực tập phương án cứu nạn, cứu hộ"),
        ["fireRescue.trainingClasses"] = ("Fire and rescue training classes", "Lớp tuyên truyền, hướng dẫn nghiệp vụ PCCC và CNCH"),
        ["fireRescue.trainingAttendances"] = ("Training participant-attendances", "Lượt người tham gia"),
        ["identity.chipIdCardsIssued"] = ("Chip ID cards issued to residents", "Người dân được cấp thẻ căn cước công dân gắn chip"),
        ["identity.essentialOnlineServices"] = ("Essential online public services deployed (of 25)", "Triển khai 25 dịch vụ công thiết yếu"),
        ["traffic.accidents"] = ("Traffic accidents", "Số vụ tai nạn giao thông"),
        ["traffic.deaths"] = ("Traffic deaths", "Số người chết do tai nạn giao thông"),
        ["traffic.injured"] = ("Traffic injured", "Số người bị thương do tai nạn giao thông"),
        ["traffic.accidents.change"] = ("Change in traffic accidents on the same period", "Tai nạn giao thông so với cùng kỳ"),
        ["traffic.deaths.change"] = ("Change in traffic deaths on the same period", "Số người chết so với cùng kỳ"),
        ["traffic.injured.change"] = ("Change in traffic injured on the same period", "Số người bị thương so với cùng kỳ"),
    };

    private static readonly Dictionary<string, string> VietnameseUnits = new(StringComparer.Ordinal)
    {
        ["accidents"] = "vụ",
        ["accounts"] = "tài khoản",
        ["campaigns"] = "đợt",
        ["cases"] = "vụ",
        ["classes"] = "lớp",
        ["deaths"] = "người chết",
        ["drills"] = "phương án",
        ["guns"] = "khẩu súng",
        ["injured"] = "người bị thương",
        ["participant-attendances"] = "lượt người",
        ["rank of 63"] = "hạng trên 63",
        ["rounds"] = "viên đạn",
        ["suspects"] = "đối tượng",
    };

    public static string Measure(string key, Language language) =>
        Measures.TryGetValue(key, out var names) ? Cells.Lang(language, names.En, names.Vi) : key;

    /// <summary>The figure as published, with its unit in the report's language ("trên 90%", "khoảng 20 kg", "472 vụ").</summary>
    public static string AsPublished(PublishedFigure figure, Language language)
    {
        if (figure.Unit.StartsWith("rank of ", StringComparison.Ordinal) && figure.Qualifier == FigureQualifier.Exact && figure.Value % 1 == 0)
        {
            var rank = (long)figure.Value;
            var of = figure.Unit["rank of ".Length..];
            return Cells.Lang(language, $"{Ordinal(rank)} of {of}", $"thứ {rank.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{of}");
        }

        var text = figure.ToString(language);
        if (language == Language.Vietnamese && VietnameseUnits.TryGetValue(figure.Unit, out var unit)
            && text.EndsWith(" " + figure.Unit, StringComparison.Ordinal))
        {
            text = text[..^figure.Unit.Length] + unit;
        }

        if (figure.Measure.EndsWith(".change", StringComparison.Ordinal) && figure.Value == 0 && figure.Qualifier == FigureQualifier.Under)
        {
            return Cells.Lang(language, "decreased (size not stated)", "giảm (không nêu số liệu)");
        }

        return text;
    }

    public static string Ordinal(long n) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
