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
    private readonly CaseTotals totals;
    private readonly CaseCounter counter;
    private readonly CaseIdRegistry? ids;
    private readonly int idColumn;
    private readonly int provinceColumn;
    private readonly int recordedColumn;
    private readonly int outcomeColumn;
    private readonly int outcomeOnColumn;
    private readonly int severityColumn;
    private readonly int groupColumn;
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

    public CaseRowReader(IDataRecord schema, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, string paramName)
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

        // The default "id" is optional (a source may have none); a name the caller chose must be there.
        idColumn = map.Id is null ? -1 : Find(map.Id, paramName, required: !ReferenceEquals(map.Id, CaseSourceColumns.Default.Id));
        ids = idColumn < 0 ? null : options.IdRegistry ?? new CaseIdRegistry();
        totals = new CaseTotals(options.Edition, new PeriodLookup(periods, nameof(periods)));
        counter = new CaseCounter(totals);
    }

    public long Rows => rows;

    public void Dispose() => counter.Dispose();

    /// <summary>Reads one row (the reader is on it).</summary>
    public void Add(IDataRecord record)
    {
        rows++;
        var at = buffered;
        if (idColumn >= 0 && !TakeId(record))
        {
            return;
        }

        if (!TryProvince(record, out var p) || !TryDate(record, recordedColumn, "recorded date", out var r) || !TryKind(record, out var k) || !TryOutcomeDay(record, k, r, out var o)
            || !TryEnum(record, severityColumn, "severity", map.TrySeverity, "lessSerious, serious, verySerious, especiallySerious or 0–3", out Severity s)
            || !TryEnum(record, groupColumn, "offence group", map.TryOffenceGroup, "socialOrder, drugs, economicOrder, corruptionAndPosition, environmentAndFoodSafety, other or 0–5", out OffenceGroup g))
        {
            return;
        }

        (province[at], recorded[at], kind[at], outcomeDay[at], severity[at], group[at]) = ((byte)p, r, (byte)k, o, (byte)s, (byte)g);
        buffered++;
        counted++;
        if (buffered == Chunk)
        {
            Count();
            options.Progress?.Report(rows);
        }
    }

    public CaseReadResult Finish()
    {
        Count();
        counter.Flush();
        options.Progress?.Report(rows);
        var tally = totals.ToTally(options.Tally, nameof(options));
        return new CaseReadResult(tally, rows, counted, rejected.AsReadOnly(), rejectedCount, duplicates.AsReadOnly(), duplicateCount, skipped, ids is not null);
    }

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
        var key = CaseSourceColumns.MatchKey(name);
        for (var i = 0; i < names.Length; i++)
        {
            if (CaseSourceColumns.MatchKey(names[i]) == key)
            {
                return i;
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

    private bool TakeId(IDataRecord record)
    {
        var value = record.IsDBNull(idColumn) ? null : record.GetValue(idColumn);
        var id = value switch
        {
            string text => text.Trim(),
            null => null,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
        };
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
            return Reject(idColumn, value, $"the case id must be unique; it was first read at {(first.Source is null ? string.Empty : first.Source + ", ")}row {Preconditions.Number(first.Row)}");
        }

        duplicateCount++;
        var skip = options.DuplicateIds == DuplicateIdPolicy.KeepFirst;
        if (duplicates.Count < CaseReadOptions.MaxListedDuplicates)
        {
            duplicates.Add(new DuplicateCaseId(id, first.Source, first.Row, source, rows, skip));
        }

        if (skip)
        {
            skipped++;
            return false;
        }

        return true;
    }

    private bool TryProvince(IDataRecord record, out int index)
    {
        index = 0;
        if (record.IsDBNull(provinceColumn))
        {
            return Reject(provinceColumn, null, "the province is required");
        }

        var value = record.GetValue(provinceColumn);
        var edition = options.Edition;
        if (value is string text)
        {
            if (provinceCache.TryGetValue(text, out index))
            {
                return true;
            }

            if (ProvinceCatalog.TryParse(edition, text, out var unit))
            {
                provinceCache.Add(text, index = ProvinceCatalog.IndexOf(unit));
                return true;
            }

            return Reject(provinceColumn, value, $"the province must be the code or name of a unit of the {Province.EditionLabel(edition)}");
        }

        if (value is byte or short or int or long or decimal or double && IsInteger(value, out var code) && code is >= 0 and <= int.MaxValue
            && ProvinceCatalog.TryFind(edition, (int)code, out var found))
        {
            index = ProvinceCatalog.IndexOf(found);
            return true;
        }

        return Reject(provinceColumn, value, $"the province must be the code or name of a unit of the {Province.EditionLabel(edition)}");
    }

    private bool TryDate(IDataRecord record, int column, string what, out int day)
    {
        day = -1;
        if (record.IsDBNull(column))
        {
            return Reject(column, null, $"the {what} is required");
        }

        var value = record.GetValue(column);
        if (TryDay(value, out day))
        {
            return true;
        }

        return Reject(column, value, $"the {what} must be a date (a date value, or text yyyy-MM-dd or dd/MM/yyyy)");
    }

    private bool TryKind(IDataRecord record, out CaseOutcome outcome) =>
        TryEnum(record, outcomeColumn, "outcome", map.TryOutcome, "notCleared, clearedByArrest, clearedExceptionally, unfounded or 0–3", out outcome);

    private bool TryOutcomeDay(IDataRecord record, CaseOutcome outcome, int recordedDay, out int day)
    {
        day = -1;
        var value = record.IsDBNull(outcomeOnColumn) ? null : record.GetValue(outcomeOnColumn);
        if (value is string { Length: 0 } || (value is string blank && string.IsNullOrWhiteSpace(blank)))
        {
            value = null;
        }

        if (value is null)
        {
            return outcome == CaseOutcome.NotCleared || Reject(outcomeOnColumn, null, $"the outcome date is required when the outcome is {outcome}");
        }

        if (!TryDay(value, out day))
        {
            return Reject(outcomeOnColumn, value, "the outcome date must be a date (a date value, or text yyyy-MM-dd or dd/MM/yyyy) or empty");
        }

        if (outcome == CaseOutcome.NotCleared)
        {
            return Reject(outcomeOnColumn, value, "a case that is not cleared must have no outcome date");
        }

        return day >= recordedDay
            || Reject(outcomeOnColumn, value, $"the outcome date must not be before the recorded date ({Preconditions.Date(DateOnly.FromDayNumber(recordedDay))})");
    }

    private delegate bool TryRead<TEnum>(object value, out TEnum result);

    private bool TryEnum<TEnum>(IDataRecord record, int column, string what, TryRead<TEnum> read, string names, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        if (record.IsDBNull(column))
        {
            return Reject(column, null, $"the {what} is required");
        }

        var value = record.GetValue(column);
        var extra = typeof(TEnum) == typeof(CaseOutcome) ? map.OutcomeCodes.Count : typeof(TEnum) == typeof(Severity) ? map.SeverityCodes.Count : map.OffenceGroupCodes.Count;
        return read(value, out result)
            || Reject(column, value, $"the {what} must be {names}{(extra > 0 ? " or a code of the mapping" : string.Empty)}");
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
