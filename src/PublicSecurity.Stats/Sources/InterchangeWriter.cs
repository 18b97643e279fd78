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
