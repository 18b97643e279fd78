
namespace PublicSecurity.Stats.Reporting;

/// <summary>A section of a provincial police report, each with its own tally.</summary>
/// <remarks><c>default</c> is <see cref="Crime"/>.</remarks>
public enum ReportSection
{
    /// <summary>Criminal cases and their clearance (phạm pháp hình sự; điều tra làm rõ).</summary>
    Crime = 0,

    /// <summary>Drug crimes and seizures (tội phạm ma túy).</summary>
    Drugs = 1,

    /// <summary>Fire prevention and rescue drills and training (phòng cháy, chữa cháy và cứu nạn, cứu hộ).</summary>
    FireRescue = 2,

    /// <summary>Traffic accidents (tai nạn giao thông).</summary>
    Traffic = 3,

    /// <summary>Electronic identification, Project 06 (định danh điện tử, Đề án 06).</summary>
    ElectronicId = 4,

    /// <summary>Crackdown campaigns (đợt cao điểm).</summary>
    Campaigns = 5,
}
