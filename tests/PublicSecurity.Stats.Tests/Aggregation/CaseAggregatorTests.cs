using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using static PublicSecurity.Stats.Tests.Aggregation.HandCheckedCases;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class CaseAggregatorTests
{
    public static TheoryData<string> Paths => ["columns", "array", "list", "span", "lazy"];

    private static CaseTally Tally(string path, IReadOnlyList<CriminalCase> cases, IEnumerable<ReportingPeriod> periods, TallyOptions? options = null)
    {
        options ??= TallyOptions.Default;
        return path switch
        {
            "columns" => CaseAggregator.Tally(CaseRows.Columns(cases), ProvinceEdition.Provinces63, periods, options),
            "array" => CaseAggregator.Tally(cases.ToArray(), periods, options),
            "list" => CaseAggregator.Tally(cases.ToList(), periods, options),
            "span" => CaseAggregator.Tally(cases.ToArray().AsSpan(), periods, options),
            _ => CaseAggregator.Tally(cases.Select(c => c), periods, options),
        };
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Tally_HandCheckedCases_GiveHandCheckedCounts(string path)
    {
        var t = Tally(path, Cases(), Months);

        Assert.Equal(5, t.Recorded(BinhDuong, Jan));           // A–E
        Assert.Equal(1, t.Unfounded(BinhDuong, Jan));          // E
        Assert.Equal(4, t.Occurred(BinhDuong, Jan));
        Assert.Equal(2, t.Recorded(BinhDuong, Feb));           // F, I
        Assert.Equal(0, t.Recorded(BinhDuong, Mar));           // the key exists because C is cleared in March
        Assert.Equal(2, t.ClearedInPeriod(BinhDuong, Jan));    // A, and G recorded in December
        Assert.Equal(2, t.ClearedInPeriod(BinhDuong, Feb));    // B, F
        Assert.Equal(1, t.ClearedInPeriod(BinhDuong, Mar));    // C
        Assert.Equal(1, t.ClearedByEndOf(BinhDuong, Jan, Jan)); // A
        Assert.Equal(2, t.ClearedByEndOf(BinhDuong, Jan, Feb)); // A, B
        Assert.Equal(3, t.ClearedByEndOf(BinhDuong, Jan, Mar)); // A, B, C
        Assert.Equal(1, t.ClearedByEndOf(BinhDuong, Feb, Mar)); // F; I is cleared on 20/03, after March's end
        Assert.Equal(1, t.Recorded(BinhDuong, Jan, SeverityGroup.VeryOrEspeciallySerious)); // C
        Assert.Equal(1, t.Recorded(BinhDuong, Jan, offenceGroup: OffenceGroup.Drugs));       // D
        Assert.Equal(1, t.Outside);                              // H
        Assert.Equal(3, t.Keys.Count);
        Assert.Equal(CaseTally.Tally(Cases(), Months), t);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Tally_PeriodsWithGapsAndAQuarter_EqualsTheBuilder(string path)
    {
        var cases = CaseRows.Random(3000, 11);
        ReportingPeriod[] periods = [Jan, Mar, Vn.Month(2023, 5), Vn.Quarter(2023, 3)];

        var t = Tally(path, cases, periods);

        Assert.Equal(CaseTally.Tally(cases, periods), t);
        Assert.True(t.Outside > 0);
    }

    [Fact]
    public void Tally_AnyPartitionSizeAndThreadCount_GivesTheSameTally()
    {
        var cases = CaseRows.Random(20_000, 5);
        var columns = CaseRows.Columns(cases);
        var expected = CaseTally.Tally(cases, Months);

        foreach (var (rows, threads) in new[] { (1000, 1), (1000, 2), (1000, 4), (777, 3), (20_000, 2), (1 << 20, 4) })
        {
            var options = new TallyOptions(maxDegreeOfParallelism: threads);
            Assert.Equal(expected, CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, Months, options, rows));
            Assert.Equal(expected, CaseAggregator.Tally(cases, Months, options, rows));
            Assert.Equal(expected, CaseAggregator.Tally(cases.ToList(), Months, options, rows));
        }
    }

    [Fact]
    public void Tally_ColumnarPartitionsMerged_EqualTheWholeInAnyGroupingWithEmptyAsIdentity()
    {
        var cases = CaseRows.Random(9000, 8);
        CaseTally Part(int k) => CaseAggregator.Tally(CaseRows.Columns(cases[(k * 3000)..((k + 1) * 3000)]), ProvinceEdition.Provinces63, Months);
        var whole = CaseAggregator.Tally(CaseRows.Columns(cases), ProvinceEdition.Provinces63, Months);
        var (a, b, c) = (Part(0), Part(1), Part(2));

        Assert.Equal(whole, a.Merge(b).Merge(c));
        Assert.Equal(whole, a.Merge(b.Merge(c)));
        Assert.Equal(whole, c.Merge(a).Merge(b));
        Assert.Equal(whole, whole.Merge(CaseTally.Empty));
        Assert.Equal(whole, CaseTally.Empty.Merge(whole));
    }

    [Fact]
    public void Tally_EveryProvinceForced_RebasesOntoThe34UnitsLikeTheBuilder()
    {
        var cases = CaseRows.Random(5000, 3, provinces: 20);
        var all = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var columnar = CaseAggregator.Tally(CaseRows.Columns(cases), ProvinceEdition.Provinces63, Months, new TallyOptions(all));
        var built = new CaseTallyBuilder(Months, all).AddAll(cases).Build();

        var rebased = columnar.RebaseTo34();

        Assert.Equal(built.RebaseTo34(), rebased);
        Assert.Equal(ProvinceEdition.Provinces34, rebased.Edition);
        Assert.Equal(34 * Months.Length, rebased.Keys.Count);
        Assert.Equal(
            columnar.Recorded(BinhDuong, Feb) + columnar.Recorded(BaRiaVungTau, Feb) + columnar.Recorded(HoChiMinh63, Feb),
            rebased.Recorded(HoChiMinh34, Feb));
    }

    [Fact]
    public void Tally_ProvincesForced_HaveZeroKeysEvenWithNoRecords()
    {
        var options = new TallyOptions([HaNoi63]);

        var columnar = CaseAggregator.Tally(CaseRows.Columns([]), ProvinceEdition.Provinces63, [Jan, Feb], options);
        var typed = CaseAggregator.Tally(Array.Empty<CriminalCase>(), [Jan, Feb], options);
        var lazy = CaseAggregator.Tally(Enumerable.Empty<CriminalCase>(), [Jan, Feb], options);

        Assert.Equal(2, columnar.Keys.Count);
        Assert.Equal(0, columnar.Recorded(HaNoi63, Feb));
        Assert.Equal(columnar, typed);
        Assert.Equal(columnar, lazy);
        Assert.Equal(new CaseTallyBuilder([Jan, Feb], [HaNoi63]).Build(), columnar);
        Assert.Equal(CaseTally.Empty, CaseAggregator.Tally(Enumerable.Empty<CriminalCase>(), [Jan]));
        Assert.Equal([Jan], CaseAggregator.Tally(Enumerable.Empty<CriminalCase>(), [Jan]).Periods); // a requested period is listed even with no record (issue 16, trap 7)
        Assert.Equal(CaseTally.Empty, CaseAggregator.Tally(ReadOnlySpan<CriminalCase>.Empty, [Jan]));
        Assert.Equal(CaseTally.Empty, CaseAggregator.Tally(CaseRows.Columns([]), ProvinceEdition.Provinces34, [Jan]));
    }

    [Fact]
    public void Tally_OfThe34UnitEdition_UsesItsUnits()
    {
        var cases = new[] { C("N", Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), province: HoChiMinh34) };

        var t = CaseAggregator.Tally(CaseRows.Columns(cases), ProvinceEdition.Provinces34, [Jan]);

        Assert.Equal(ProvinceEdition.Provinces34, t.Edition);
        Assert.Equal(1, t.Recorded(HoChiMinh34, Jan));
        Assert.Equal(CaseTally.Tally(cases, [Jan]), t);
    }

    [Fact]
    public void Tally_UnknownProvinceIndex_ThrowsNamingTheRowAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 4, province: 63), ProvinceEdition.Provinces63, Months));
        var in34 = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 0, province: 34), ProvinceEdition.Provinces34, Months));

        Assert.Equal("columns", ex.ParamName);
        Assert.Contains("Row 4 of the columns: the province index must be less than 63 (the units of the 63-unit edition); it was 63.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Row 0 of the columns: the province index must be less than 34 (the units of the 34-unit edition); it was 34.", in34.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(3_652_059)]
    public void Tally_RecordedDayOutsideTheCalendarRange_ThrowsNamingTheRowAndValue(int day)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 3, recordedDay: day), ProvinceEdition.Provinces63, Months));

        Assert.Equal("columns", ex.ParamName);
        Assert.Contains($"Row 3 of the columns: the recorded day must be a DateOnly.DayNumber from 0 (01/01/0001) to 3652058 (31/12/9999); it was {day}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_OutcomeDayBeforeTheRecordedDay_ThrowsNamingTheRowAndBothDays()
    {
        // Case A: recorded 20/12/2022, cleared; its outcome day set to 19/12/2022.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 0, outcomeDay: D(19, 12, 2022).DayNumber), ProvinceEdition.Provinces63, Months));

        Assert.Equal("columns", ex.ParamName);
        Assert.Contains(
            $"Row 0 of the columns: the outcome day must not be before the recorded day {D(20, 12, 2022).DayNumber} (20/12/2022); it was {D(19, 12, 2022).DayNumber} (19/12/2022).",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_OutcomeDayRules_ThrowNamingTheRule()
    {
        // D (row 3) is not cleared; A (row 0) is cleared.
        var given = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 3, outcomeDay: D(20, 1, 2023).DayNumber), ProvinceEdition.Provinces63, Months));
        var missing = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 0, outcomeDay: -1), ProvinceEdition.Provinces63, Months));
        var beyond = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 0, outcomeDay: 3_652_059), ProvinceEdition.Provinces63, Months));

        Assert.Contains($"Row 3 of the columns: a case that is not cleared (outcome kind 0) must have outcome day -1 (none); it was {D(20, 1, 2023).DayNumber} (20/01/2023).", given.Message, StringComparison.Ordinal);
        Assert.Contains("Row 0 of the columns: the outcome day is required when the outcome kind is 1 (ClearedByArrest); it was -1 (none).", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Row 0 of the columns: the outcome day must be a DateOnly.DayNumber up to 3652058 (31/12/9999); it was 3652059.", beyond.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_OutcomeKindOutOfRange_ThrowsNamingTheRowAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 8, kind: 4), ProvinceEdition.Provinces63, Months));

        Assert.Equal("columns", ex.ParamName);
        Assert.Contains("Row 8 of the columns: the outcome kind must be 0 (NotCleared), 1 (ClearedByArrest), 2 (ClearedExceptionally) or 3 (Unfounded); it was 4.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_SeverityOrOffenceGroupOutOfRange_ThrowsNamingTheRowAndValue()
    {
        var severity = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 1, severity: 4), ProvinceEdition.Provinces63, Months));
        var group = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CaseAggregator.Tally(CaseRows.WithRow(Cases(), 2, group: 6), ProvinceEdition.Provinces63, Months));

        Assert.Contains("Row 1 of the columns: the severity must be 0 (LessSerious), 1 (Serious), 2 (VerySerious) or 3 (EspeciallySerious); it was 4.", severity.Message, StringComparison.Ordinal);
        Assert.Contains("Row 2 of the columns: the offence group must be from 0 (SocialOrder) to 5 (Other); it was 6.", group.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_SeveralBadRowsOnSeveralThreads_AlwaysNamesTheFirst()
    {
        var cases = CaseRows.Random(60_000, 21);
        var columns = CaseRows.Columns(cases);
        var kind = columns.OutcomeKind.ToArray();
        kind[45_001] = 9;
        kind[30_017] = 7;
        kind[59_999] = 8;
        var bad = new CaseColumns(columns.ProvinceIndex, columns.RecordedDay, kind, columns.OutcomeDay, columns.Severity, columns.OffenceGroup);

        for (var run = 0; run < 5; run++)
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
                CaseAggregator.Tally(bad, ProvinceEdition.Provinces63, Months, new TallyOptions(maxDegreeOfParallelism: 4), 1000));
            Assert.Contains("Row 30017 of the columns: the outcome kind", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tally_BadRowAnywhereInAVector_IsFoundExactly()
    {
        var cases = CaseRows.Random(300, 2);
        for (var row = 0; row < 300; row += 7)
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
                CaseAggregator.Tally(CaseRows.WithRow(cases, row, group: 200), ProvinceEdition.Provinces63, Months));
            Assert.Contains($"Row {row} of the columns: the offence group", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tally_NullRecord_ThrowsNamingItsPosition()
    {
        var cases = Cases().ToArray();
        cases[6] = null!;

        foreach (var path in new[] { "array", "list", "span", "lazy" })
        {
            var ex = Assert.Throws<ArgumentNullException>(() => Tally(path, cases, Months));
            Assert.Equal("records", ex.ParamName);
            Assert.Contains("Record 6 is null; the records must not contain null.", ex.Message, StringComparison.Ordinal);
        }

        cases[0] = null!;
        Assert.Contains("Record 0 is null", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally(cases, Months)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_RecordOfAnotherEdition_ThrowsNamingItsPosition()
    {
        var cases = Cases();
        cases.Insert(5, C("N", Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), province: HoChiMinh34));

        foreach (var path in new[] { "array", "list", "span", "lazy" })
        {
            var ex = Assert.Throws<ArgumentException>(() => Tally(path, cases, Months));
            Assert.Equal("records", ex.ParamName);
            Assert.Contains("Record 5: a tally's provinces must all be of one edition (the 63-unit edition, as the first record or the options' provinces); it was Hồ Chí Minh (79, 34-unit edition).", ex.Message, StringComparison.Ordinal);
        }

        var forced = Assert.Throws<ArgumentException>(() => CaseAggregator.Tally(Cases(), Months, new TallyOptions([HoChiMinh34])));
        Assert.Contains("Record 0: a tally's provinces must all be of one edition (the 34-unit edition", forced.Message, StringComparison.Ordinal);
        var columns = Assert.Throws<ArgumentException>(() => CaseAggregator.Tally(CaseRows.Columns(Cases()), ProvinceEdition.Provinces63, Months, new TallyOptions([HoChiMinh34])));
        Assert.Equal("options", columns.ParamName);
        Assert.Contains("one edition (the 63-unit edition, as the records); the options' provinces are of the 34-unit edition", columns.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_InvalidArguments_Throw()
    {
        var columns = CaseRows.Columns(Cases());

        Assert.Equal("columns", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally((CaseColumns)null!, ProvinceEdition.Provinces63, Months)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentOutOfRangeException>(() => CaseAggregator.Tally(columns, (ProvinceEdition)5, Months)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, null!)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, [Jan, null!])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, Months, null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally((IEnumerable<CriminalCase>)null!, Months)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally(Cases(), Months, null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => CaseAggregator.Tally(Cases().ToArray().AsSpan(), Months, null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, []));
        Assert.Equal("periods", empty.ParamName);
        Assert.Contains("at least one period; it was empty", empty.Message, StringComparison.Ordinal);
        var overlap = Assert.Throws<ArgumentException>(() => CaseAggregator.Tally(Cases(), [Feb, Vn.Quarter(2023, 1)]));
        Assert.Contains("must be equal or disjoint", overlap.Message, StringComparison.Ordinal);
        var calendars = Assert.Throws<ArgumentException>(() => CaseAggregator.Tally(Cases().ToArray().AsSpan(), [Jan, ReportingCalendar.Gregorian.Month(2023, 6)]));
        Assert.Contains("one calendar", calendars.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseColumns_UnequalLengths_ThrowNamingTheColumnAndBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseColumns(new byte[3], new int[3], new byte[3], new int[2], new byte[3], new byte[3]));

        Assert.Equal("outcomeDay", ex.ParamName);
        Assert.Contains("The columns must have equal lengths: outcomeDay must have as many rows as provinceIndex (3); it had 2.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("offenceGroup", Assert.Throws<ArgumentException>(() => new CaseColumns(new byte[3], new int[3], new byte[3], new int[3], new byte[3], new byte[4])).ParamName);
        Assert.Equal("Case columns: 9 rows", CaseRows.Columns(Cases()).ToString());
        Assert.Equal(9, CaseRows.Columns(Cases()).Count);
    }

    [Fact]
    public void TallyOptions_InvalidArguments_Throw()
    {
        var degree = Assert.Throws<ArgumentOutOfRangeException>(() => new TallyOptions(maxDegreeOfParallelism: 0));
        var mixed = Assert.Throws<ArgumentException>(() => new TallyOptions([BinhDuong, HoChiMinh34]));

        Assert.Equal("maxDegreeOfParallelism", degree.ParamName);
        Assert.Contains("must be at least 1, or null for every processor; it was 0.", degree.Message, StringComparison.Ordinal);
        Assert.Equal("provinces", mixed.ParamName);
        Assert.Contains("one edition (63-unit edition, as Bình Dương (74, 63-unit edition)); it was Hồ Chí Minh (79, 34-unit edition)", mixed.Message, StringComparison.Ordinal);
        Assert.Equal("provinces", Assert.Throws<ArgumentNullException>(() => new TallyOptions([BinhDuong, null!])).ParamName);
        Assert.Equal("Tally options: 0 provinces, every processor", TallyOptions.Default.ToString());
        Assert.Equal("Tally options: 2 provinces, up to 4 threads", new TallyOptions([BinhDuong, HaNoi63], 4).ToString());
    }

    [Fact]
    public void PeriodLookup_MaxDayNumber_IsTheLastDateOnly()
    {
        Assert.Equal(PeriodLookup.MaxDayNumber, DateOnly.MaxValue.DayNumber);
    }

    [Fact]
    public void ParseProvinces_CodesAndNamesInAnySpelling_GiveIndicesThatTallyLikeRecords()
    {
        var indices = CaseColumns.ParseProvinces(ProvinceEdition.Provinces63, ["1", " 74 ", "Binh Duong", "TP.HCM", "96"]);

        Assert.Equal(new byte[] { 0, (byte)ProvinceCatalog.IndexOf(BinhDuong), (byte)ProvinceCatalog.IndexOf(BinhDuong), (byte)ProvinceCatalog.IndexOf(ProvinceCatalog.Find(ProvinceEdition.Provinces63, "79")), 62 }, indices);
        var cases = Cases();
        Assert.Equal(CaseRows.Columns(cases).ProvinceIndex.ToArray(), CaseColumns.ParseProvinces(ProvinceEdition.Provinces63, cases.Select(c => c.Province.Code).ToList()));
    }

    [Fact]
    public void ParseProvinces_BadRow_ThrowsFormatNamingTheRowAndValue()
    {
        var ex = Assert.Throws<FormatException>(() => CaseColumns.ParseProvinces(ProvinceEdition.Provinces63, ["74", "074"]));

        Assert.StartsWith("The provinces must each be the code or name of a unit of the 63-unit edition; row 1 was '074':", ex.Message, StringComparison.Ordinal);
        Assert.Equal("provinces", Assert.Throws<ArgumentNullException>(() => CaseColumns.ParseProvinces(ProvinceEdition.Provinces63, null!)).ParamName);
        var nullRow = Assert.Throws<ArgumentNullException>(() => CaseColumns.ParseProvinces(ProvinceEdition.Provinces63, ["74", null!]));
        Assert.Contains("row 1 was null", nullRow.Message, StringComparison.Ordinal);
    }
}
