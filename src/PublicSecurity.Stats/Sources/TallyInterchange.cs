using System.Data;
using System.Data.Common;
using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Sources;

/// <summary>
/// The versioned tally interchange schema (version <see cref="SchemaVersion"/>): one documented table form of every
/// tally, so that any engine's GROUP BY can hand its result to the library, and the library can write the same rows back
/// out without loss. The full column table and a worked example are in docs/tally-interchange.md.
/// </summary>
/// <remarks>
/// <para>
/// <b>One table, the same columns for every tally kind</b>, in the order of <see cref="Columns"/>; a column that does not
/// apply to a row is NULL (empty in CSV), and the reader refuses a value there. Types: <c>int</c> for
/// <c>schema_version</c>, <c>edition</c>, <c>period_year</c>, <c>period_index</c>, <c>cutoff_day</c>; <c>bigint</c>
/// (<see cref="long"/>) for every count and <c>outside</c>; <c>decimal</c> for <c>amount</c>; <c>date</c> for
/// <c>period_start</c>, <c>period_end</c>, <c>evaluated_on</c>, <c>earliest_as_of</c>, <c>latest_as_of</c>; text for
/// the rest. Enum values are written as their exact camelCase names (<c>lessSerious</c>, <c>socialOrder</c>,
/// <c>halfYear</c>, <c>firefightingPlanDrill</c>, <c>methamphetamine</c>, <c>gram</c>, <c>level2</c>); any other spelling
/// is refused.
/// </para>
/// <list type="table">
/// <listheader><term>column</term><description>meaning</description></listheader>
/// <item><term><c>schema_version</c></term><description>1 on every row; any other value is refused.</description></item>
/// <item><term><c>tally</c></term><description><c>cases</c>, <c>traffic</c>, <c>drugSeizures</c>, <c>drills</c>, <c>campaigns</c> or <c>electronicId</c>: the kind being read, on every row.</description></item>
/// <item><term><c>row_kind</c></term><description>
/// <c>period</c> (one row per period of <see cref="Tally{TTally}.Periods"/>, always written), <c>coverage</c> (at most one:
/// <c>period_start</c> = <see cref="DataCoverage.From"/>, <c>period_end</c> = <see cref="DataCoverage.AsOf"/>),
/// <c>outside</c> (at most one, always written: <see cref="Tally{TTally}.Outside"/> in column <c>outside</c>; absent reads
/// as 0), <c>entry</c> (the counts of a key, or of one cell or kind of a key), <c>runoff</c> (cases only: a cohort's
/// cleared-by count at one evaluation date), <c>quantity</c> (drug seizures only: one <see cref="Drugs.DrugQuantity"/> of a key).
/// </description></item>
/// <item><term><c>province_code</c>, <c>edition</c></term><description>
/// The key's province: its code exactly as <see cref="ProvinceCatalog.Find(ProvinceEdition, string)"/> takes it ("74",
/// "01"; never "1", 74 or a name) and its edition, 63 for <see cref="ProvinceEdition.Provinces63"/> and 34 for
/// <see cref="ProvinceEdition.Provinces34"/>. All keys of a tally are of one edition.
/// </description></item>
/// <item><term><c>period_start</c>, <c>period_end</c>, <c>period_unit</c>, <c>period_year</c>, <c>period_index</c>, <c>cutoff_day</c></term><description>
/// A period (of a key or of a <c>period</c> row): its dates, its <see cref="PeriodUnit"/> (<c>custom</c>, <c>month</c>,
/// <c>quarter</c>, <c>halfYear</c>, <c>year</c>, <c>firstMonths</c>), and for a calendar period its
/// <see cref="ReportingPeriod.Year"/>, <see cref="ReportingPeriod.Index"/> and <see cref="ReportingCalendar.CutoffDay"/>
/// (31 Gregorian, 14 <see cref="ReportingCalendar.VietnamStatistical"/>). A calendar period is rebuilt from
/// (cut-off day, unit, year, index) and its dates must match; a custom period has NULL year, index and cut-off day.
/// The periods of a tally share one calendar and are pairwise equal or disjoint.
/// </description></item>
/// <item><term><c>severity</c>, <c>offence_group</c>, <c>evaluated_on</c>, <c>recorded</c>, <c>unfounded</c>, <c>occurred</c>, <c>cleared_in_period</c>, <c>cleared_by</c></term><description>
/// Cases. Entry rows: one per (key, severity, offence group) cell with any non-zero count, with <c>recorded</c>,
/// <c>unfounded</c>, <c>occurred</c> (= recorded − unfounded, checked) and <c>cleared_in_period</c>; a key whose cells
/// are all zero has one entry row with NULL severity and offence group and zero counts. Runoff rows: for each key and
/// each of its evaluation dates (<see cref="CaseTally.EvaluationDates"/>), one row per cell that has an entry row, with
/// <c>evaluated_on</c> and <c>cleared_by</c> (which may be 0), or one row with NULL severity and offence group and
/// <c>cleared_by</c> 0 when the key has no non-zero cell. A key's evaluation dates are the distinct <c>evaluated_on</c>
/// of its runoff rows (none before its period's end); a (cell, date) with no row reads as 0; the cohort rules then hold:
/// cleared-by never decreases over the dates and never exceeds <c>occurred</c>.
/// </description></item>
/// <item><term><c>accidents</c>, <c>deaths</c>, <c>injured</c></term><description>Traffic: one entry row per key (<see cref="TrafficCounts"/>).</description></item>
/// <item><term><c>peak_crackdown</c>, <c>fugitive_arrest_and_surrender</c></term><description>Campaigns: one entry row per key.</description></item>
/// <item><term><c>drill_kind</c>, <c>drills</c>, <c>attendances</c></term><description>
/// Drills: one entry row per <see cref="FireRescue.DrillKind"/> held by the key; a key with none has one row with NULL
/// <c>drill_kind</c> and zero counts.
/// </description></item>
/// <item><term><c>cases</c>, <c>suspects</c>, <c>guns</c>, <c>rounds</c>, <c>drug_kind</c>, <c>drug_unit</c>, <c>amount</c></term><description>
/// Drug seizures: one entry row per key with <c>cases</c>, <c>suspects</c>, <c>guns</c>, <c>rounds</c>, and one
/// <c>quantity</c> row per (drug kind, unit) seized with <c>drug_kind</c> (<see cref="Drugs.DrugKind"/>),
/// <c>drug_unit</c> (<see cref="Drugs.DrugUnit"/>) and a positive <c>amount</c> (whole for tablets, blocks and plants).
/// </description></item>
/// <item><term><c>level</c>, <c>accounts_activated</c>, <c>records_received</c>, <c>target</c>, <c>earliest_as_of</c>, <c>latest_as_of</c></term><description>
/// e-ID: one entry row per key; <c>level</c> (<c>level1</c> or <c>level2</c>) on every entry row, all equal;
/// <c>records_received</c> and <c>target</c> NULL when not known.
/// </description></item>
/// <item><term><c>outside</c></term><description>The <c>outside</c> row only: the records outside every period.</description></item>
/// </list>
/// <para>
/// <b>Order.</b> Rows are written: period rows (by start), the coverage row, the outside row, then keys in
/// <see cref="TallyKey"/> order, each with its entry rows (cells in severity × offence-group order, drill kinds in enum
/// order), then its runoff rows (by date, then cell) or quantity rows (by kind, then unit). The reader takes the rows in
/// any order, so an engine's GROUP BY need not sort them; the periods of the keys are periods of the tally whether or
/// not a <c>period</c> row lists them.
/// </para>
/// <para>
/// <b>Reading.</b> Columns are found by name, case-insensitively; a missing required column (the common columns, the key
/// and period columns, <c>outside</c>, and the columns of the kind read) is refused with a
/// <see cref="RowRejectedException"/> whose <see cref="RowRejectedException.Row"/> is 0 (the header) and whose
/// <see cref="RowRejectedException.Column"/> names it; other columns are ignored. Values may be typed or text, as engines
/// differ: a count is a <see cref="long"/>, <see cref="int"/>, <see cref="short"/>, <see cref="decimal"/> or
/// <see cref="double"/> holding a whole number, a <see cref="System.Numerics.BigInteger"/> in range, or invariant digits
/// as text; a date is a <see cref="DateTime"/> at midnight, a <see cref="DateOnly"/> or text <c>yyyy-MM-dd</c>. Every
/// rule of the library's JSON reader holds, and each broken rule stops the read with a <see cref="RowRejectedException"/>
/// naming the row (from 1; a CSV header is not a row), the column, the value as text ("(null)" for NULL) and the rule:
/// negative counts, unfounded above recorded, <c>occurred</c> ≠ recorded − unfounded, cleared-by decreasing or above
/// occurred, duplicate key, cell, kind, quantity or runoff rows, a runoff or quantity row for a key with no entry row,
/// mixed editions or calendars, overlapping unequal periods (named at the row that brought in the conflict), bad enum
/// names, a province code not of the edition, a schema version other than 1, a row of another tally kind, more than one
/// outside or coverage row, a value in a column that does not apply to the row.
/// </para>
/// <para>
/// <b>Writing.</b> The CSV is RFC 4180: a header line of <see cref="Columns"/>, <c>\n</c> line ends, ISO <c>yyyy-MM-dd</c>
/// dates, invariant integers and decimals, an empty field for NULL, quotes only when a field needs them. A data reader
/// from <c>CreateReader</c> gives the same rows typed: <see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>,
/// <see cref="string"/>, and <see cref="DateTime"/> (at midnight, kind unspecified) for dates, the type ADO.NET providers
/// and bulk copiers take everywhere; NULL is <see cref="DBNull"/>. Writing then reading gives a tally equal to the
/// original, with the same periods and coverage.
/// </para>
/// </remarks>
public static class TallyInterchange
{
    /// <summary>The version of the schema this library writes and reads.</summary>
    /// <remarks>Every row carries it in <c>schema_version</c>; a later version will get a new number, never a changed meaning of 1.</remarks>
    public const int SchemaVersion = 1;

    /// <summary>Gets the column names of the schema, in order, the same for every tally kind.</summary>
    /// <remarks>
    /// <c>schema_version</c>, <c>tally</c>, <c>row_kind</c>, <c>province_code</c>, <c>edition</c>, <c>period_start</c>,
    /// <c>period_end</c>, <c>period_unit</c>, <c>period_year</c>, <c>period_index</c>, <c>cutoff_day</c>, <c>severity</c>,
    /// <c>offence_group</c>, <c>evaluated_on</c>, <c>recorded</c>, <c>unfounded</c>, <c>occurred</c>,
    /// <c>cleared_in_period</c>, <c>cleared_by</c>, <c>accidents</c>, <c>deaths</c>, <c>injured</c>, <c>peak_crackdown</c>,
    /// <c>fugitive_arrest_and_surrender</c>, <c>drill_kind</c>, <c>drills</c>, <c>attendances</c>, <c>cases</c>,
    /// <c>suspects</c>, <c>guns</c>, <c>rounds</c>, <c>drug_kind</c>, <c>drug_unit</c>, <c>amount</c>, <c>level</c>,
    /// <c>accounts_activated</c>, <c>records_received</c>, <c>target</c>, <c>earliest_as_of</c>, <c>latest_as_of</c>,
    /// <c>outside</c>.
    /// </remarks>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(InterchangeSchema.Names);

    /// <summary>Writes a case tally as CSV in the interchange schema.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <remarks>See <see cref="TallyInterchange"/> for the rows and their order; the tally column is <c>cases</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteCsv(CaseTally tally, TextWriter writer) => ToCsv(tally, writer, InterchangeWriter.Rows);

    /// <summary>Writes a case tally as CSV in the interchange schema for publication, with small-cell protection.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <param name="suppression">The small-cell protection.</param>
    /// <remarks>
    /// <para>
    /// For each row kind (entry, runoff) and category (severity and offence group, drill kind, evaluation date), each
    /// count column is a province × period table whose margins — a province's total over the periods, a period's total
    /// over the provinces — are taken as published elsewhere. <see cref="SmallCellSuppression"/> finds one pattern for
    /// all the count columns of a table (each column's pattern starts from the others' until none adds an entry), and
    /// every count of a hidden row is written as
    /// <see cref="SmallCellSuppression.Mark"/> (so that, for cases, <c>occurred</c> = <c>recorded</c> − <c>unfounded</c>
    /// cannot give a hidden count back). A category a key has no row for is a zero the file states by omission: it
    /// counts in the margins and is never hidden; where no written count is left to hide in a line, the pattern hides
    /// the line's margin, which the file does not contain — do not publish that margin elsewhere (a table of one period
    /// or one province cannot be protected against its own margins: each cell is its margin).
    /// </para>
    /// <para>
    /// Drug quantities (amounts, not counts), the outside count and the period and coverage rows are written as they
    /// are. A file written this way is for publication: the readers of this class reject its marks (a count must be a
    /// number), so it cannot stand in for the tally.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="writer"/> or <paramref name="suppression"/> is null.</exception>
    public static void WriteCsv(CaseTally tally, TextWriter writer, SmallCellSuppression suppression) => ToCsv(tally, writer, InterchangeWriter.Rows, suppression ?? throw new ArgumentNullException(nameof(suppression)));

    /// <summary>Gets the rows of a case tally in the interchange schema as a typed data reader.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>A reader over an in-memory table of the rows (see <see cref="TallyInterchange"/> for the types), for a bulk copy into a database or for <see cref="ReadCases"/>.</returns>
    /// <remarks>The reader holds the rows in memory: a tally is small (keys × cells), whatever the number of records it counted.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static DbDataReader CreateReader(CaseTally tally) => ToReader(tally, InterchangeWriter.Rows);

    /// <summary>Reads a case tally from rows of the interchange schema, from any ADO.NET data reader.</summary>
    /// <param name="reader">The reader, positioned before its first row; it is read to its end and not closed.</param>
    /// <returns>The tally, with its periods, coverage and outside count.</returns>
    /// <remarks>The rows may come in any order; every row's <c>tally</c> must be <c>cases</c>. See <see cref="TallyInterchange"/> for the rules.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">A required column is missing (row 0), or a row breaks a rule of the schema: the exception names the row, the column, the value and the rule.</exception>
    public static CaseTally ReadCases(IDataReader reader) =>
        InterchangeReader.Read(reader, InterchangeKind.Cases, InterchangeReader.ReadCases);

    /// <summary>Reads a case tally from CSV in the interchange schema, with no engine.</summary>
    /// <param name="reader">The CSV: a header line, then the rows; <c>\n</c> or <c>\r\n</c> line ends; an empty field is NULL. It is read to its end and not closed.</param>
    /// <returns>The tally.</returns>
    /// <remarks>The same as <see cref="ReadCases"/> over the CSV's fields as text.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">The CSV is malformed (a record with another number of fields than the header, an unterminated quote), a required column is missing, or a row breaks a rule of the schema.</exception>
    public static CaseTally ReadCasesCsv(TextReader reader) => FromCsv(reader, ReadCases);

    /// <summary>Writes a traffic tally as CSV in the interchange schema.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <remarks>See <see cref="TallyInterchange"/> for the rows and their order; the tally column is <c>traffic</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteCsv(TrafficTally tally, TextWriter writer) => ToCsv(tally, writer, InterchangeWriter.Rows);

    /// <summary>Writes a traffic tally as CSV in the interchange schema for publication, with small-cell protection (see <see cref="WriteCsv(CaseTally, TextWriter, SmallCellSuppression)"/>).</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <param name="suppression">The small-cell protection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="writer"/> or <paramref name="suppression"/> is null.</exception>
    public static void WriteCsv(TrafficTally tally, TextWriter writer, SmallCellSuppression suppression) => ToCsv(tally, writer, InterchangeWriter.Rows, suppression ?? throw new ArgumentNullException(nameof(suppression)));

    /// <summary>Gets the rows of a traffic tally in the interchange schema as a typed data reader.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>A reader over an in-memory table of the rows (see <see cref="TallyInterchange"/> for the types), for a bulk copy into a database or for <see cref="ReadTraffic"/>.</returns>
    /// <remarks>The reader holds the rows in memory: a tally is small (keys × cells), whatever the number of records it counted.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static DbDataReader CreateReader(TrafficTally tally) => ToReader(tally, InterchangeWriter.Rows);

    /// <summary>Reads a traffic tally from rows of the interchange schema, from any ADO.NET data reader.</summary>
    /// <param name="reader">The reader, positioned before its first row; it is read to its end and not closed.</param>
    /// <returns>The tally, with its periods, coverage and outside count.</returns>
    /// <remarks>The rows may come in any order; every row's <c>tally</c> must be <c>traffic</c>. See <see cref="TallyInterchange"/> for the rules.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">A required column is missing (row 0), or a row breaks a rule of the schema: the exception names the row, the column, the value and the rule.</exception>
    public static TrafficTally ReadTraffic(IDataReader reader) =>
        InterchangeReader.Read(reader, InterchangeKind.Traffic, InterchangeReader.ReadTraffic);

    /// <summary>Reads a traffic tally from CSV in the interchange schema, with no engine.</summary>
    /// <param name="reader">The CSV: a header line, then the rows; <c>\n</c> or <c>\r\n</c> line ends; an empty field is NULL. It is read to its end and not closed.</param>
    /// <returns>The tally.</returns>
    /// <remarks>The same as <see cref="ReadTraffic"/> over the CSV's fields as text.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">The CSV is malformed (a record with another number of fields than the header, an unterminated quote), a required column is missing, or a row breaks a rule of the schema.</exception>
    public static TrafficTally ReadTrafficCsv(TextReader reader) => FromCsv(reader, ReadTraffic);

    /// <summary>Writes a drug seizure tally as CSV in the interchange schema.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <remarks>See <see cref="TallyInterchange"/> for the rows and their order; the tally column is <c>drugSeizures</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteCsv(DrugSeizureTally tally, TextWriter writer) => ToCsv(tally, writer, InterchangeWriter.Rows);

    /// <summary>Writes a drug seizure tally as CSV in the interchange schema for publication, with small-cell protection (see <see cref="WriteCsv(CaseTally, TextWriter, SmallCellSuppression)"/>).</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <param name="suppression">The small-cell protection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="writer"/> or <paramref name="suppression"/> is null.</exception>
    public static void WriteCsv(DrugSeizureTally tally, TextWriter writer, SmallCellSuppression suppression) => ToCsv(tally, writer, InterchangeWriter.Rows, suppression ?? throw new ArgumentNullException(nameof(suppression)));

    /// <summary>Gets the rows of a drug seizure tally in the interchange schema as a typed data reader.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>A reader over an in-memory table of the rows (see <see cref="TallyInterchange"/> for the types), for a bulk copy into a database or for <see cref="ReadDrugSeizures"/>.</returns>
    /// <remarks>The reader holds the rows in memory: a tally is small (keys × cells), whatever the number of records it counted.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static DbDataReader CreateReader(DrugSeizureTally tally) => ToReader(tally, InterchangeWriter.Rows);

    /// <summary>Reads a drug seizure tally from rows of the interchange schema, from any ADO.NET data reader.</summary>
    /// <param name="reader">The reader, positioned before its first row; it is read to its end and not closed.</param>
    /// <returns>The tally, with its periods, coverage and outside count.</returns>
    /// <remarks>The rows may come in any order; every row's <c>tally</c> must be <c>drugSeizures</c>. See <see cref="TallyInterchange"/> for the rules.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">A required column is missing (row 0), or a row breaks a rule of the schema: the exception names the row, the column, the value and the rule.</exception>
    public static DrugSeizureTally ReadDrugSeizures(IDataReader reader) =>
        InterchangeReader.Read(reader, InterchangeKind.DrugSeizures, InterchangeReader.ReadDrugSeizures);

    /// <summary>Reads a drug seizure tally from CSV in the interchange schema, with no engine.</summary>
    /// <param name="reader">The CSV: a header line, then the rows; <c>\n</c> or <c>\r\n</c> line ends; an empty field is NULL. It is read to its end and not closed.</param>
    /// <returns>The tally.</returns>
    /// <remarks>The same as <see cref="ReadDrugSeizures"/> over the CSV's fields as text.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">The CSV is malformed (a record with another number of fields than the header, an unterminated quote), a required column is missing, or a row breaks a rule of the schema.</exception>
    public static DrugSeizureTally ReadDrugSeizuresCsv(TextReader reader) => FromCsv(reader, ReadDrugSeizures);

    /// <summary>Writes a drill tally as CSV in the interchange schema.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <remarks>See <see cref="TallyInterchange"/> for the rows and their order; the tally column is <c>drills</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteCsv(DrillTally tally, TextWriter writer) => ToCsv(tally, writer, InterchangeWriter.Rows);

    /// <summary>Writes a drill tally as CSV in the interchange schema for publication, with small-cell protection (see <see cref="WriteCsv(CaseTally, TextWriter, SmallCellSuppression)"/>).</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <param name="suppression">The small-cell protection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="writer"/> or <paramref name="suppression"/> is null.</exception>
    public static void WriteCsv(DrillTally tally, TextWriter writer, SmallCellSuppression suppression) => ToCsv(tally, writer, InterchangeWriter.Rows, suppression ?? throw new ArgumentNullException(nameof(suppression)));

    /// <summary>Gets the rows of a drill tally in the interchange schema as a typed data reader.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>A reader over an in-memory table of the rows (see <see cref="TallyInterchange"/> for the types), for a bulk copy into a database or for <see cref="ReadDrills"/>.</returns>
    /// <remarks>The reader holds the rows in memory: a tally is small (keys × cells), whatever the number of records it counted.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static DbDataReader CreateReader(DrillTally tally) => ToReader(tally, InterchangeWriter.Rows);

    /// <summary>Reads a drill tally from rows of the interchange schema, from any ADO.NET data reader.</summary>
    /// <param name="reader">The reader, positioned before its first row; it is read to its end and not closed.</param>
    /// <returns>The tally, with its periods, coverage and outside count.</returns>
    /// <remarks>The rows may come in any order; every row's <c>tally</c> must be <c>drills</c>. See <see cref="TallyInterchange"/> for the rules.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">A required column is missing (row 0), or a row breaks a rule of the schema: the exception names the row, the column, the value and the rule.</exception>
    public static DrillTally ReadDrills(IDataReader reader) =>
        InterchangeReader.Read(reader, InterchangeKind.Drills, InterchangeReader.ReadDrills);

    /// <summary>Reads a drill tally from CSV in the interchange schema, with no engine.</summary>
    /// <param name="reader">The CSV: a header line, then the rows; <c>\n</c> or <c>\r\n</c> line ends; an empty field is NULL. It is read to its end and not closed.</param>
    /// <returns>The tally.</returns>
    /// <remarks>The same as <see cref="ReadDrills"/> over the CSV's fields as text.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">The CSV is malformed (a record with another number of fields than the header, an unterminated quote), a required column is missing, or a row breaks a rule of the schema.</exception>
    public static DrillTally ReadDrillsCsv(TextReader reader) => FromCsv(reader, ReadDrills);

    /// <summary>Writes a campaign tally as CSV in the interchange schema.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <remarks>See <see cref="TallyInterchange"/> for the rows and their order; the tally column is <c>campaigns</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteCsv(CampaignTally tally, TextWriter writer) => ToCsv(tally, writer, InterchangeWriter.Rows);

    /// <summary>Writes a campaign tally as CSV in the interchange schema for publication, with small-cell protection (see <see cref="WriteCsv(CaseTally, TextWriter, SmallCellSuppression)"/>).</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <param name="suppression">The small-cell protection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="writer"/> or <paramref name="suppression"/> is null.</exception>
    public static void WriteCsv(CampaignTally tally, TextWriter writer, SmallCellSuppression suppression) => ToCsv(tally, writer, InterchangeWriter.Rows, suppression ?? throw new ArgumentNullException(nameof(suppression)));

    /// <summary>Gets the rows of a campaign tally in the interchange schema as a typed data reader.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>A reader over an in-memory table of the rows (see <see cref="TallyInterchange"/> for the types), for a bulk copy into a database or for <see cref="ReadCampaigns"/>.</returns>
    /// <remarks>The reader holds the rows in memory: a tally is small (keys × cells), whatever the number of records it counted.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static DbDataReader CreateReader(CampaignTally tally) => ToReader(tally, InterchangeWriter.Rows);

    /// <summary>Reads a campaign tally from rows of the interchange schema, from any ADO.NET data reader.</summary>
    /// <param name="reader">The reader, positioned before its first row; it is read to its end and not closed.</param>
    /// <returns>The tally, with its periods, coverage and outside count.</returns>
    /// <remarks>The rows may come in any order; every row's <c>tally</c> must be <c>campaigns</c>. See <see cref="TallyInterchange"/> for the rules.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">A required column is missing (row 0), or a row breaks a rule of the schema: the exception names the row, the column, the value and the rule.</exception>
    public static CampaignTally ReadCampaigns(IDataReader reader) =>
        InterchangeReader.Read(reader, InterchangeKind.Campaigns, InterchangeReader.ReadCampaigns);

    /// <summary>Reads a campaign tally from CSV in the interchange schema, with no engine.</summary>
    /// <param name="reader">The CSV: a header line, then the rows; <c>\n</c> or <c>\r\n</c> line ends; an empty field is NULL. It is read to its end and not closed.</param>
    /// <returns>The tally.</returns>
    /// <remarks>The same as <see cref="ReadCampaigns"/> over the CSV's fields as text.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">The CSV is malformed (a record with another number of fields than the header, an unterminated quote), a required column is missing, or a row breaks a rule of the schema.</exception>
    public static CampaignTally ReadCampaignsCsv(TextReader reader) => FromCsv(reader, ReadCampaigns);

    /// <summary>Writes an e-ID tally as CSV in the interchange schema.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <remarks>See <see cref="TallyInterchange"/> for the rows and their order; the tally column is <c>electronicId</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteCsv(ElectronicIdTally tally, TextWriter writer) => ToCsv(tally, writer, InterchangeWriter.Rows);

    /// <summary>Writes a e-ID tally as CSV in the interchange schema for publication, with small-cell protection (see <see cref="WriteCsv(CaseTally, TextWriter, SmallCellSuppression)"/>).</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="writer">Where the CSV goes; it is not closed.</param>
    /// <param name="suppression">The small-cell protection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="writer"/> or <paramref name="suppression"/> is null.</exception>
    public static void WriteCsv(ElectronicIdTally tally, TextWriter writer, SmallCellSuppression suppression) => ToCsv(tally, writer, InterchangeWriter.Rows, suppression ?? throw new ArgumentNullException(nameof(suppression)));

    /// <summary>Gets the rows of an e-ID tally in the interchange schema as a typed data reader.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>A reader over an in-memory table of the rows (see <see cref="TallyInterchange"/> for the types), for a bulk copy into a database or for <see cref="ReadElectronicId"/>.</returns>
    /// <remarks>The reader holds the rows in memory: a tally is small (keys × cells), whatever the number of records it counted.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static DbDataReader CreateReader(ElectronicIdTally tally) => ToReader(tally, InterchangeWriter.Rows);

    /// <summary>Reads an e-ID tally from rows of the interchange schema, from any ADO.NET data reader.</summary>
    /// <param name="reader">The reader, positioned before its first row; it is read to its end and not closed.</param>
    /// <returns>The tally, with its periods, coverage and outside count.</returns>
    /// <remarks>The rows may come in any order; every row's <c>tally</c> must be <c>electronicId</c>. See <see cref="TallyInterchange"/> for the rules.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">A required column is missing (row 0), or a row breaks a rule of the schema: the exception names the row, the column, the value and the rule.</exception>
    public static ElectronicIdTally ReadElectronicId(IDataReader reader) =>
        InterchangeReader.Read(reader, InterchangeKind.ElectronicId, InterchangeReader.ReadElectronicId);

    /// <summary>Reads an e-ID tally from CSV in the interchange schema, with no engine.</summary>
    /// <param name="reader">The CSV: a header line, then the rows; <c>\n</c> or <c>\r\n</c> line ends; an empty field is NULL. It is read to its end and not closed.</param>
    /// <returns>The tally.</returns>
    /// <remarks>The same as <see cref="ReadElectronicId"/> over the CSV's fields as text.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RowRejectedException">The CSV is malformed (a record with another number of fields than the header, an unterminated quote), a required column is missing, or a row breaks a rule of the schema.</exception>
    public static ElectronicIdTally ReadElectronicIdCsv(TextReader reader) => FromCsv(reader, ReadElectronicId);

    /// <summary>Reads CSV in the interchange schema with one of the readers above.</summary>
    private static TTally FromCsv<TTally>(TextReader reader, Func<IDataReader, TTally> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var table = CsvTable.Read(reader);
        using var rows = table.CreateDataReader();
        return read(rows);
    }

    /// <summary>Writes a tally's rows as CSV.</summary>
    private static void ToCsv<TTally>(TTally tally, TextWriter writer, Func<TTally, List<object?[]>> rows, SmallCellSuppression? suppression = null)
        where TTally : class
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(writer);
        var written = rows(tally);
        InterchangeWriter.WriteCsv(suppression is null ? written : InterchangeWriter.Suppress(written, suppression), writer);
    }

    /// <summary>A tally's rows as a typed data reader.</summary>
    private static DataTableReader ToReader<TTally>(TTally tally, Func<TTally, List<object?[]>> rows)
        where TTally : class
    {
        ArgumentNullException.ThrowIfNull(tally);
        return InterchangeWriter.Table(rows(tally)).CreateDataReader();
    }
}
