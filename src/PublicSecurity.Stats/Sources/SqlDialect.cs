namespace PublicSecurity.Stats.Sources;

/// <summary>The SQL engine a generated tally query is written for.</summary>
/// <remarks>The queries differ in quoting, date literals, date parsing and row numbering; their meaning is the same (see <see cref="CaseTallyQuery"/>).</remarks>
public enum SqlDialect
{
    /// <summary>DuckDB (embedded; CSV and Parquet files through <c>read_csv</c> / <c>read_parquet</c>; text dates parsed with <c>TRY_STRPTIME</c>).</summary>
    DuckDB,

    /// <summary>PostgreSQL 12 or later, and Citus or partitioned tables over <c>postgres_fdw</c> (dates must be <c>date</c> or <c>timestamp</c> columns).</summary>
    PostgreSql,

    /// <summary>ClickHouse (generated and checked as text; dates as <c>Date</c> columns or text parsed with <c>parseDateTimeOrNull</c>).</summary>
    ClickHouse,
}
