using PublicSecurity.Stats;

// Bình Dương provincial police, report on the first 10 months of 2023 (seed: shared/seed).
// The window follows the state statistical calendar (Decree 09/2019/NĐ-CP: reporting months end on the 14th).
var language = args.Contains("--lang") && args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() == "vi"
    ? Language.Vietnamese
    : Language.English;

var window = ReportingCalendar.VietnamStatistical.FirstMonths(2023, 10);
var comparison = window.SamePeriodPreviousYear();

if (language == Language.Vietnamese)
{
    Console.WriteLine("Công an tỉnh Bình Dương — báo cáo 10 tháng năm 2023");
    Console.WriteLine($"Kỳ báo cáo: {window.ToString(language)}, {window.Days} ngày");
    Console.WriteLine($"Cùng kỳ năm trước: {comparison.ToString(language)}, {comparison.Days} ngày");
}
else
{
    Console.WriteLine("Bình Dương provincial police — report on the first 10 months of 2023");
    Console.WriteLine($"Reporting window: {window.ToString(language)}, {window.Days} days");
    Console.WriteLine($"Same period last year: {comparison.ToString(language)}, {comparison.Days} days");
}
