using System.Data;
using System.Globalization;
using System.Numerics;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using static PublicSecurity.Stats.Sources.InterchangeSchema;

namespace PublicSecurity.Stats.Sources;

/// <summary>
/// Reads the rows of the interchange schema from any <see cref="IDataReader"/>, one row at a time, checking every rule
/// of the JSON reader; a broken rule stops the read with a <see cref="RowRejectedException"/> naming row, column, value
/// and rule. The rows may come in any order.
/// </summary>
internal sealed class InterchangeReader
{
    private static readonly Col[] Common = [Col.SchemaVersion, Col.Tally, Col.RowKind];
    private static readonly Col[] PeriodCols = [Col.PeriodStart, Col.PeriodEnd, Col.PeriodUnit, Col.PeriodYear, Col.PeriodIndex, Col.CutoffDay];
    private static readonly Col[] KeyCols = [Col.ProvinceCode, Col.Edition, .. PeriodCols];

    private readonly IDataReader reader;
    private readonly InterchangeKind kind;
    private readonly int[] ordinals;
    private readonly List<(ReportingPeriod Period, long Row)> periods = [];
    private (ProvinceEdition Edition, long Row)? edition;
    private long outsideRow;
    private long coverageRow;

    private InterchangeReader(IDataReader reader, InterchangeKind kind)
    {
        (this.reader, this.kind) = (reader, kind);
        ordinals = [.. Enumerable.Repeat(-1, InterchangeSchema.Count)];
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i);
            var c = Array.FindIndex(Names, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (c >= 0 && ordinals[c] < 0)
            {
                ordinals[c] = i;
            }
        }

        foreach (var c in Required(kind))
        {
            if (ordinals[(int)c] < 0)
            {
                throw new RowRejectedException(new RejectedRow(
                    null, 0, Names[(int)c], "(missing)",
                    $"a {KindName(kind)} tally in the interchange schema must have the column '{Names[(int)c]}' (row 0 is the header)"));
            }
        }
    }

    public long Row { get; private set; }

    public List<ReportingPeriod> Requested { get; } = [];

    public DataCoverage? Coverage { get; private set; }

    public long Outside { get; private set; }

    public static TTally Read<TTally>(IDataReader reader, InterchangeKind kind, Func<InterchangeReader, TTally> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return read(new InterchangeReader(reader, kind));
    }

    public static CaseTally ReadCases(InterchangeReader r)
    {
        var keys = new Dictionary<TallyKey, CaseKey>();
        var runoffs = new List<(TallyKey Key, int? Cell, DateOnly On, long Value, long Row, string Text)>();
        var seenRunoff = new Dictionary<(TallyKey, int?, DateOnly), long>();
        while (r.Next(out var rowKind))
        {
            if (rowKind == Entry)
            {
                var key = r.Key();
                var cell = r.Cell();
                var recorded = r.Count(Col.Recorded);
                var unfounded = r.Count(Col.Unfounded);
                var occurred = r.Count(Col.Occurred);
                var cleared = r.Count(Col.ClearedInPeriod);
                if (unfounded > recorded)
                {
                    throw r.Reject(Col.Unfounded, $"the unfounded cases must not exceed the recorded cases ({Preconditions.Number(recorded)})");
                }

                if (occurred != recorded - unfounded)
                {
                    throw r.Reject(Col.Occurred, $"occurred must equal recorded − unfounded ({Preconditions.Number(recorded)} − {Preconditions.Number(unfounded)} = {Preconditions.Number(recorded - unfounded)})");
                }

                if (!keys.TryGetValue(key, out var k))
                {
                    keys.Add(key, k = new CaseKey());
                }

                if (cell is null)
                {
                    if (recorded != 0 || unfounded != 0 || cleared != 0)
                    {
                        throw r.Reject(recorded != 0 ? Col.Recorded : unfounded != 0 ? Col.Unfounded : Col.ClearedInPeriod, "an entry row with NULL severity and offence_group stands for a key whose cells are all zero; its counts must be 0");
                    }

                    if (k.FirstRow != 0)
                    {
                        throw r.Reject(Col.Severity, $"a key has either one entry row with NULL severity and offence_group or entry rows of its cells, each once; row {Preconditions.Number(k.FirstRow)} is an entry row of the same key");
                    }

                    k.FirstRow = k.ZeroRow = r.Row;
                    continue;
                }

                var c = cell.Value;
                if (k.ZeroRow != 0 || k.CellRow[c] != 0)
                {
                    throw r.Reject(Col.Severity, $"a key has either one entry row with NULL severity and offence_group or entry rows of its cells, each once; row {Preconditions.Number(k.ZeroRow != 0 ? k.ZeroRow : k.CellRow[c])} is an entry row of the same key{(k.ZeroRow != 0 ? string.Empty : " and cell")}");
                }

                k.FirstRow = k.FirstRow == 0 ? r.Row : k.FirstRow;
                k.CellRow[c] = r.Row;
                (k.Recorded[c], k.Unfounded[c], k.Cleared[c]) = (recorded, unfounded, cleared);
            }
            else if (rowKind == Runoff)
            {
                var key = r.Key();
                var cell = r.Cell();
                var on = r.RequiredDate(Col.EvaluatedOn);
                var value = r.Count(Col.ClearedBy);
                if (on < key.Period.End)
                {
                    throw r.Reject(Col.EvaluatedOn, $"the evaluation dates must not be before the end of the cohort's period ({Preconditions.Date(key.Period.End)})");
                }

                if (cell is null && value != 0)
                {
                    throw r.Reject(Col.ClearedBy, "a runoff row with NULL severity and offence_group only marks an evaluation date of a key with no non-zero cell; its cleared_by must be 0");
                }

                if (!seenRunoff.TryAdd((key, cell, on), r.Row))
                {
                    throw r.Reject(Col.EvaluatedOn, $"a key has one runoff row per cell and evaluation date; row {Preconditions.Number(seenRunoff[(key, cell, on)])} is the same key, cell and date");
                }

                runoffs.Add((key, cell, on, value, r.Row, r.Text(Col.ClearedBy)));
            }
            else
            {
                r.ThrowUnexpected(rowKind);
            }
        }

        foreach (var x in runoffs)
        {
            if (!keys.TryGetValue(x.Key, out var k))
            {
                throw r.RejectAt(x.Row, Col.RowKind, Runoff, $"a runoff row must follow an entry row of its province and period; there is no entry row for {x.Key}");
            }

            k.Dates.Add(x.On);
            if (x.Cell is int c)
            {
                k.Runoff[(c, x.On)] = (x.Value, x.Row, x.Text);
            }
        }

        var entries = new List<KeyValuePair<TallyKey, CaseEntry>>();
        foreach (var (key, k) in keys)
        {
            var dates = k.Dates.ToArray();
            var entry = CaseEntry.Zero(dates);
            for (var c = 0; c < CaseEntry.Cells; c++)
            {
                var clearedBy = new long[dates.Length];
                var occurred = k.Recorded[c] - k.Unfounded[c];
                for (var i = 0; i < dates.Length; i++)
                {
                    var has = k.Runoff.TryGetValue((c, dates[i]), out var v);
                    clearedBy[i] = has ? v.Value : 0;
                    if (i > 0 && clearedBy[i] < clearedBy[i - 1])
                    {
                        var (row, text) = has ? (v.Row, v.Text) : (k.Runoff[(c, dates[i - 1])].Row, k.Runoff[(c, dates[i - 1])].Text);
                        throw r.RejectAt(row, Col.ClearedBy, text, $"the cleared-by counts must not decrease over the evaluation dates; {Preconditions.Number(clearedBy[i])} at {Preconditions.Date(dates[i])} follows {Preconditions.Number(clearedBy[i - 1])} (a missing runoff row reads as 0)");
                    }

                    if (clearedBy[i] > occurred)
                    {
                        throw r.RejectAt(v.Row, Col.ClearedBy, v.Text, $"the cases cleared must not exceed the cases that occurred on a cohort basis (recorded {Preconditions.Number(k.Recorded[c])} − unfounded {Preconditions.Number(k.Unfounded[c])} = {Preconditions.Number(occurred)}) at {Preconditions.Date(dates[i])}");
                    }
                }

                entry.SetCell(c, k.Recorded[c], k.Unfounded[c], k.Cleared[c], clearedBy);
            }

            entries.Add(new(key, entry));
        }

        return new CaseTally(r.Table(entries));
    }

    public static TrafficTally ReadTraffic(InterchangeReader r) => new(r.Table(r.Single(() =>
        r.Build(() => TrafficCounts.Create(r.Count(Col.Accidents), r.Count(Col.Deaths), r.Count(Col.Injured))))));

    public static CampaignTally ReadCampaigns(InterchangeReader r) => new(r.Table(r.Single(() =>
        CampaignEntry.Create(r.Count(Col.PeakCrackdown), r.Count(Col.FugitiveArrestAndSurrender)))));

    public static ElectronicIdTally ReadElectronicId(InterchangeReader r)
    {
        (ElectronicIdLevel Level, long Row)? level = null;
        var entries = r.Single(() =>
        {
            var l = r.Enum<ElectronicIdLevel>(Col.Level) ?? throw r.Reject(Col.Level, "every entry row of an e-ID tally names its level (level1 or level2)");
            if (level is { } first && first.Level != l)
            {
                throw r.Reject(Col.Level, $"all entry rows of an e-ID tally must be of one level; row {Preconditions.Number(first.Row)} is {Camel(first.Level)}");
            }

            level ??= (l, r.Row);
            var activated = r.Count(Col.AccountsActivated);
            var received = r.OptionalCount(Col.RecordsReceived);
            var target = r.OptionalCount(Col.Target);
            var earliest = r.RequiredDate(Col.EarliestAsOf);
            var latest = r.RequiredDate(Col.LatestAsOf);
            var period = r.CurrentKey!.Value.Period;
            return r.Build(() => ElectronicIdCounts.Create(activated, received, target, earliest, latest, period));
        });
        return new ElectronicIdTally(level?.Level, r.Table(entries));
    }

    public static DrillTally ReadDrills(InterchangeReader r)
    {
        var keys = new Dictionary<TallyKey, (DrillCounts?[] Kinds, long[] Rows)>();
        while (r.Next(out var rowKind))
        {
            if (rowKind != Entry)
            {
                r.ThrowUnexpected(rowKind);
            }

            var key = r.Key();
            var drillKind = r.Enum<DrillKind>(Col.DrillKind);
            var count = r.Count(Col.Drills);
            var attendances = r.Count(Col.Attendances);
            if (!keys.TryGetValue(key, out var k))
            {
                // Rows[0..2]: the row of each kind; Rows[3]: the row with NULL drill_kind.
                keys.Add(key, k = (new DrillCounts?[3], new long[4]));
            }

            if (drillKind is null && (count != 0 || attendances != 0))
            {
                throw r.Reject(count != 0 ? Col.Drills : Col.Attendances, "an entry row with NULL drill_kind stands for a key with no drill held; its counts must be 0");
            }

            var slot = drillKind is DrillKind d ? (int)d : 3;
            var other = slot == 3 ? k.Rows.FirstOrDefault(x => x != 0) : k.Rows[slot] != 0 ? k.Rows[slot] : k.Rows[3];
            if (other != 0)
            {
                throw r.Reject(Col.DrillKind, $"a key has either one entry row with NULL drill_kind or one entry row per kind held; row {Preconditions.Number(other)} is an entry row of the same key and kind, or NULL kind");
            }

            k.Rows[slot] = r.Row;
            if (drillKind is not null)
            {
                k.Kinds[slot] = r.Build(() => DrillCounts.Create(count, attendances));
            }
        }

        return new DrillTally(r.Table(keys.Select(p => new KeyValuePair<TallyKey, DrillEntry>(
            p.Key, new DrillEntry(p.Value.Kinds[0] ?? default, p.Value.Kinds[1] ?? default, p.Value.Kinds[2] ?? default)))));
    }

    public static DrugSeizureTally ReadDrugSeizures(InterchangeReader r)
    {
        var keys = new Dictionary<TallyKey, (long Cases, long Suspects, long Guns, long Rounds, long Row)>();
        var quantities = new List<(TallyKey Key, DrugQuantity Quantity, long Row)>();
        var seen = new Dictionary<(TallyKey, DrugKind, DrugUnit), long>();
        while (r.Next(out var rowKind))
        {
            if (rowKind == Entry)
            {
                var key = r.Key();
                var counts = (r.Count(Col.Cases), r.Count(Col.Suspects), r.Count(Col.Guns), r.Count(Col.Rounds), r.Row);
                if (keys.TryGetValue(key, out var first))
                {
                    throw r.Reject(Col.ProvinceCode, $"a key has one entry row; row {Preconditions.Number(first.Row)} is the same province and period");
                }

                keys.Add(key, counts);
            }
            else if (rowKind == Quantity)
            {
                var key = r.Key();
                var drug = r.Enum<DrugKind>(Col.DrugKind) ?? throw r.Reject(Col.DrugKind, "a quantity row names its drug kind");
                var unit = r.Enum<DrugUnit>(Col.DrugUnit) ?? throw r.Reject(Col.DrugUnit, "a quantity row names its unit");
                var amount = r.Amount();
                if (!seen.TryAdd((key, drug, unit), r.Row))
                {
                    throw r.Reject(Col.DrugKind, $"a key has one quantity row per drug kind and unit; row {Preconditions.Number(seen[(key, drug, unit)])} is the same key, kind and unit");
                }

                quantities.Add((key, r.Build(() => DrugQuantity.Create(drug, amount, unit)), r.Row));
            }
            else
            {
                r.ThrowUnexpected(rowKind);
            }
        }

        var byKey = new Dictionary<TallyKey, List<DrugQuantity>>();
        foreach (var q in quantities)
        {
            if (!keys.ContainsKey(q.Key))
            {
                throw r.RejectAt(q.Row, Col.RowKind, Quantity, $"a quantity row must belong to an entry row of its province and period; there is no entry row for {q.Key}");
            }

            (byKey.TryGetValue(q.Key, out var list) ? list : byKey[q.Key] = []).Add(q.Quantity);
        }

        return new DrugSeizureTally(r.Table(keys.Select(p => new KeyValuePair<TallyKey, DrugSeizureCounts>(
            p.Key, DrugSeizureCounts.Create(p.Value.Cases, p.Value.Suspects, byKey.TryGetValue(p.Key, out var list) ? list : [], p.Value.Guns, p.Value.Rounds)))));
    }

    private TallyKey? CurrentKey { get; set; }

    /// <summary>Rejects a row read earlier, for a rule checked once every row is in (the run-off, a row without its entry row).</summary>
    private RowRejectedException RejectAt(long row, Col c, string value, string rule) =>
        new(new RejectedRow(null, row, ColumnName(c), value, rule));

    private static IEnumerable<Col> Required(InterchangeKind kind) =>
        Common.Concat(KeyCols).Append(Col.Outside).Concat(EntryCols(kind)).Concat(kind switch
        {
            InterchangeKind.Cases => [Col.EvaluatedOn, Col.ClearedBy],
            InterchangeKind.DrugSeizures => [Col.DrugKind, Col.DrugUnit, Col.Amount],
            _ => [],
        });

    private static Col[] EntryCols(InterchangeKind kind) => kind switch
    {
        InterchangeKind.Cases => [Col.Severity, Col.OffenceGroup, Col.Recorded, Col.Unfounded, Col.Occurred, Col.ClearedInPeriod],
        InterchangeKind.Traffic => [Col.Accidents, Col.Deaths, Col.Injured],
        InterchangeKind.Campaigns => [Col.PeakCrackdown, Col.FugitiveArrestAndSurrender],
        InterchangeKind.Drills => [Col.DrillKind, Col.Drills, Col.Attendances],
        InterchangeKind.DrugSeizures => [Col.Cases, Col.Suspects, Col.Guns, Col.Rounds],
        _ => [Col.Level, Col.AccountsActivated, Col.RecordsReceived, Col.Target, Col.EarliestAsOf, Col.LatestAsOf],
    };

    private static Col[] Applicable(InterchangeKind kind, string rowKind) => rowKind switch
    {
        PeriodRow => PeriodCols,
        CoverageRow => [Col.PeriodStart, Col.PeriodEnd],
        OutsideRow => [Col.Outside],
        Runoff => [.. KeyCols, Col.Severity, Col.OffenceGroup, Col.EvaluatedOn, Col.ClearedBy],
        Quantity => [.. KeyCols, Col.DrugKind, Col.DrugUnit, Col.Amount],
        _ => [.. KeyCols, .. EntryCols(kind)],
    };

    /// <summary>Reads every entry row of a tally with one entry row per key; other key rows are refused.</summary>
    private List<KeyValuePair<TallyKey, TEntry>> Single<TEntry>(Func<TEntry> read)
    {
        var rows = new Dictionary<TallyKey, long>();
        var entries = new List<KeyValuePair<TallyKey, TEntry>>();
        while (Next(out var rowKind))
        {
            if (rowKind != Entry)
            {
                ThrowUnexpected(rowKind);
            }

            var key = Key();
            if (!rows.TryAdd(key, Row))
            {
                throw Reject(Col.ProvinceCode, $"a key has one entry row; row {Preconditions.Number(rows[key])} is the same province and period");
            }

            entries.Add(new(key, read()));
        }

        return entries;
    }

    private TallyTable<TEntry> Table<TEntry>(IEnumerable<KeyValuePair<TallyKey, TEntry>> entries)
        where TEntry : notnull, ITallyEntry<TEntry> =>
        TallyTable<TEntry>.Create(entries, Outside, "reader", Requested, Coverage);

    /// <summary>Moves to the next row, reads the rows every tally has (period, coverage, outside) and returns at the first key row.</summary>
    private bool Next(out string rowKind)
    {
        while (reader.Read())
        {
            Row++;
            CurrentKey = null;
            var version = Int(Col.SchemaVersion) ?? throw Reject(Col.SchemaVersion, $"schema_version must be {TallyInterchange.SchemaVersion} on every row");
            if (version != TallyInterchange.SchemaVersion)
            {
                throw Reject(Col.SchemaVersion, $"schema version {TallyInterchange.SchemaVersion} is the one this library reads");
            }

            var tally = TextOf(Col.Tally);
            if (!string.Equals(tally, KindName(kind), StringComparison.Ordinal))
            {
                throw Reject(Col.Tally, $"every row must be of the tally read, '{KindName(kind)}'");
            }

            rowKind = TextOf(Col.RowKind) ?? string.Empty;
            var applicable = Applicable(kind, rowKind);
            if (rowKind is not (Entry or Runoff or Quantity or PeriodRow or CoverageRow or OutsideRow)
                || (rowKind == Runoff && kind != InterchangeKind.Cases) || (rowKind == Quantity && kind != InterchangeKind.DrugSeizures))
            {
                ThrowUnexpected(rowKind);
            }

            for (var c = (int)Col.RowKind + 1; c < InterchangeSchema.Count; c++)
            {
                if (ordinals[c] >= 0 && !applicable.Contains((Col)c) && Raw((Col)c) is not null)
                {
                    throw Reject((Col)c, $"column '{Names[c]}' does not apply to a '{rowKind}' row of a {KindName(kind)} tally and must be NULL");
                }
            }

            switch (rowKind)
            {
                case PeriodRow:
                    var p = Period();
                    if (!Requested.Contains(p))
                    {
                        Requested.Add(p);
                    }

                    continue;
                case CoverageRow:
                    if (coverageRow != 0)
                    {
                        throw Reject(Col.RowKind, $"a table has at most one coverage row; row {Preconditions.Number(coverageRow)} is one");
                    }

                    var from = RequiredDate(Col.PeriodStart);
                    var asOf = RequiredDate(Col.PeriodEnd);
                    Coverage = Build(() => DataCoverage.Create(from, asOf), _ => Col.PeriodEnd);
                    coverageRow = Row;
                    continue;
                case OutsideRow:
                    if (outsideRow != 0)
                    {
                        throw Reject(Col.RowKind, $"a table has at most one outside row; row {Preconditions.Number(outsideRow)} is one");
                    }

                    Outside = Count(Col.Outside);
                    outsideRow = Row;
                    continue;
                default:
                    return true;
            }
        }

        rowKind = string.Empty;
        return false;
    }

    private void ThrowUnexpected(string rowKind) => throw Reject(
        Col.RowKind,
        $"the row kind of a {KindName(kind)} tally must be one of {string.Join(", ", new[] { Entry }.Concat(kind switch { InterchangeKind.Cases => [Runoff], InterchangeKind.DrugSeizures => [Quantity], _ => Array.Empty<string>() }).Concat([OutsideRow, PeriodRow, CoverageRow]))}");

    private TallyKey Key()
    {
        var number = Int(Col.Edition) ?? throw Reject(Col.Edition, "a key row names the edition of its province (63 or 34)");
        var e = number switch
        {
            63 => ProvinceEdition.Provinces63,
            34 => ProvinceEdition.Provinces34,
            _ => throw Reject(Col.Edition, "the edition must be 63 (the 63 units until 30/06/2025) or 34 (the 34 units from 01/07/2025)"),
        };
        var code = TextOf(Col.ProvinceCode) ?? throw Reject(Col.ProvinceCode, "a key row names its province by code");
        if (!ProvinceCatalog.TryFind(e, code, out var province))
        {
            throw Reject(Col.ProvinceCode, $"the province code must be a code of the {e switch { ProvinceEdition.Provinces34 => "34", _ => "63" }}-unit edition exactly as the catalogue writes it (two digits, for example '74')");
        }

        if (edition is { } first && first.Edition != e)
        {
            throw Reject(Col.Edition, $"a tally's provinces must all be of one edition; row {Preconditions.Number(first.Row)} is of the {EditionNumber(first.Edition)}-unit edition");
        }

        edition ??= (e, Row);
        var key = new TallyKey(province, Period());
        CurrentKey = key;
        return key;
    }

    /// <summary>Reads a period: a custom one from its dates, a calendar one rebuilt from (cut-off day, unit, year, index) and checked against its dates.</summary>
    private ReportingPeriod Period()
    {
        var start = RequiredDate(Col.PeriodStart);
        var end = RequiredDate(Col.PeriodEnd);
        var unit = Enum<PeriodUnit>(Col.PeriodUnit) ?? throw Reject(Col.PeriodUnit, "a period names its unit (custom, month, quarter, halfYear, year or firstMonths)");
        ReportingPeriod period;
        if (unit == PeriodUnit.Custom)
        {
            foreach (var c in new[] { Col.PeriodYear, Col.PeriodIndex, Col.CutoffDay })
            {
                if (Raw(c) is not null)
                {
                    throw Reject(c, "a custom period has no year, index or cut-off day; the column must be NULL");
                }
            }

            period = end < start
                ? throw Reject(Col.PeriodEnd, $"the end must not be before the start ({Preconditions.Date(start)})")
                : ReportingPeriod.Create(start, end);
        }
        else
        {
            var cutoff = Int(Col.CutoffDay) ?? throw Reject(Col.CutoffDay, "a calendar period names its calendar's cut-off day (31 for Gregorian, 14 for the statistical calendar)");
            var year = Int(Col.PeriodYear) ?? throw Reject(Col.PeriodYear, "a calendar period names its year");
            var index = Int(Col.PeriodIndex) ?? throw Reject(Col.PeriodIndex, "a calendar period names its index in the year");
            var calendar = Build(() => ReportingCalendar.WithCutoffDay(cutoff), _ => Col.CutoffDay);
            period = Build(() => calendar.Rebuild(unit, year, index), p => p == "year" ? Col.PeriodYear : Col.PeriodIndex);
            if (period.Start != start)
            {
                throw Reject(Col.PeriodStart, $"the start must be that of {period} rebuilt from cut-off day, unit, year and index");
            }

            if (period.End != end)
            {
                throw Reject(Col.PeriodEnd, $"the end must be that of {period} rebuilt from cut-off day, unit, year and index");
            }
        }

        var known = periods.FindIndex(x => x.Period == period);
        if (known < 0)
        {
            foreach (var (other, row) in periods)
            {
                if (other.Calendar != period.Calendar)
                {
                    throw Reject(Col.CutoffDay, $"a tally's periods must all be of one calendar; {period} is not of the calendar of {other} (row {Preconditions.Number(row)})");
                }

                if (other.Overlaps(period))
                {
                    throw Reject(Col.PeriodStart, $"a tally's periods must be equal or disjoint; {period} overlaps {other} (row {Preconditions.Number(row)})");
                }
            }

            periods.Add((period, Row));
        }

        return period;
    }

    /// <summary>Reads a case cell: both severity and offence group, or neither.</summary>
    private int? Cell()
    {
        var severity = Enum<Severity>(Col.Severity);
        var group = Enum<OffenceGroup>(Col.OffenceGroup);
        return (severity, group) switch
        {
            (null, null) => null,
            (Severity s, OffenceGroup g) => CaseEntry.Cell(s, g),
            (null, _) => throw Reject(Col.Severity, "severity and offence_group are both given or both NULL"),
            _ => throw Reject(Col.OffenceGroup, "severity and offence_group are both given or both NULL"),
        };
    }

    /// <summary>Runs a validating factory of the library, turning its argument exception into the row's rejection.</summary>
    private T Build<T>(Func<T> create, Func<string?, Col>? column = null)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var c = column?.Invoke(ex.ParamName) ?? ColumnOf(ex.ParamName);
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            // The factory's sentence ends with "; it was <value>.": the rejected row states the value itself.
            var it = message.LastIndexOf("; it was ", StringComparison.Ordinal);
            var rule = Camel((it < 0 ? message : message[..it]).TrimEnd('.'));
            throw new RowRejectedException(new RejectedRow(null, Row, ColumnName(c), Text(c), rule), ex);
        }
    }

    private Col ColumnOf(string? parameter)
    {
        if (parameter == "count")
        {
            return Col.Drills;
        }

        var i = parameter is null ? -1 : Array.IndexOf(Names, Snake(parameter));
        return i >= 0 ? (Col)i : EntryCols(kind)[^1];
    }

    private object? Raw(Col c)
    {
        var i = ordinals[(int)c];
        return i < 0 || reader.IsDBNull(i) ? null : reader.GetValue(i) is var v && v is DBNull ? null : v;
    }

    public string Text(Col c) => Raw(c) switch
    {
        null => "(null)",
        string { Length: 0 } => "(empty)",
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("o", CultureInfo.InvariantCulture),
        DateOnly d => Iso(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? string.Empty,
    };

    private RowRejectedException Reject(Col c, string rule) => new(new RejectedRow(null, Row, ColumnName(c), Text(c), rule));

    /// <summary>The column's name as the source spells it (the schema's name when the source lacks it).</summary>
    private string ColumnName(Col c) => ordinals[(int)c] < 0 ? Names[(int)c] : reader.GetName(ordinals[(int)c]);

    private string? TextOf(Col c) => Raw(c) switch
    {
        null => null,
        string s => s,
        _ => throw Reject(c, $"column '{Names[(int)c]}' must be text"),
    };

    private TEnum? Enum<TEnum>(Col c)
        where TEnum : struct, Enum
    {
        var text = TextOf(c);
        if (text is null)
        {
            return null;
        }

        foreach (var v in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(Camel(v), text, StringComparison.Ordinal))
            {
                return v;
            }
        }

        throw Reject(c, $"column '{Names[(int)c]}' must be one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(Camel))}, spelt exactly");
    }

    private long? Long(Col c)
    {
        var raw = Raw(c);
        long? value = raw switch
        {
            null => null,
            long l => l,
            int i => i,
            short s => s,
            byte b => b,
            sbyte b => b,
            ushort u => u,
            uint u => u,
            ulong u when u <= long.MaxValue => (long)u,
            decimal d when decimal.Truncate(d) == d && d >= long.MinValue && d <= long.MaxValue => (long)d,
            double d when Math.Truncate(d) == d && Math.Abs(d) < 9.0e15 => (long)d,
            float f when MathF.Truncate(f) == f && Math.Abs(f) < 1.6e7f => (long)f,
            BigInteger b when b >= long.MinValue && b <= long.MaxValue => (long)b,
            string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            _ => throw Reject(c, $"column '{Names[(int)c]}' must be a whole number"),
        };
        return value;
    }

    private int? Int(Col c) => Long(c) switch
    {
        null => null,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        _ => throw Reject(c, $"column '{Names[(int)c]}' must be a whole number of at most 10 digits"),
    };

    private long Count(Col c)
    {
        var value = Long(c) ?? throw Reject(c, $"column '{Names[(int)c]}' must not be NULL on a row of this kind");
        return value < 0 ? throw Reject(c, "a count must not be negative") : value;
    }

    private long? OptionalCount(Col c) => Raw(c) is null ? null : Count(c);

    private decimal Amount() => Raw(Col.Amount) switch
    {
        null => throw Reject(Col.Amount, "a quantity row gives its amount"),
        decimal d => d,
        long l => l,
        int i => i,
        double d when double.IsFinite(d) => (decimal)d,
        string s when decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw Reject(Col.Amount, "column 'amount' must be a decimal number written with '.'"),
    };

    private DateOnly RequiredDate(Col c) => Raw(c) switch
    {
        null => throw Reject(c, $"column '{Names[(int)c]}' must not be NULL on a row of this kind"),
        DateOnly d => d,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => DateOnly.FromDateTime(d),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => throw Reject(c, $"column '{Names[(int)c]}' must be a date (yyyy-MM-dd, with no time of day)"),
    };

    /// <summary>The entry rows, run-off and evaluation dates of one case key, with the rows that gave them.</summary>
    private sealed class CaseKey
    {
        public long FirstRow { get; set; }

        public long ZeroRow { get; set; }

        public long[] CellRow { get; } = new long[CaseEntry.Cells];

        public long[] Recorded { get; } = new long[CaseEntry.Cells];

        public long[] Unfounded { get; } = new long[CaseEntry.Cells];

        public long[] Cleared { get; } = new long[CaseEntry.Cells];

        public SortedSet<DateOnly> Dates { get; } = [];

        public Dictionary<(int Cell, DateOnly On), (long Value, long Row, string Text)> Runoff { get; } = [];
    }
}
