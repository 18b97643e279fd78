
namespace PublicSecurity.Stats;

/// <summary>The kind of window a <see cref="ReportingPeriod"/> covers.</summary>
/// <remarks><c>default</c> is <see cref="Custom"/>: an ad-hoc window with no calendar unit.</remarks>
public enum PeriodUnit
{
    /// <summary>An ad-hoc window made by <see cref="ReportingPeriod.Create(DateOnly, DateOnly)"/>, with no calendar.</summary>
    Custom,

    /// <summary>One reporting month (tháng).</summary>
    Month,

    /// <summary>One reporting quarter (quý): three consecutive reporting months.</summary>
    Quarter,

    /// <summary>One reporting half-year (6 tháng): six consecutive reporting months.</summary>
    HalfYear,

    /// <summary>One reporting year (năm): twelve consecutive reporting months.</summary>
    Year,

    /// <summary>The first N reporting months of a year, cumulative ("N tháng đầu năm").</summary>
    FirstMonths,
}
