using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Sources;

/// <summary>
/// Which columns of a table hold the fields of a criminal case, and how its text codes read: the mapping a caller
/// gives to read case rows from a data reader, a file or a database table.
/// </summary>
/// <remarks>
/// <para>
/// The default names are the library's (those of the JSON of <see cref="CriminalCase"/>): <c>id</c>, <c>province</c>,
/// <c>recordedOn</c>, <c>outcome</c>, <c>outcomeOn</c>, <c>severity</c>, <c>offenceGroup</c> (the default province
/// column is <c>province</c> or, when there is none, <c>province_code</c>, as in the tally interchange schema). A name matches a source
/// column ignoring case, underscores, hyphens and spaces, so <c>recordedOn</c> also finds <c>recorded_on</c>,
/// <c>RECORDED_ON</c> and <c>Recorded On</c>. The id column is optional: without it, duplicate ids cannot be found and
/// the result says so (<see cref="CaseReadResult.IdsChecked"/>).
/// </para>
/// <para>How values read, whatever the column's type:</para>
/// <list type="bullet">
/// <item><description>province: a code or a name as <see cref="ProvinceCatalog.Parse(ProvinceEdition, string)"/> reads it ("74", " 01 ", "Bình Dương" in NFC or NFD, "Binh Duong", "TP.HCM"), or an integer code;</description></item>
/// <item><description>dates: a date or date-time value (its date part), or text <c>yyyy-MM-dd</c> or <c>dd/MM/yyyy</c> (the Vietnamese order; never month first);</description></item>
/// <item><description>outcome, severity, offence group: the enum's name in camelCase as the JSON writes it (<c>clearedByArrest</c>) or in PascalCase (<c>ClearedByArrest</c>), its number (an integer value or integer text), or a code added with <see cref="WithOutcomeCode"/>, <see cref="WithSeverityCode"/> or <see cref="WithOffenceGroupCode"/> (compared after trimming and NFC normalisation, case-sensitive);</description></item>
/// <item><description>an empty or null outcome date is none; every other field is required.</description></item>
/// </list>
/// <para>Instances are immutable and thread-safe; each <c>With…</c> method returns a new mapping.</para>
/// </remarks>
public sealed class CaseSourceColumns
{
    private readonly Dictionary<string, CaseOutcome> outcomeCodes;
    private readonly Dictionary<string, Severity> severityCodes;
    private readonly Dictionary<string, OffenceGroup> groupCodes;

    private CaseSourceColumns(
        string? id, string province, string recordedOn, string outcome, string outcomeOn, string severity, string offenceGroup,
        Dictionary<string, CaseOutcome> outcomeCodes, Dictionary<string, Severity> severityCodes, Dictionary<string, OffenceGroup> groupCodes)
    {
        (Id, Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup) = (id, province, recordedOn, outcome, outcomeOn, severity, offenceGroup);
        (this.outcomeCodes, this.severityCodes, this.groupCodes) = (outcomeCodes, severityCodes, groupCodes);
    }

    /// <summary>Gets the mapping with the library's column names and no extra codes.</summary>
    public static CaseSourceColumns Default { get; } = new("id", "province", "recordedOn", "outcome", "outcomeOn", "severity", "offenceGroup", [], [], []);

    /// <summary>Gets the name of the id column, or <see langword="null"/> when the source has none to use.</summary>
    public string? Id { get; }

    /// <summary>Gets the name of the province column (a code or a name).</summary>
    public string Province { get; }

    /// <summary>Gets the name of the recorded-date column.</summary>
    public string RecordedOn { get; }

    /// <summary>Gets the name of the outcome column.</summary>
    public string Outcome { get; }

    /// <summary>Gets the name of the outcome-date column.</summary>
    public string OutcomeOn { get; }

    /// <summary>Gets the name of the severity column.</summary>
    public string Severity { get; }

    /// <summary>Gets the name of the offence-group column.</summary>
    public string OffenceGroup { get; }

    /// <summary>Gets the extra outcome codes, for example "ĐTT" → cleared by arrest.</summary>
    public IReadOnlyDictionary<string, CaseOutcome> OutcomeCodes => outcomeCodes;

    /// <summary>Gets the extra severity codes.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityCodes => severityCodes;

    /// <summary>Gets the extra offence-group codes.</summary>
    public IReadOnlyDictionary<string, OffenceGroup> OffenceGroupCodes => groupCodes;

    /// <summary>Returns a mapping whose id column has another name, or none.</summary>
    /// <param name="name">The column name, or <see langword="null"/> when the source has no id column to check.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseSourceColumns WithId(string? name) => new(name is null ? null : Name(name, nameof(name)), Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup, outcomeCodes, severityCodes, groupCodes);

    /// <summary>Returns a mapping whose province column has another name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseSourceColumns WithProvince(string name) => new(Id, Name(name, nameof(name)), RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup, outcomeCodes, severityCodes, groupCodes);

    /// <summary>Returns a mapping whose recorded-date column has another name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseSourceColumns WithRecordedOn(string name) => new(Id, Province, Name(name, nameof(name)), Outcome, OutcomeOn, Severity, OffenceGroup, outcomeCodes, severityCodes, groupCodes);

    /// <summary>Returns a mapping whose outcome column has another name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseSourceColumns WithOutcome(string name) => new(Id, Province, RecordedOn, Name(name, nameof(name)), OutcomeOn, Severity, OffenceGroup, outcomeCodes, severityCodes, groupCodes);

    /// <summary>Returns a mapping whose outcome-date column has another name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseSourceColumns WithOutcomeOn(string name) => new(Id, Province, RecordedOn, Outcome, Name(name, nameof(name)), Severity, OffenceGroup, outcomeCodes, severityCodes, groupCodes);

    /// <summary>Returns a mapping whose severity column has another name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseSourceColumns WithSeverity(string name) => new(Id, Province, RecordedOn, Outcome, OutcomeOn, Name(name, nameof(name)), OffenceGroup, outcomeCodes, severityCodes, groupCodes);

    /// <summary>Returns a mapping whose offence-group column has another name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseSourceColumns WithOffenceGroup(string name) => new(Id, Province, RecordedOn, Outcome, OutcomeOn, Severity, Name(name, nameof(name)), outcomeCodes, severityCodes, groupCodes);

    /// <summary>Returns a mapping that also reads a text code as an outcome, for example "ĐTT" as <see cref="CaseOutcome.ClearedByArrest"/>.</summary>
    /// <param name="code">The code as the source writes it.</param>
    /// <param name="outcome">The outcome it stands for.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank or already stands for an outcome.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is undefined.</exception>
    public CaseSourceColumns WithOutcomeCode(string code, CaseOutcome outcome) =>
        new(Id, Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup, With(outcomeCodes, code, Preconditions.Defined(outcome, nameof(outcome)), "outcome"), severityCodes, groupCodes);

    /// <summary>Returns a mapping that also reads a text code as a severity, for example "RNT" as <see cref="Crime.Severity.VerySerious"/>.</summary>
    /// <param name="code">The code as the source writes it.</param>
    /// <param name="severity">The severity it stands for.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank or already stands for a severity.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    public CaseSourceColumns WithSeverityCode(string code, Severity severity) =>
        new(Id, Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup, outcomeCodes, With(severityCodes, code, Preconditions.Defined(severity, nameof(severity)), "severity"), groupCodes);

    /// <summary>Returns a mapping that also reads a text code as an offence group, for example "MT" as <see cref="Crime.OffenceGroup.Drugs"/>.</summary>
    /// <param name="code">The code as the source writes it.</param>
    /// <param name="offenceGroup">The offence group it stands for.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank or already stands for an offence group.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offenceGroup"/> is undefined.</exception>
    public CaseSourceColumns WithOffenceGroupCode(string code, OffenceGroup offenceGroup) =>
        new(Id, Province, RecordedOn, Outcome, OutcomeOn, Severity, OffenceGroup, outcomeCodes, severityCodes, With(groupCodes, code, Preconditions.Defined(offenceGroup, nameof(offenceGroup)), "offence group"));

    /// <summary>Gets the column names, for example "id=id, province=province, recordedOn=recordedOn, …".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"id={Id ?? "(none)"}, province={Province}, recordedOn={RecordedOn}, outcome={Outcome}, outcomeOn={OutcomeOn}, severity={Severity}, offenceGroup={OffenceGroup}"
        + (outcomeCodes.Count + severityCodes.Count + groupCodes.Count > 0 ? $", {outcomeCodes.Count + severityCodes.Count + groupCodes.Count} extra codes" : string.Empty);

    /// <summary>The keys a mapped name finds a column by: the default province name also finds <c>province_code</c>.</summary>
    internal static string[] MatchKeys(string name) =>
        ReferenceEquals(name, Default.Province) ? [MatchKey(name), "provincecode"] : [MatchKey(name)];

    /// <summary>The key a column name is matched by: lower case, without underscores, hyphens or spaces.</summary>
    internal static string MatchKey(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not ('_' or '-' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads an enum value from a cell: an extra code, the camelCase or PascalCase name, or the number.</summary>
    internal static bool TryCode<TEnum>(object value, IReadOnlyDictionary<string, TEnum> codes, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        long number;
        switch (value)
        {
            case string text:
                var code = text.Trim().Normalize(NormalizationForm.FormC);
                if (codes.TryGetValue(code, out result))
                {
                    return true;
                }

                if (code.Length > 0 && char.IsLetter(code[0]))
                {
                    // Exact names only: "clearedByArrest" or "ClearedByArrest", never "CLEAREDBYARREST" or "1, 2".
                    foreach (var candidate in Enum.GetValues<TEnum>())
                    {
                        var name = candidate.ToString();
                        if (string.Equals(code, name, StringComparison.Ordinal) || string.Equals(code, char.ToLowerInvariant(name[0]) + name[1..], StringComparison.Ordinal))
                        {
                            result = candidate;
                            return true;
                        }
                    }

                    return false;
                }

                if (!long.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out number))
                {
                    return false;
                }

                break;
            case byte or sbyte or short or ushort or int or uint or long:
                number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                break;
            case decimal d when decimal.Truncate(d) == d && d is >= 0 and <= 255:
                number = (long)d;
                break;
            case double f when Math.Truncate(f) == f && f is >= 0 and <= 255:
                number = (long)f;
                break;
            default:
                return false;
        }

        if (number < 0 || number > 255 || !Enum.IsDefined(typeof(TEnum), (int)number))
        {
            return false;
        }

        result = (TEnum)Enum.ToObject(typeof(TEnum), (int)number);
        return true;
    }

    internal bool TryOutcome(object value, out CaseOutcome outcome) => TryCode(value, outcomeCodes, out outcome);

    internal bool TrySeverity(object value, out Severity severity) => TryCode(value, severityCodes, out severity);

    internal bool TryOffenceGroup(object value, out OffenceGroup group) => TryCode(value, groupCodes, out group);

    private static string Name(string name, string paramName) => Preconditions.NotBlank(name, paramName);

    private static Dictionary<string, TEnum> With<TEnum>(Dictionary<string, TEnum> codes, string code, TEnum value, string what)
        where TEnum : struct, Enum
    {
        var key = Preconditions.NotBlank(code, nameof(code)).Trim().Normalize(NormalizationForm.FormC);
        if (codes.TryGetValue(key, out var existing))
        {
            throw new ArgumentException($"The code must not already stand for an {what}; '{key}' stands for {existing}.", nameof(code));
        }

        return new Dictionary<string, TEnum>(codes, StringComparer.Ordinal) { [key] = value };
    }
}
