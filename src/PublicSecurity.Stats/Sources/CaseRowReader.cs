using System.Data;
using System.Globalization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Sources;

/// <summary>
/// Reads case rows of any data reader into the columnar aggregation: each row's fields are decoded and checked (in the
/// order of <see cref="CaseAggregator"/>'s rules, id first) into column chunks of 65,536 rows, each chunk counted by one
/// <see cref="CaseCounter"/> — memory flat in the row count (apart from the ids a registry keeps).
/// </summary>
internal sealed class CaseRowReader : IDisposable
{
    private const int Chunk = 1 << 16;

    private readonly CaseReadOptions options;
    private readonly CaseSourceColumns map;
    private readonly string? source;
    private readonly CaseCounter counter;
    private readonly CaseIdRegistry? ids;
    private readonly int idColumn;
    private readonly int provinceColumn;
    private readonly int recordedColumn;
    private readonly int outcomeColumn;
    private readonly int outcomeOnColumn;
    private readonly int severityColumn;
    private readonly int groupColumn;
    private readonly int rowColumn;
    private readonly string[] names;
    private readonly Dictionary<string, int> provinceCache = new(StringComparer.Ordinal);
    private readonly byte[] province = new byte[Chunk];
    private readonly int[] recorded = new int[Chunk];
    private readonly byte[] kind = new byte[Chunk];
    private readonly int[] outcomeDay = new int[Chunk];
    private readonly byte[] severity = new byte[Chunk];
    private readonly byte[] group = new byte[Chunk];
    private readonly List<RejectedRow> rejected = [];
    private readonly List<DuplicateCaseId> duplicates = [];
    private int buffered;
    private long rows;
    private long counted;
    private long rejectedCount;
    private long duplicateCount;
    private long skipped;

    public CaseRowReader(IDataRecord schema, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, string paramName, string? rowNumberColumn = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        this.options = options;
        map = options.Columns;
        source = options.SourceName;
        names = new string[schema.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = schema.GetName(i);
        }

        provinceColumn = Find(map.Province, paramName, required: true);
        recordedColumn = Find(map.RecordedOn, paramName, required: true);
        outcomeColumn = Find(map.Outcome, paramName, required: true);
        outcomeOnColumn = Find(map.OutcomeOn, paramName, required: true);
        severityColumn = Find(map.Severity, paramName, required: true);
        groupColumn = Find(map.OffenceGroup, paramName, required: true);
        rowColumn = rowNumberColumn is null ? -1 : Array.IndexOf(names, rowNumberColumn);

        // The default "id" is optional (a source may have none); a name the caller chose must be there.
        idColumn = map.Id is null ? -1 : Find(map.Id, paramName, required: !ReferenceEquals(map.Id, CaseSourceColumns.Default.Id));
        ids = idColumn < 0 ? null : options.IdRegistry ?? new CaseIdRegistry();
        Totals = new CaseTotals(options.Edition, new PeriodLookup(periods, nameof(periods)));
        counter = new CaseCounter(Totals);
    }

    public long Rows => rows;

    /// <summary>Gets the dense counts the rows are counted into.</summary>
    public CaseTotals Totals { get; }

    /// <summary>Gets the index of the id column, or −1.</summary>
    public int IdColumn => idColumn;

    /// <summary>Gets the column names of the input.</summary>
    public IReadOnlyList<string> Names => names;

    public void Dispose() => counter.Dispose();

    /// <summary>Reads one row (the reader is on it): checks it, then counts it or rejects it.</summary>
    public void Add(IDataRecord record)
    {
        rows = rowColumn >= 0 ? Convert.ToInt64(record.GetValue(rowColumn), CultureInfo.InvariantCulture) : rows + 1;
        if (idColumn >= 0 && !TakeId(record))
        {
            return;
        }

        if (Check(record, out var p, out var r, out var k, out var o, out var s, out var g))
        {
            Buffer(p, r, k, o, s, g);
        }
    }

    /// <summary>Reads one row as a record (the reader is on it): checked as <see cref="Add"/> checks it, ids included; false when it was rejected or skipped.</summary>
    public bool TryRecord(IDataRecord record, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CriminalCase? result)
    {
        result = null;
        rows = rowColumn >= 0 ? Convert.ToInt64(record.GetValue(rowColumn), CultureInfo.InvariantCulture) : rows + 1;
        if (!TakeId(record) || !Check(record, out var p, out var r, out var k, out var o, out var s, out var g))
        {
            return false;
        }

        counted++;
        result = CriminalCase.Create(
            IdText(Value(record, idColumn))!, ProvinceCatalog.All(options.Edition)[p], g, s, DateOnly.FromDayNumber(r), k, o < 0 ? null : DateOnly.FromDayNumber(o));
        return true;
    }

    /// <summary>Gets the rows rejected so far (up to the cap).</summary>
    public IReadOnlyList<RejectedRow> Rejected => rejected;

    /// <summary>Checks a row the caller knows is bad (a SQL engine found it): it must be rejected, with the reason the reader gives.</summary>
    public void Reject(IDataRecord record)
    {
        rows = Convert.ToInt64(record.GetValue(rowColumn), CultureInfo.InvariantCulture);
        if (idColumn >= 0 && string.IsNullOrEmpty(IdText(Value(record, idColumn))))
        {
            Reject(idColumn, Value(record, idColumn), "the case id must not be blank");
            return;
        }

        if (Check(record, out _, out _, out _, out _, out _, out _))
        {
            throw new InvalidOperationException($"Row {Preconditions.Number(rows)} was found bad by the engine but reads as good: the engine's rules and the library's differ (a defect).");
        }
    }

    /// <summary>Decodes a row the caller knows is good and counted (a SQL engine counted it), for a duplicate to be taken out again.</summary>
    public bool TryDecode(IDataRecord record, out (int Province, int Recorded, CaseOutcome Kind, int OutcomeDay, Severity Severity, OffenceGroup Group) row)
    {
        // A bad row was never counted by the engine: it is not taken out, and its rejection is accounted elsewhere.
        return TryRow(record, out row, out _);
    }

    /// <summary>Counts rows another engine counted: <paramref name="cases"/> cases of one cube cell.</summary>
    public void AddCounted(int recordedPeriod, int code, int provinceIndex, int cell, long cases)
    {
        Totals.Counts[Totals.At(recordedPeriod, code, provinceIndex, cell)] += cases;
        counted += cases;
    }

    /// <summary>Takes out a row an engine counted (a duplicate skipped or rejected afterwards).</summary>
    public void Uncount(int provinceIndex, int recordedDay, CaseOutcome kind, int outcomeDay, int cell)
    {
        var lookup = Totals.Lookup;
        var recordedPeriod = lookup.PeriodOfDay[Math.Min((uint)(recordedDay - lookup.FirstDay), lookup.Span)];
        var code = kind switch
        {
            CaseOutcome.NotCleared => lookup.NotClearedCode,
            CaseOutcome.Unfounded => lookup.UnfoundedCode,
            _ => lookup.CodeOfDay[Math.Min((uint)(outcomeDay - lookup.FirstDay), lookup.Span)],
        };
        Totals.Counts[Totals.At(recordedPeriod, code, provinceIndex, cell)]--;
        counted--;
    }

    /// <summary>Accounts for rows an engine found bad and that were rejected (listed up to the cap, counted all).</summary>
    public void AddRejectedCount(long count) => rejectedCount += count;

    /// <summary>Accounts for a duplicate found by an engine.</summary>
    public void AddDuplicate(DuplicateCaseId duplicate)
    {
        duplicateCount++;
        if (duplicate.Skipped)
        {
            skipped++;
        }

        if (duplicates.Count < CaseReadOptions.MaxListedDuplicates)
        {
            duplicates.Add(duplicate);
        }
    }

    /// <summary>Rejects a row an engine counted because its id was read before (<see cref="DuplicateIdPolicy.Reject"/>).</summary>
    public void RejectDuplicate(string column, object? id, long row, (string? Source, long Row) first)
    {
        rows = row;
        var rejectedRow = new RejectedRow(source, row, column, Text(id), DuplicateRule(first));
        rejectedCount++;
        if (rejectedCount > options.MaxRejectedRows)
        {
            throw new RowRejectedException(rejectedRow);
        }

        rejected.Add(rejectedRow);
    }

    public CaseReadResult Finish() => Finish([], ids is not null);

    /// <summary>Builds the result; rows rejected by another reader (an engine's bad rows) come first in the list.</summary>
    public CaseReadResult Finish(IReadOnlyList<RejectedRow> rejectedElsewhere, bool idsChecked)
    {
        Count();
        counter.Flush();
        var read = counted + rejectedCount + skipped;
        options.Progress?.Report(read);
        var tally = Totals.ToTally(options.Tally, nameof(options));
        var list = rejectedElsewhere.Concat(rejected).OrderBy(r => r.Row).Take(Math.Max(options.MaxRejectedRows, 0)).ToList();
        return new CaseReadResult(tally, read, counted, list.AsReadOnly(), rejectedCount, duplicates.AsReadOnly(), duplicateCount, skipped, idsChecked);
    }

    /// <summary>Checks the values of a cube cell — one distinct combination of raw values an engine grouped by — as a row's would be checked.</summary>
    public bool CheckGroup(object? province, object? outcome, bool hasOutcomeDate, object? severity, object? group, out int provinceIndex, out CaseOutcome kind, out int cell)
    {
        cell = 0;
        var ok = ProvinceRule(province, out provinceIndex) is null
            & IsOutcome(outcome, out kind)
            & EnumRule(severity, "severity", map.TrySeverity, SeverityNames, map.SeverityCodes.Count, out Severity s) is null
            & EnumRule(group, "offence group", map.TryOffenceGroup, GroupNames, map.OffenceGroupCodes.Count, out OffenceGroup g) is null;
        if (!ok || hasOutcomeDate == (kind == CaseOutcome.NotCleared))
        {
            return false;
        }

        cell = CaseEntry.Cell(s, g);
        return true;
    }

    /// <summary>Gets whether a raw value is a province of the edition.</summary>
    public bool IsProvince(object? value) => ProvinceRule(value, out _) is null;

    /// <summary>Gets whether a raw value is an outcome, and which.</summary>
    public bool IsOutcome(object? value, out CaseOutcome kind) =>
        EnumRule(value, "outcome", map.TryOutcome, OutcomeNames, map.OutcomeCodes.Count, out kind) is null;

    /// <summary>Gets whether a raw value is a severity.</summary>
    public bool IsSeverity(object? value) => EnumRule(value, "severity", map.TrySeverity, SeverityNames, map.SeverityCodes.Count, out Severity _) is null;

    /// <summary>Gets whether a raw value is an offence group.</summary>
    public bool IsOffenceGroup(object? value) => EnumRule(value, "offence group", map.TryOffenceGroup, GroupNames, map.OffenceGroupCodes.Count, out OffenceGroup _) is null;

    private const string OutcomeNames = "notCleared, clearedByArrest, clearedExceptionally, unfounded or 0–3";
    private const string SeverityNames = "lessSerious, serious, verySerious, especiallySerious or 0–3";
    private const string GroupNames = "socialOrder, drugs, economicOrder, corruptionAndPosition, environmentAndFoodSafety, other or 0–5";

    private bool Check(IDataRecord record, out int p, out int r, out CaseOutcome k, out int o, out Severity s, out OffenceGroup g)
    {
        var ok = TryRow(record, out var row, out var failure);
        (p, r, k, o, s, g) = row;
        return ok || Reject(failure.Column, failure.Value, failure.Rule);
    }

    private bool TryRow(IDataRecord record, out (int Province, int Recorded, CaseOutcome Kind, int OutcomeDay, Severity Severity, OffenceGroup Group) row, out (int Column, object? Value, string Rule) failure)
    {
        row = default;
        var province = Value(record, provinceColumn);
        if (Failed(provinceColumn, province, ProvinceRule(province, out var p), out failure))
        {
            return false;
        }

        var recordedOn = Value(record, recordedColumn);
        if (Failed(recordedColumn, recordedOn, DateRule(recordedOn, "recorded date", out var r), out failure))
        {
            return false;
        }

        var outcome = Value(record, outcomeColumn);
        if (Failed(outcomeColumn, outcome, EnumRule(outcome, "outcome", map.TryOutcome, OutcomeNames, map.OutcomeCodes.Count, out CaseOutcome k), out failure))
        {
            return false;
        }

        var outcomeOn = Value(record, outcomeOnColumn);
        if (Failed(outcomeOnColumn, outcomeOn, OutcomeDayRule(outcomeOn, k, r, out var o), out failure))
        {
            return false;
        }

        var severity = Value(record, severityColumn);
        if (Failed(severityColumn, severity, EnumRule(severity, "severity", map.TrySeverity, SeverityNames, map.SeverityCodes.Count, out Severity s), out failure))
        {
            return false;
        }

        var group = Value(record, groupColumn);
        if (Failed(groupColumn, group, EnumRule(group, "offence group", map.TryOffenceGroup, GroupNames, map.OffenceGroupCodes.Count, out OffenceGroup g), out failure))
        {
            return false;
        }

        row = (p, r, k, o, s, g);
        return true;
    }

    private static bool Failed(int column, object? value, string? rule, out (int Column, object? Value, string Rule) failure)
    {
        failure = rule is null ? default : (column, value, rule);
        return rule is not null;
    }

    private void Buffer(int p, int r, CaseOutcome k, int o, Severity s, OffenceGroup g)
    {
        var at = buffered;
        (province[at], recorded[at], kind[at], outcomeDay[at], severity[at], group[at]) = ((byte)p, r, (byte)k, o, (byte)s, (byte)g);
        buffered++;
        counted++;
        if (buffered == Chunk)
        {
            Count();
            options.Progress?.Report(rows);
        }
    }

    private static object? Value(IDataRecord record, int column) => record.IsDBNull(column) ? null : record.GetValue(column);

    private void Count()
    {
        if (buffered == 0)
        {
            return;
        }

        var columns = new CaseColumns(province.AsMemory(0, buffered), recorded.AsMemory(0, buffered), kind.AsMemory(0, buffered), outcomeDay.AsMemory(0, buffered), severity.AsMemory(0, buffered), group.AsMemory(0, buffered));
        if (counter.AddColumns(columns, 0, buffered) >= 0)
        {
            throw new InvalidOperationException("A row checked by the reader broke a rule of the columns: a defect of the library.");
        }

        buffered = 0;
    }

    private int Find(string name, string paramName, bool required)
    {
        foreach (var key in CaseSourceColumns.MatchKeys(name))
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (CaseSourceColumns.MatchKey(names[i]) == key)
                {
                    return i;
                }
            }
        }

        return required
            ? throw new ArgumentException(
                $"The reader must have a column '{name}' (matched ignoring case, underscores, hyphens and spaces; set another name with {nameof(CaseSourceColumns)}); its columns were {(names.Length == 0 ? "none" : string.Join(", ", names.Select(n => "'" + n + "'")))}.",
                paramName)
            : -1;
    }

    private bool Reject(int column, object? value, string rule)
    {
        var row = new RejectedRow(source, rows, names[column], Text(value), rule);
        rejectedCount++;
        if (rejectedCount > options.MaxRejectedRows)
        {
            throw new RowRejectedException(row);
        }

        rejected.Add(row);
        return false;
    }

    private static string DuplicateRule((string? Source, long Row) first) =>
        $"the case id must be unique; it was first read at {(first.Source is null ? string.Empty : first.Source + ", ")}row {Preconditions.Number(first.Row)}";

    private bool TakeId(IDataRecord record)
    {
        var value = Value(record, idColumn);
        var id = IdText(value);
        if (string.IsNullOrEmpty(id))
        {
            return Reject(idColumn, value, "the case id must not be blank");
        }

        if (ids!.TryAdd(id, source, rows, out var first))
        {
            return true;
        }

        if (options.DuplicateIds == DuplicateIdPolicy.Reject)
        {
            return Reject(idColumn, value, DuplicateRule(first));
        }

        var skip = options.DuplicateIds == DuplicateIdPolicy.KeepFirst;
        AddDuplicate(new DuplicateCaseId(id, first.Source, first.Row, source, rows, skip));
        return !skip;
    }

    /// <summary>An id cell as text, trimmed; null or empty when there is none.</summary>
    internal static string? IdText(object? value) => value switch
    {
        string text => text.Trim(),
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };

    private string? ProvinceRule(object? value, out int index)
    {
        index = 0;
        if (value is null)
        {
            return "the province is required";
        }

        var edition = options.Edition;
        if (value is string text)
        {
            if (provinceCache.TryGetValue(text, out index))
            {
                return null;
            }

            if (ProvinceCatalog.TryParse(edition, text, out var unit))
            {
                provinceCache.Add(text, index = ProvinceCatalog.IndexOf(unit));
                return null;
            }
        }
        else if (IsInteger(value, out var code) && code is >= 0 and <= int.MaxValue && ProvinceCatalog.TryFind(edition, (int)code, out var found))
        {
            index = ProvinceCatalog.IndexOf(found);
            return null;
        }

        return $"the province must be the code or name of a unit of the {Province.EditionLabel(edition)}";
    }

    private static string? DateRule(object? value, string what, out int day)
    {
        day = -1;
        if (value is null)
        {
            return $"the {what} is required";
        }

        return TryDay(value, out day) ? null : $"the {what} must be a date (a date value, or text yyyy-MM-dd or dd/MM/yyyy)";
    }

    private static string? OutcomeDayRule(object? value, CaseOutcome outcome, int recordedDay, out int day)
    {
        day = -1;
        if (value is null || (value is string blank && string.IsNullOrWhiteSpace(blank)))
        {
            return outcome == CaseOutcome.NotCleared ? null : $"the outcome date is required when the outcome is {outcome}";
        }

        if (!TryDay(value, out day))
        {
            return "the outcome date must be a date (a date value, or text yyyy-MM-dd or dd/MM/yyyy) or empty";
        }

        if (outcome == CaseOutcome.NotCleared)
        {
            return "a case that is not cleared must have no outcome date";
        }

        return day >= recordedDay ? null : $"the outcome date must not be before the recorded date ({Preconditions.Date(DateOnly.FromDayNumber(recordedDay))})";
    }

    private delegate bool TryRead<TEnum>(object value, out TEnum result);

    private static string? EnumRule<TEnum>(object? value, string what, TryRead<TEnum> read, string names, int extraCodes, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        if (value is null)
        {
            return $"the {what} is required";
        }

        return read(value, out result) ? null : $"the {what} must be {names}{(extraCodes > 0 ? " or a code of the mapping" : string.Empty)}";
    }

    /// <summary>Reads a cell as a date: a date or date-time value (its date), or text yyyy-MM-dd or dd/MM/yyyy.</summary>
    internal static bool TryDay(object value, out int day)
    {
        day = -1;
        switch (value)
        {
            case DateTime dt:
                day = DateOnly.FromDateTime(dt).DayNumber;
                return true;
            case DateTimeOffset dto:
                day = DateOnly.FromDateTime(dto.DateTime).DayNumber;
                return true;
            case DateOnly d:
                day = d.DayNumber;
                return true;
            case string text:
                var t = text.Trim();
                if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    day = parsed.DayNumber;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsInteger(object value, out long number)
    {
        switch (value)
        {
            case byte or short or int or long:
                number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return true;
            case decimal d when decimal.Truncate(d) == d && d is >= long.MinValue and <= long.MaxValue:
                number = (long)d;
                return true;
            case double f when Math.Truncate(f) == f && Math.Abs(f) < 9e18:
                number = (long)f;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>A cell as text for a message: "(null)", "(empty)", dates as yyyy-MM-dd, numbers invariant.</summary>
    internal static string Text(object? value) => value switch
    {
        null or DBNull => "(null)",
        string { Length: 0 } => "(empty)",
        string s => s,
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
