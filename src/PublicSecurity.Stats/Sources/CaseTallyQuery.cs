using System.Data;
using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Sources;

/// <summary>
/// The GROUP BY that tallies criminal cases where they are stored — one query text per SQL dialect, free of any
/// database driver — and the few follow-up queries that find bad rows and duplicate ids.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Sql"/> groups the source's rows by the raw province value, the requested period containing the recorded
/// date (its index, or the number of periods for none), the outcome date's code (−1 for none; the index of the period
/// containing it; the number of periods for a day before the first or after the last; one code per gap between
/// periods), the raw outcome, severity and offence-group values, and a rule code for the dates and the id (0 good, 1
/// recorded date missing, 2 recorded date not a date, 3 outcome date not a date, 4 outcome date before the recorded
/// date, 5 a blank id), and
/// counts the cases of each group. The reporting calendar (cut-off days, the 14th, 29 February) is in the period
/// windows written into the query as date literals; the codes are exactly those of the in-memory aggregation, so the
/// library turns the groups into the same tally (<see cref="CaseSqlSource"/>), checking each group's values as it
/// checks a row's.
/// </para>
/// <para>
/// Every expression is immutable and built from the row's own columns and literals, so an engine that distributes the
/// data can aggregate where it lives: on a PostgreSQL table partitioned by province over <c>postgres_fdw</c> shards,
/// the GROUP BY holds the partition key (the raw province) and PostgreSQL 15 with
/// <c>enable_partitionwise_aggregate = on</c> sends the whole aggregate to each shard. Re-basing 63 → 34 is then done by
/// the library (<see cref="Tally{TTally}.RebaseTo34"/>) by summing, or in the query with <see cref="WithProvinceMap"/>.
/// </para>
/// <para>
/// The source is SQL text put after <c>FROM</c> as given — a table name, or a DuckDB table function such as
/// <c>read_parquet('cases/*.parquet')</c> — and must come from the program, never from an untrusted user. Column names
/// are quoted; values found in the data are written as escaped literals. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class CaseTallyQuery
{
    /// <summary>The name of the row-number column of the follow-up queries.</summary>
    internal const string RowColumn = "psstats_row";

    private readonly string recordedExpression;
    private readonly string outcomeOnExpression;
    private readonly string outcomeOnNone;
    private readonly string recordedNull;
    private readonly PeriodLookup lookup;
    private readonly string? provinceMap;

    private CaseTallyQuery(SqlDialect dialect, string source, IReadOnlyList<string> columns, bool[] text, PeriodLookup lookup, CaseReadOptions options, IReadOnlyDictionary<string, Province>? map)
    {
        (Dialect, Source, Options, this.lookup) = (dialect, source, options, lookup);
        (Id, Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup) = (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6]);
        recordedExpression = DateOf(RecordedOn, text[2]);
        outcomeOnExpression = DateOf(OutcomeOn, text[4]);
        outcomeOnNone = text[4] ? $"({Q(OutcomeOn)} IS NULL OR {Trim(Q(OutcomeOn))} = '')" : $"{Q(OutcomeOn)} IS NULL";
        recordedNull = text[2] ? $"({Q(RecordedOn)} IS NULL OR {Trim(Q(RecordedOn))} = '')" : $"{Q(RecordedOn)} IS NULL";
        ProvinceMap = map;
        provinceMap = map is null ? null : ProvinceCase(map);
        Sql = Cube();
        DuplicateIdsSql = Id is null ? null : Duplicates();
    }

    /// <summary>Gets the dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Gets the source: the SQL text after <c>FROM</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the periods, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => lookup.Periods;

    /// <summary>Gets the options the query was made with (edition, mapping, bad-row and duplicate policies).</summary>
    public CaseReadOptions Options { get; }

    /// <summary>Gets the province values the query maps to the 34-unit edition, or <see langword="null"/> when it groups by the raw value.</summary>
    public IReadOnlyDictionary<string, Province>? ProvinceMap { get; }

    /// <summary>Gets the tally query: one row per group, columns <c>province_value, recorded_period, outcome_code, outcome_value, severity_value, offence_group_value, rule, cases</c>.</summary>
    public string Sql { get; }

    /// <summary>Gets the query of the ids found more than once (<c>id_value, copies</c>), or <see langword="null"/> when the source has no id column.</summary>
    public string? DuplicateIdsSql { get; }

    internal string? Id { get; }

    internal string Province { get; }

    internal string RecordedOn { get; }

    internal string Outcome { get; }

    internal string OutcomeOn { get; }

    internal string Severity { get; }

    internal string OffenceGroup { get; }

    internal PeriodLookup Lookup => lookup;

    /// <summary>Writes the tally query for a source whose columns (names and types) a schema gives.</summary>
    /// <param name="dialect">The engine.</param>
    /// <param name="source">The SQL text after <c>FROM</c>: a table name or a table function, from the program (never from an untrusted user).</param>
    /// <param name="schema">The source's columns, for example the reader of <c>SELECT * FROM source LIMIT 0</c>: names are matched as <see cref="CaseSourceColumns"/> says; a text date column is parsed (DuckDB, ClickHouse).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition, mapping, bad-row and duplicate policies.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank; a mapped column is missing from <paramref name="schema"/>; a PostgreSQL date column is text; or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    public static CaseTallyQuery Create(SqlDialect dialect, string source, IDataRecord schema, IEnumerable<ReportingPeriod> periods, CaseReadOptions options)
    {
        Preconditions.Defined(dialect, nameof(dialect));
        Preconditions.NotBlank(source, nameof(source));
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        var names = Enumerable.Range(0, schema.FieldCount).Select(schema.GetName).ToArray();
        var map = options.Columns;
        var wanted = new[] { map.Id, map.Province, map.RecordedOn, map.Outcome, map.OutcomeOn, map.Severity, map.OffenceGroup };
        var columns = new string[7];
        var text = new bool[7];
        for (var i = 0; i < wanted.Length; i++)
        {
            if (wanted[i] is not string name)
            {
                continue;
            }

            var found = CaseSourceColumns.MatchKeys(name).Select(key => Array.FindIndex(names, n => CaseSourceColumns.MatchKey(n) == key)).FirstOrDefault(i => i >= 0, -1);
            if (found < 0)
            {
                if (i == 0 && ReferenceEquals(name, CaseSourceColumns.Default.Id))
                {
                    continue;
                }

                throw new ArgumentException(
                    $"The source must have a column '{name}' (matched ignoring case, underscores, hyphens and spaces; set another name with {nameof(CaseSourceColumns)}); its columns were {string.Join(", ", names.Select(n => "'" + n + "'"))}.",
                    nameof(schema));
            }

            columns[i] = names[found];
            text[i] = schema.GetFieldType(found) == typeof(string);
            if (dialect == SqlDialect.PostgreSql && text[i] && i is 2 or 4)
            {
                throw new ArgumentException(
                    $"A PostgreSQL source must hold dates as date or timestamp columns; column '{names[found]}' is text (cast it in a view).", nameof(schema));
            }
        }

        return new CaseTallyQuery(dialect, source, columns, text, new PeriodLookup(periods, nameof(periods)), options, null);
    }

    /// <summary>Returns the query that maps each raw province value to its unit of the 34-unit edition in SQL, so that the engine groups by the re-based province (63 → 34, as <see cref="ProvinceCatalog.Successor"/>).</summary>
    /// <param name="provinces">Each raw province value the source holds (as text) and its unit of the 63-unit edition; values not listed group under no province and are reported as bad rows.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provinces"/> is null, or a unit is null.</exception>
    /// <exception cref="ArgumentException">A unit is not of the 63-unit edition, or the query's options are not of the 63-unit edition.</exception>
    public CaseTallyQuery WithProvinceMap(IReadOnlyDictionary<string, Province> provinces)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        if (Options.Edition != ProvinceEdition.Provinces63 || provinces.Values.Any(p => p is null || p.Edition != ProvinceEdition.Provinces63))
        {
            throw new ArgumentException("A province map re-bases units of the 63-unit edition, read with options of that edition; a unit or the options were of another edition, or null.", nameof(provinces));
        }

        var columns = new[] { Id!, Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup };
        var text = new[] { false, false, recordedExpression != DateOf(RecordedOn, false), false, outcomeOnExpression != DateOf(OutcomeOn, false), false, false };
        return new CaseTallyQuery(Dialect, Source, columns, text, lookup, Options, provinces.ToDictionary(p => p.Key, p => ProvinceCatalog.Successor(p.Value), StringComparer.Ordinal));
    }

    /// <summary>Gets the dialect, the source and the periods, for example "DuckDB case tally query over read_parquet('cases.parquet'): 7 periods".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Dialect} case tally query over {Source}: {Preconditions.Number(lookup.Count)} periods";

    /// <summary>Gets the query of the distinct raw province values as text (<c>province_value</c>), nulls left out: what a caller parses to build the map of <see cref="WithProvinceMap"/>.</summary>
    public string DistinctProvincesSql => $"SELECT DISTINCT {TextOf(Q(Province))} AS province_value FROM {Source} WHERE {Q(Province)} IS NOT NULL";

    /// <summary>The rows of the given bad values, numbered, ordered by row number, at most <paramref name="limit"/>.</summary>
    internal string BadRowsSql(BadValues bad, int limit)
    {
        var conditions = new List<string> { $"{RuleExpression(recordedExpression, outcomeOnExpression)} <> 0" };
        foreach (var (column, values) in new[] { (Province, bad.Provinces), (Outcome, bad.Outcomes), (Severity, bad.Severities), (OffenceGroup, bad.Groups) })
        {
            conditions.Add($"{Q(column)} IS NULL");
            if (values.Count > 0)
            {
                conditions.Add($"{Q(column)} IN ({string.Join(", ", values.Select(Literal))})");
            }
        }

        if (bad.NotCleared.Count > 0)
        {
            conditions.Add($"({Q(Outcome)} IN ({string.Join(", ", bad.NotCleared.Select(Literal))}) AND NOT {outcomeOnNone})");
        }

        if (bad.Others.Count > 0)
        {
            conditions.Add($"({Q(Outcome)} IN ({string.Join(", ", bad.Others.Select(Literal))}) AND {outcomeOnNone})");
        }

        if (provinceMap is not null)
        {
            conditions.Add($"{provinceMap} IS NULL");
        }

        return $"SELECT * FROM ({Numbered()}) AS numbered\nWHERE {string.Join("\n   OR ", conditions)}\nORDER BY {RowColumn}\nLIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Every row whose id is one of the given ids, numbered, in row order.</summary>
    internal string RowsOfIdsSql(IReadOnlyCollection<string> ids) =>
        $"SELECT * FROM ({Numbered()}) AS numbered\nWHERE {IdText(Q(Id!))} IN ({string.Join(", ", ids.Select(i => Literal(i)))})\nORDER BY {RowColumn}";

    /// <summary>Every row, numbered, in row order (to read every id into a registry shared with other reads).</summary>
    internal string AllRowsSql() => $"SELECT * FROM ({Numbered()}) AS numbered\nORDER BY {RowColumn}";

    private string Numbered()
    {
        var columns = new[] { Id, Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup }.OfType<string>().Select(Q);
        var order = Dialect switch
        {
            SqlDialect.DuckDB => "row_number() OVER ()",
            SqlDialect.ClickHouse => "rowNumberInAllBlocks() + 1",

            // A table has no order of its own: rows are numbered in the order of their id, then of their values.
            _ => $"row_number() OVER (ORDER BY {string.Join(", ", columns)})",
        };
        return $"SELECT {order} AS {RowColumn}, {string.Join(", ", columns)} FROM {Source}";
    }

    private string Cube()
    {
        var n = lookup.Count;
        var periods = lookup.Periods;
        var recorded = new StringBuilder("CASE");
        var outcome = new StringBuilder($"CASE WHEN psstats_od IS NULL THEN -1");
        for (var p = 0; p < n; p++)
        {
            recorded.Append(CultureInfo.InvariantCulture, $"\n    WHEN psstats_rd BETWEEN {DateLiteral(periods[p].Start)} AND {DateLiteral(periods[p].End)} THEN {p}");
            outcome.Append(CultureInfo.InvariantCulture, $"\n    WHEN psstats_od BETWEEN {DateLiteral(periods[p].Start)} AND {DateLiteral(periods[p].End)} THEN {p}");
        }

        // The days between two periods have codes of their own (Count + 1 + gap), as in the in-memory lookup.
        var gap = 0;
        for (var p = 1; p < n; p++)
        {
            if (periods[p].Start.DayNumber > periods[p - 1].End.DayNumber + 1)
            {
                outcome.Append(CultureInfo.InvariantCulture, $"\n    WHEN psstats_od BETWEEN {DateLiteral(periods[p - 1].End.AddDays(1))} AND {DateLiteral(periods[p].Start.AddDays(-1))} THEN {n + 1 + gap}");
                gap++;
            }
        }

        recorded.Append(CultureInfo.InvariantCulture, $"\n    ELSE {n} END");
        outcome.Append(CultureInfo.InvariantCulture, $"\n    ELSE {n} END");
        var count = Dialect == SqlDialect.ClickHouse ? "count()" : "count(*)";
        var groupBy = Dialect == SqlDialect.ClickHouse
            ? "province_value, recorded_period, outcome_code, outcome_value, severity_value, offence_group_value, rule"
            : "1, 2, 3, 4, 5, 6, 7";
        var calendar = periods[0].Calendar is ReportingCalendar c ? $"cut-off day {c.CutoffDay.ToString(CultureInfo.InvariantCulture)}" : "ad-hoc periods";
        return $"""
            -- PublicSecurity.Stats case tally ({Dialect}): {n} periods from {Preconditions.Date(periods[0].Start)} to {Preconditions.Date(periods[^1].End)} ({calendar}).
            -- One row per group of cases with the same raw province, outcome, severity and offence group, recorded period,
            -- outcome-date code and date rule; the library checks each group's values and builds the tally.
            SELECT
              {provinceMap ?? Q(Province)} AS province_value,
              {recorded} AS recorded_period,
              {outcome} AS outcome_code,
              {Q(Outcome)} AS outcome_value,
              {Q(Severity)} AS severity_value,
              {Q(OffenceGroup)} AS offence_group_value,
              {RuleExpression("psstats_rd", "psstats_od")} AS rule,
              {count} AS cases
            FROM (
              SELECT *, {recordedExpression} AS psstats_rd, {outcomeOnExpression} AS psstats_od
              FROM {Source}
            ) AS cases
            GROUP BY {groupBy}
            """;
    }

    private string RuleExpression(string recordedDate, string outcomeDate) =>
        $"CASE WHEN {recordedNull} THEN 1 WHEN {recordedDate} IS NULL THEN 2 WHEN {outcomeDate} IS NULL AND NOT {outcomeOnNone} THEN 3 WHEN {outcomeDate} < {recordedDate} THEN 4{(Id is null ? string.Empty : $" WHEN {Q(Id)} IS NULL OR {IdText(Q(Id))} = '' THEN 5")} ELSE 0 END";

    private string Duplicates() =>
        $"""
        SELECT id_value, {(Dialect == SqlDialect.ClickHouse ? "count()" : "count(*)")} AS copies
        FROM (SELECT {IdText(Q(Id!))} AS id_value FROM {Source}) AS ids
        WHERE id_value IS NOT NULL AND id_value <> ''
        GROUP BY id_value
        HAVING {(Dialect == SqlDialect.ClickHouse ? "count()" : "count(*)")} > 1
        """;

    private string ProvinceCase(IReadOnlyDictionary<string, Province> map)
    {
        var builder = new StringBuilder($"CASE {TextOf(Q(Province))}");
        foreach (var (value, unit) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(CultureInfo.InvariantCulture, $" WHEN {Literal(value)} THEN {Literal(unit.Code)}");
        }

        return builder.Append(" END").ToString();
    }

    private string Q(string name) => Dialect == SqlDialect.ClickHouse
        ? "`" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`"
        : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string DateLiteral(DateOnly date)
    {
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Dialect == SqlDialect.ClickHouse ? $"toDate('{iso}')" : $"DATE '{iso}'";
    }

    private string DateOf(string column, bool text) => (Dialect, text) switch
    {
        (SqlDialect.DuckDB, true) => $"CAST(COALESCE(TRY_STRPTIME(trim({Q(column)}), '%Y-%m-%d'), TRY_STRPTIME(trim({Q(column)}), '%d/%m/%Y')) AS DATE)",
        (SqlDialect.DuckDB, false) => $"CAST({Q(column)} AS DATE)",
        (SqlDialect.ClickHouse, true) => $"toDate(coalesce(parseDateTimeOrNull(trimBoth({Q(column)}), '%Y-%m-%d'), parseDateTimeOrNull(trimBoth({Q(column)}), '%d/%m/%Y')))",
        (SqlDialect.ClickHouse, false) => $"toDate({Q(column)})",
        _ => $"CAST({Q(column)} AS date)",
    };

    private string Trim(string expression) => Dialect == SqlDialect.ClickHouse ? $"trimBoth({expression})" : $"trim({expression})";

    private string TextOf(string expression) => Dialect switch
    {
        SqlDialect.ClickHouse => $"toString({expression})",
        SqlDialect.DuckDB => $"CAST({expression} AS VARCHAR)",
        _ => $"CAST({expression} AS text)",
    };

    private string IdText(string expression) => Trim(TextOf(expression));

    /// <summary>A value read from the data as a SQL literal: text escaped, numbers invariant.</summary>
    internal string Literal(object value) => value switch
    {
        string s => "'" + (Dialect == SqlDialect.ClickHouse ? s.Replace("\\", "\\\\", StringComparison.Ordinal) : s).Replace("'", "''", StringComparison.Ordinal) + "'",
        byte or sbyte or short or ushort or int or uint or long or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        _ => Literal(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>The raw values the library found bad in the groups, and the outcome values whose date presence is wrong.</summary>
    internal sealed class BadValues
    {
        public HashSet<object> Provinces { get; } = [];

        public HashSet<object> Outcomes { get; } = [];

        public HashSet<object> Severities { get; } = [];

        public HashSet<object> Groups { get; } = [];

        /// <summary>Outcome values meaning "not cleared" seen with an outcome date.</summary>
        public HashSet<object> NotCleared { get; } = [];

        /// <summary>Outcome values meaning another outcome seen without an outcome date.</summary>
        public HashSet<object> Others { get; } = [];
    }
}
