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

    public static string Measure(string key, Language language) =>
        Measures.TryGetValue(key, out var names) ? Cells.Lang(language, names.En, names.Vi) : key;
}
