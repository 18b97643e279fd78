using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Errors;

/// <summary>
/// Issue 16, bug 5: an <see cref="ArgumentOutOfRangeException"/> built with an actual value appends "Actual value was …"
/// in the current culture's format (04/01/2023 for 1 April in en-US), contradicting the library's dd/MM/yyyy and
/// repeating the value the message already states. Each message states each value once, in the library's format.
/// </summary>
public sealed class ErrorMessageTests
{
    [Fact]
    public void CriminalCase_OutcomeBeforeRecorded_StatesBothDatesOnceInTheLibraryFormat()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CriminalCase.Create(
            "C1", BinhDuong, OffenceGroup.SocialOrder, Severity.Serious, D(1, 5, 2023), CaseOutcome.ClearedByArrest, D(1, 4, 2023)));

        Assert.Equal("outcomeOn", ex.ParamName);
        Assert.Equal("The outcome date must not be before the recorded date (01/05/2023); it was 01/04/2023. (Parameter 'outcomeOn')", ex.Message);
    }

    [Fact]
    public void Month_Thirteen_StatesTheMonthOnce()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingCalendar.VietnamStatistical.Month(2023, 13));

        Assert.Equal("month", ex.ParamName);
        Assert.Equal("The month must be between 1 and 12; it was 13. (Parameter 'month')", ex.Message);
    }

    public static TheoryData<string, Action> OutOfRangeCalls() => new()
    {
        { "cutoff day", () => ReportingCalendar.WithCutoffDay(32) },
        { "first months", () => ReportingCalendar.VietnamStatistical.FirstMonths(2023, 0) },
        { "quarter", () => ReportingCalendar.VietnamStatistical.Quarter(2023, 5) },
        { "language", () => PublishedFigure.Create("m", 1, FigureQualifier.Exact, "u", "s").ToString((Language)9) },
        { "wilson confidence", () => ProportionInterval.Wilson(1, 2, 1.5) },
        { "wilson successes", () => ProportionInterval.Wilson(3, 2) },
        { "poisson count", () => PoissonInterval.Exact(-1) },
        { "count comparison", () => CountComparison.Compare(-3, 4) },
        { "clearance", () => ClearanceRate.Period(-1, 4, ReportingCalendar.VietnamStatistical.FirstMonths(2023, 10)) },
        { "qualifier", () => PublishedFigure.Create("m", 1, (FigureQualifier)42, "u", "s") },
        { "severity", () => CriminalCase.Create("C1", BinhDuong, OffenceGroup.SocialOrder, (Severity)42, D(1, 5, 2023), CaseOutcome.NotCleared, null) },
        { "occurred date", () => CriminalCase.Create("C1", BinhDuong, OffenceGroup.SocialOrder, Severity.Serious, D(1, 5, 2023), CaseOutcome.NotCleared, null, D(2, 5, 2023)) },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeCalls))]
    public void OutOfRange_AnyRule_NoCultureFormattedTail(string what, Action call)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(call);

        Assert.False(ex.Message.Contains("Actual value was", StringComparison.Ordinal), $"{what}: {ex.Message}");
        Assert.Matches(@"\(Parameter '\w+'\)$", ex.Message);
    }
}
