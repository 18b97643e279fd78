namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// The requested periods of a tally (checked as every builder checks them) and tables that map a day number to what
/// the hot loops need — the period containing it and its clearance code — precomputed over the periods' day range so
/// that no loop ever searches.
/// </summary>
/// <remarks>
/// <para>
/// The tables hold one entry per day from the first period's start to the last period's end, plus one entry (index
/// <see cref="Span"/>) for every day outside that range: a day's entry is at <c>min((uint)(day − FirstDay), Span)</c>.
/// </para>
/// <para>
/// <see cref="PeriodOfDay"/> gives the index of the period containing the day, or <see cref="Count"/> when none does.
/// <see cref="CodeOfDay"/> gives the day's clearance code: for a case cleared on that day, what it counts towards.
/// Codes 0 to Count − 1 are the periods (cleared in period q); code Count is a day after the last period (or before
/// the first, which can only clear a case recorded outside every period); codes Count + 1 + g are the days of the
/// g-th gap between two periods. <see cref="NotClearedCode"/> and <see cref="UnfoundedCode"/> follow: together they
/// classify every case by one code, so one counter per case suffices.
/// </para>
/// </remarks>
internal sealed class PeriodLookup
{
    /// <summary>The day number of 31/12/9999, the last <see cref="DateOnly"/> (<c>DateOnly.MaxValue.DayNumber</c>).</summary>
    public const int MaxDayNumber = 3_652_058;

    public PeriodLookup(IEnumerable<ReportingPeriod> periods, string paramName)
    {
        ArgumentNullException.ThrowIfNull(periods, paramName);
        var list = periods.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("The periods must contain at least one period; it was empty.", paramName);
        }

        if (list.Exists(p => p is null))
        {
            throw new ArgumentNullException(paramName, "The periods must not contain null.");
        }

        Periods = [.. TallyRules.CheckPeriods(list, paramName)];
        Count = Periods.Length;
        FirstDay = Periods[0].Start.DayNumber;
        var span = Periods[^1].End.DayNumber - FirstDay + 1;
        Span = (uint)span;

        // Gaps between consecutive periods get codes after the "none" code, in order.
        var gapOfPeriod = new int[Count];
        var gaps = 0;
        for (var p = 1; p < Count; p++)
        {
            gapOfPeriod[p] = Periods[p].Start.DayNumber > Periods[p - 1].End.DayNumber + 1 ? gaps++ : -1;
        }

        NotClearedCode = Count + 1 + gaps;
        UnfoundedCode = NotClearedCode + 1;
        CodeCount = UnfoundedCode + 1;
        NextPeriodOfCode = new int[Count + 1 + gaps];
        for (var code = 0; code < NextPeriodOfCode.Length; code++)
        {
            NextPeriodOfCode[code] = code <= Count ? code : Array.IndexOf(gapOfPeriod, code - Count - 1, 1);
        }

        PeriodOfDay = new int[span + 1];
        CodeOfDay = new int[span + 1];
        var next = 0;
        for (var d = 0; d < span; d++)
        {
            var day = FirstDay + d;
            while (Periods[next].End.DayNumber < day)
            {
                next++;
            }

            var inside = Periods[next].Start.DayNumber <= day;
            PeriodOfDay[d] = inside ? next : Count;
            CodeOfDay[d] = inside ? next : Count + 1 + gapOfPeriod[next];
        }

        PeriodOfDay[span] = Count;
        CodeOfDay[span] = Count;
    }

    /// <summary>Gets the distinct periods, ordered by start.</summary>
    public ReportingPeriod[] Periods { get; }

    /// <summary>Gets the number of periods.</summary>
    public int Count { get; }

    /// <summary>Gets the day number of the first period's start.</summary>
    public int FirstDay { get; }

    /// <summary>Gets the number of days from the first period's start to the last period's end: the index of the entry for every other day.</summary>
    public uint Span { get; }

    /// <summary>Gets, per day, the index of the period containing it, or <see cref="Count"/>.</summary>
    public int[] PeriodOfDay { get; }

    /// <summary>Gets, per day, its clearance code (see the class remarks).</summary>
    public int[] CodeOfDay { get; }

    /// <summary>Gets the code of a case that is not cleared.</summary>
    public int NotClearedCode { get; }

    /// <summary>Gets the code of an unfounded case.</summary>
    public int UnfoundedCode { get; }

    /// <summary>Gets the number of codes.</summary>
    public int CodeCount { get; }

    /// <summary>
    /// Gets, per clearance code of a cleared case, the first period ending on or after its day — the first period by
    /// whose end the case counts as cleared — or <see cref="Count"/> when none does.
    /// </summary>
    public int[] NextPeriodOfCode { get; }
}
