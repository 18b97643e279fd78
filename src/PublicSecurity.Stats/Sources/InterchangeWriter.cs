using System.Data;
using System.Globalization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using static PublicSecurity.Stats.Sources.InterchangeSchema;

namespace PublicSecurity.Stats.Sources;

/// <summary>Writes a tally as the rows of the interchange schema (values typed: int, long, decimal, DateOnly, string; null for NULL).</summary>
internal static class InterchangeWriter
{
    public static List<object?[]> Rows(CaseTally tally) => Rows(InterchangeKind.Cases, tally, (rows, key) =>
    {
        var e = tally.Table.TryGet(key, out var entry) ? entry : throw new InvalidOperationException("A key without an entry.");
        var cells = Enumerable.Range(0, CaseEntry.Cells).Where(c => !e.IsZero(c)).ToList();
        if (cells.Count == 0)
        {
            var r = Row(rows, InterchangeKind.Cases, Entry, key);
            Set(r, (Col.Recorded, 0L), (Col.Unfounded, 0L), (Col.Occurred, 0L), (Col.ClearedInPeriod, 0L));
        }

        foreach (var c in cells)
        {
            var r = Row(rows, InterchangeKind.Cases, Entry, key);
            Set(r, (Col.Severity, Camel(CaseEntry.SeverityOf(c))), (Col.OffenceGroup, Camel(CaseEntry.GroupOf(c))), (Col.Recorded, e.Recorded[c]),
                (Col.Unfounded, e.Unfounded[c]), (Col.Occurred, e.Recorded[c] - e.Unfounded[c]), (Col.ClearedInPeriod, e.ClearedInPeriod[c]));
        }

        var n = e.EvaluatedAt.Length;
        for (var i = 0; i < n; i++)
        {
            if (cells.Count == 0)
            {
                Set(Row(rows, InterchangeKind.Cases, Runoff, key), (Col.EvaluatedOn, e.EvaluatedAt[i]), (Col.ClearedBy, 0L));
            }

            foreach (var c in cells)
            {
                Set(
                    Row(rows, InterchangeKind.Cases, Runoff, key),
                    (Col.Severity, Camel(CaseEntry.SeverityOf(c))), (Col.OffenceGroup, Camel(CaseEntry.GroupOf(c))),
                    (Col.EvaluatedOn, e.EvaluatedAt[i]), (Col.ClearedBy, e.ClearedBy[(c * n) + i]));
            }
        }
    });

    public static List<object?[]> Rows(TrafficTally tally) => Rows(InterchangeKind.Traffic, tally, (rows, key) =>
    {
        var v = tally.Get(key.Province, key.Period);
        Set(Row(rows, InterchangeKind.Traffic, Entry, key), (Col.Accidents, v.Accidents), (Col.Deaths, v.Deaths), (Col.Injured, v.Injured));
    });

    public static List<object?[]> Rows(CampaignTally tally) => Rows(InterchangeKind.Campaigns, tally, (rows, key) =>
    {
        ((TallyTable<CampaignEntry>)tally.Content).TryGet(key, out var v);
        Set(Row(rows, InterchangeKind.Campaigns, Entry, key), (Col.PeakCrackdown, v.PeakCrackdown), (Col.FugitiveArrestAndSurrender, v.FugitiveArrestAndSurrender));
    });

    public static List<object?[]> Rows(DrillTally tally) => Rows(InterchangeKind.Drills, tally, (rows, key) =>
    {
        ((TallyTable<DrillEntry>)tally.Content).TryGet(key, out var v);
        var held = Enum.GetValues<DrillKind>().Where(k => v.Of(k) != default).ToList();
        if (held.Count == 0)
        {
            Set(Row(rows, InterchangeKind.Drills, Entry, key), (Col.Drills, 0L), (Col.Attendances, 0L));
        }

        foreach (var k in held)
        {
            Set(Row(rows, InterchangeKind.Drills, Entry, key), (Col.DrillKind, Camel(k)), (Col.Drills, v.Of(k).Count), (Col.Attendances, v.Of(k).Attendances));
        }
    });

    public static List<object?[]> Rows(DrugSeizureTally tally) => Rows(InterchangeKind.DrugSeizures, tally, (rows, key) =>
    {
        var v = tally.Get(key.Province, key.Period);
        Set(Row(rows, InterchangeKind.DrugSeizures, Entry, key), (Col.Cases, v.Cases), (Col.Suspects, v.Suspects), (Col.Guns, v.Guns), (Col.Rounds, v.Rounds));
        foreach (var q in v.Quantities)
        {
            Set(Row(rows, InterchangeKind.DrugSeizures, Quantity, key), (Col.DrugKind, Camel(q.Kind)), (Col.DrugUnit, Camel(q.Unit)), (Col.Amount, q.Amount));
        }
    });

    public static List<object?[]> Rows(ElectronicIdTally tally) => Rows(InterchangeKind.ElectronicId, tally, (rows, key) =>
    {
        var v = tally.Get(key.Province, key.Period);
        Set(
            Row(rows, InterchangeKind.ElectronicId, Entry, key),
            (Col.Level, Camel(tally.Level!.Value)), (Col.AccountsActivated, v.AccountsActivated), (Col.RecordsReceived, v.RecordsReceived),
            (Col.Target, v.Target), (Col.EarliestAsOf, v.EarliestAsOf), (Col.LatestAsOf, v.LatestAsOf));
    });

    /// <summary>The count columns of entry rows, hidden together when a row is suppressed.</summary>
    private static readonly Col[] EntryCounts =
    [
        Col.Recorded, Col.Unfounded, Col.Occurred, Col.ClearedInPeriod, Col.Accidents, Col.Deaths, Col.Injured, Col.PeakCrackdown,
        Col.FugitiveArrestAndSurrender, Col.Drills, Col.Attendances, Col.Cases, Col.Suspects, Col.Guns, Col.Rounds,
        Col.AccountsActivated, Col.RecordsReceived, Col.Target,
    ];

    /// <summary>The columns that make a row's category: one province × period table per row kind and category.</summary>
    private static readonly Col[] CategoryColumns = [Col.Severity, Col.OffenceGroup, Col.DrillKind, Col.EvaluatedOn, Col.Level];

    /// <summary>
    /// Small-cell protection of the rows (see <see cref="TallyInterchange.WriteCsv(CaseTally, TextWriter, SmallCellSuppression)"/>):
    /// per row kind (entry, runoff) and category, each count column is a province × period table; the count columns
    /// share one pattern (each column's pattern starts from the others' until none adds an entry, so the shared pattern
    /// keeps 0 or at least 2 hidden entries in every line of every column) and every count of a hidden row is replaced
    /// by the mark. A key's category without a row is a known zero: counted in the
    /// totals, never hidden. Returns the rows to write; the input is not changed.
    /// </summary>
    public static List<object?[]> Suppress(List<object?[]> rows, SmallCellSuppression rule)
    {
        var keyed = rows.Where(r => r[(int)Col.RowKind] is Entry or Runoff).ToList();
        var provinces = keyed.Select(r => (string)r[(int)Col.ProvinceCode]!).Distinct().Order(StringComparer.Ordinal).ToList();
        var periods = keyed.Select(r => ((DateOnly)r[(int)Col.PeriodStart]!, (DateOnly)r[(int)Col.PeriodEnd]!)).Distinct().Order().ToList();
        var keys = keyed.Where(r => (string)r[(int)Col.RowKind]! == Entry)
            .Select(r => (provinces.IndexOf((string)r[(int)Col.ProvinceCode]!), periods.IndexOf(((DateOnly)r[(int)Col.PeriodStart]!, (DateOnly)r[(int)Col.PeriodEnd]!))))
            .ToHashSet();
        var hidden = new HashSet<object?[]>(ReferenceEqualityComparer.Instance);
        foreach (var (kind, counts) in new[] { (Entry, EntryCounts), (Runoff, new[] { Col.ClearedBy }) })
        {
            var ofKind = keyed.Where(r => (string)r[(int)Col.RowKind]! == kind).ToList();

            // Where some rows of the kind have a category, a row with none is the marker of a key whose counts are all 0.
            var categorized = ofKind.Any(r => r[(int)Col.Severity] is not null || r[(int)Col.DrillKind] is not null);
            var groups = ofKind.Where(r => !categorized || r[(int)Col.Severity] is not null || r[(int)Col.DrillKind] is not null)
                .GroupBy(r => string.Join('|', CategoryColumns.Select(c => Field(r[(int)c]))), StringComparer.Ordinal);
            foreach (var group in groups)
            {
                HideTable([.. group], counts, provinces, periods, keys, rule, hidden);
            }
        }

        return [.. rows.Select(r => hidden.Contains(r) ? Marked(r) : r)];
    }

    /// <summary>Finds the pattern of one category's province × period table, column by column, and adds its hidden rows.</summary>
    private static void HideTable(
        List<object?[]> group, Col[] counts, List<string> provinces, List<(DateOnly Start, DateOnly End)> periods,
        HashSet<(int, int)> keys, SmallCellSuppression rule, HashSet<object?[]> hidden)
    {
        var (height, width) = (provinces.Count, periods.Count);
        var at = new object?[]?[height * width];
        foreach (var r in group)
        {
            at[(provinces.IndexOf((string)r[(int)Col.ProvinceCode]!) * width) + periods.IndexOf(((DateOnly)r[(int)Col.PeriodStart]!, (DateOnly)r[(int)Col.PeriodEnd]!))] = r;
        }

        // A runoff table's implicit zeros are only those of keys evaluated at its date: by then their period has ended.
        var evaluatedOn = group[0][(int)Col.EvaluatedOn] as DateOnly?;
        var known = new bool[at.Length];
        var grids = new List<long?[]>();
        foreach (var column in counts)
        {
            var cells = new long?[at.Length];
            for (var i = 0; i < at.Length; i++)
            {
                var exists = keys.Contains((i / width, i % width)) && (evaluatedOn is null || periods[i % width].End <= evaluatedOn);
                (cells[i], known[i]) = at[i] is { } row ? ((long?)row[(int)column], false) : (exists ? 0L : null, exists);
            }

            if (cells.Any(c => c is not null))
            {
                grids.Add(cells);
            }
        }

        // One pattern for every count column: each column's pattern starts from the union of the others' (cells and
        // margins) until none adds an entry, so the union is closed — every line keeps 0 or at least 2 — in every column.
        var union = new bool[(height + 1) * (width + 1)];
        bool grew;
        do
        {
            grew = false;
            foreach (var cells in grids)
            {
                var pattern = SuppressionPattern.Solve(rule, height, width, cells, known, union);
                for (var i = 0; i < union.Length; i++)
                {
                    if (!union[i] && pattern.IsSuppressed(i / (width + 1), i % (width + 1)))
                    {
                        (union[i], grew) = (true, true);
                    }
                }
            }
        }
        while (grew);

        for (var i = 0; i < at.Length; i++)
        {
            if (union[((i / width) * (width + 1)) + (i % width)] && at[i] is { } row)
            {
                hidden.Add(row);
            }
        }
    }

    private static object?[] Marked(object?[] row)
    {
        var copy = (object?[])row.Clone();
        foreach (var c in EntryCounts.Append(Col.ClearedBy))
        {
            if (copy[(int)c] is not null)
            {
                copy[(int)c] = SmallCellSuppression.Mark;
            }
        }

        return copy;
    }

    /// <summary>RFC 4180: a header line, <c>\n</c> line ends, fields quoted only when they hold a comma, a quote or a line break.</summary>
    public static void WriteCsv(List<object?[]> rows, TextWriter writer)
    {
        writer.Write(string.Join(',', Names));
        writer.Write('\n');
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Field(row[i]));
            }

            writer.Write('\n');
        }
    }

    public static DataTable Table(List<object?[]> rows)
    {
        var table = new DataTable("tally") { Locale = CultureInfo.InvariantCulture };
        foreach (var c in Enum.GetValues<Col>())
        {
            table.Columns.Add(Names[(int)c], TypeOf(c));
        }

        table.BeginLoadData();
        foreach (var row in rows)
        {
            table.LoadDataRow([.. row.Select(v => v switch { null => DBNull.Value, DateOnly d => d.ToDateTime(TimeOnly.MinValue), _ => v })], true);
        }

        table.EndLoadData();
        return table;
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            DateOnly d => Iso(d),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static List<object?[]> Rows<TTally>(InterchangeKind kind, Tally<TTally> tally, Action<List<object?[]>, TallyKey> key)
        where TTally : Tally<TTally>
    {
        var rows = new List<object?[]>();
        foreach (var p in tally.Periods)
        {
            SetPeriod(Row(rows, kind, PeriodRow), p);
        }

        if (tally.Coverage is { } coverage)
        {
            Set(Row(rows, kind, CoverageRow), (Col.PeriodStart, coverage.From), (Col.PeriodEnd, coverage.AsOf));
        }

        Set(Row(rows, kind, OutsideRow), (Col.Outside, tally.Outside));
        foreach (var k in tally.Keys)
        {
            key(rows, k);
        }

        return rows;
    }

    private static object?[] Row(List<object?[]> rows, InterchangeKind kind, string rowKind, TallyKey? key = null)
    {
        var row = new object?[Count];
        row[(int)Col.SchemaVersion] = TallyInterchange.SchemaVersion;
        row[(int)Col.Tally] = KindName(kind);
        row[(int)Col.RowKind] = rowKind;
        if (key is TallyKey k)
        {
            row[(int)Col.ProvinceCode] = k.Province.Code;
            row[(int)Col.Edition] = EditionNumber(k.Province.Edition);
            SetPeriod(row, k.Period);
        }

        rows.Add(row);
        return row;
    }

    private static void SetPeriod(object?[] row, ReportingPeriod p)
    {
        row[(int)Col.PeriodStart] = p.Start;
        row[(int)Col.PeriodEnd] = p.End;
        row[(int)Col.PeriodUnit] = Camel(p.Unit);
        row[(int)Col.PeriodYear] = p.Year;
        row[(int)Col.PeriodIndex] = p.Index;
        row[(int)Col.CutoffDay] = p.Calendar?.CutoffDay;
    }

    private static void Set(object?[] row, params (Col Column, object? Value)[] values)
    {
        foreach (var (c, v) in values)
        {
            row[(int)c] = v;
        }
    }
}
