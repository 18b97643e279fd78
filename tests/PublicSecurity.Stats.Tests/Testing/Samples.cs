using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Traffic;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>Hand-made provinces, periods and one valid record of each type, shared by the tests.</summary>
public static class Samples
{
    public static ReportingCalendar Vn => ReportingCalendar.VietnamStatistical;

    public static Province BinhDuong => ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

    public static Province BaRiaVungTau => ProvinceCatalog.Find(ProvinceEdition.Provinces63, "77");

    public static Province HoChiMinh63 => ProvinceCatalog.Find(ProvinceEdition.Provinces63, "79");

    public static Province HoChiMinh34 => ProvinceCatalog.Find(ProvinceEdition.Provinces34, "79");

    public static Province HaNoi63 => ProvinceCatalog.Find(ProvinceEdition.Provinces63, "01");

    public static DateOnly D(int day, int month, int year) => new(year, month, day);

    public static CriminalCase CaseRecord() => CriminalCase.Create(
        "BD-2023-0042", BinhDuong, OffenceGroup.SocialOrder, Severity.VerySerious, D(3, 2, 2023), CaseOutcome.ClearedByArrest, D(10, 2, 2023), D(2, 2, 2023), IccsSection.ActsCausingHarm);

    public static DrugSeizure SeizureRecord() => DrugSeizure.Create(
        BinhDuong,
        D(15, 3, 2023),
        3,
        [DrugQuantity.Create(DrugKind.Methamphetamine, 1250.5m, DrugUnit.Gram), DrugQuantity.Create(DrugKind.Mdma, 120, DrugUnit.Tablet), DrugQuantity.Create(DrugKind.Heroin, 2, DrugUnit.Block)],
        1,
        6);

    public static Drill DrillRecord() => Drill.Create(DrillKind.RescuePlanDrill, BinhDuong, D(10, 3, 2023), 120);

    public static ElectronicIdActivation ActivationRecord() => ElectronicIdActivation.Create(
        BinhDuong, ElectronicIdLevel.Level2, D(15, 1, 2024), 1_853_482, 1_638_237, 1_200_000);

    public static TrafficAccident AccidentRecord() => TrafficAccident.Create(BinhDuong, D(30, 4, 2023), 1, 1);

    public static CrackdownCampaign CampaignRecord() => CrackdownCampaign.Create(CampaignKind.PeakCrackdown, BinhDuong, D(1, 3, 2023), D(31, 3, 2023));

    public static PublishedFigure FigureRecord() => PublishedFigure.Create(
        "crime.clearanceRate", 90, FigureQualifier.Over, "%", "Ngày Nay, 14/11/2023", Vn.FirstMonths(2023, 10), quote: "điều tra làm rõ đạt trên 90% các vụ phạm pháp hình sự");
}
