using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Builds a <see cref="CaseTally"/> from criminal case records, over requested periods of one calendar.</summary>
/// <remarks>
/// <para>
/// A case counts as recorded (and, if so, unfounded) in the period containing its recorded date, and as cleared in
/// the period containing its outcome date. For the run-off, a case recorded in period P and cleared on date d counts
/// as cleared by the end of every requested period Q with Q ending on or after both P's end and d.
/// </para>
/// <para>
/// A case that counts nowhere (recorded outside every period and not cleared inside one) is counted in
/// <see cref="Tally{TTally}.Outside"/>, never dropped silently. The builder is not thread-safe: build one per thread or
/// partition with the same periods and merge the tallies.
/// </para>
/// </remarks>
public sealed class CaseTallyBuilder : TallyBuilder<CaseTallyBuilder, CriminalCase, CaseTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no case (their zeros are counts, not missing values); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions or names a province twice.</exception>
    public CaseTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null)
        : base(new TallyAccumulator<CriminalCase, CaseEntry, CaseEntry, CaseTally>(periods, provinces, new(
            static (key, all) => CaseEntry.Zero(all.Where(p => p.End >= key.Period.End).Select(p => p.End).ToArray()),
            static e => new CaseEntry([.. e.Recorded], [.. e.Unfounded], [.. e.ClearedInPeriod], [.. e.EvaluatedAt], [.. e.ClearedBy]),
            Count,
            static table => new CaseTally(table))))
    {
    }

    /// <summary>Counts a case where it was recorded (with its run-off) and where it was cleared; outside when neither is requested.</summary>
    private static void Count(TallyAccumulator<CriminalCase, CaseEntry, CaseEntry, CaseTally> counts, CriminalCase record)
    {
        counts.CheckEdition(record.Province, nameof(record));
        var cell = CaseEntry.Cell(record.Severity, record.OffenceGroup);
        var counted = false;
        if (counts.PeriodOf(record.RecordedOn) is ReportingPeriod recorded)
        {
            var entry = counts.At(record.Province, recorded, nameof(record));
            entry.Recorded[cell]++;
            if (record.Outcome == CaseOutcome.Unfounded)
            {
                entry.Unfounded[cell]++;
            }

            if (record.IsCleared)
            {
                var dates = entry.EvaluatedAt;
                for (var e = 0; e < dates.Length; e++)
                {
                    if (record.OutcomeOn!.Value <= dates[e])
                    {
                        entry.ClearedBy[(cell * dates.Length) + e]++;
                    }
                }
            }

            counted = true;
        }

        if (record.IsCleared && counts.PeriodOf(record.OutcomeOn!.Value) is ReportingPeriod cleared)
        {
            counts.At(record.Province, cleared, nameof(record)).ClearedInPeriod[cell]++;
            counted = true;
        }

        if (!counted)
        {
            counts.CountOutside();
        }
    }
}
