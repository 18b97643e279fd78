using PublicSecurity.Stats.Crime;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

/// <summary>
/// The small hand-checked data set of the case tally and aggregator tests: nine cases in Bình Dương around the first
/// three Vietnam statistical months of 2023. Every expected count in those tests is worked out by hand from this list.
/// </summary>
internal static class HandCheckedCases
{
    // Vietnam statistical months: January 2023 = 15/12/2022–14/01/2023, February = 15/01–14/02, March = 15/02–14/03.
    public static readonly ReportingPeriod Jan = Vn.Month(2023, 1);
    public static readonly ReportingPeriod Feb = Vn.Month(2023, 2);
    public static readonly ReportingPeriod Mar = Vn.Month(2023, 3);
    public static readonly ReportingPeriod[] Months = [Jan, Feb, Mar];

    /// <summary>A case in Bình Dương (or <paramref name="province"/>), not cleared unless an outcome is given.</summary>
    public static CriminalCase C(string id, Severity severity, OffenceGroup group, DateOnly recorded, CaseOutcome outcome = CaseOutcome.NotCleared, DateOnly? on = null, Province? province = null) =>
        CriminalCase.Create(id, province ?? BinhDuong, group, severity, recorded, outcome, on);

    /// <summary>The nine cases, as a new list each time (tests may change it).</summary>
    public static List<CriminalCase> Cases() =>
    [
        C("A", Severity.Serious, OffenceGroup.SocialOrder, D(20, 12, 2022), CaseOutcome.ClearedByArrest, D(10, 1, 2023)),        // Jan cohort, cleared in Jan
        C("B", Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), CaseOutcome.ClearedByArrest, D(20, 1, 2023)),           // Jan cohort, cleared in Feb
        C("C", Severity.VerySerious, OffenceGroup.SocialOrder, D(10, 1, 2023), CaseOutcome.ClearedExceptionally, D(1, 3, 2023)),  // Jan cohort, cleared in Mar
        C("D", Severity.LessSerious, OffenceGroup.Drugs, D(12, 1, 2023)),                                                         // Jan cohort, not cleared
        C("E", Severity.LessSerious, OffenceGroup.SocialOrder, D(13, 1, 2023), CaseOutcome.Unfounded, D(20, 1, 2023)),            // Jan cohort, unfounded
        C("F", Severity.EspeciallySerious, OffenceGroup.SocialOrder, D(20, 1, 2023), CaseOutcome.ClearedByArrest, D(25, 1, 2023)),// Feb cohort, cleared in Feb
        C("G", Severity.Serious, OffenceGroup.SocialOrder, D(1, 12, 2022), CaseOutcome.ClearedByArrest, D(20, 12, 2022)),         // recorded before, cleared in Jan
        C("H", Severity.Serious, OffenceGroup.SocialOrder, D(1, 11, 2022)),                                                       // outside every period
        C("I", Severity.Serious, OffenceGroup.SocialOrder, D(10, 2, 2023), CaseOutcome.ClearedByArrest, D(20, 3, 2023)),          // Feb cohort, cleared after March
    ];
}
