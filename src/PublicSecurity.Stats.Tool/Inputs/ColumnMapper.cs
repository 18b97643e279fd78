using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Sources;

namespace PublicSecurity.Stats.Tool.Inputs;

/// <summary>
/// Finds the library's case fields among a source's column names: the library's own names, English variants and
/// Vietnamese headers with or without diacritics, in NFC or NFD ("Tỉnh", "tinh", "Ngày ghi nhận", "ngay_ghi_nhan"),
/// or the names given by <c>--column FIELD=NAME</c>.
/// </summary>
internal static class ColumnMapper
{
    /// <summary>The case fields in the order <c>--explain</c> lists them.</summary>
    public static readonly string[] Fields = ["id", "province", "recordedOn", "outcome", "outcomeOn", "severity", "offenceGroup"];

    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["id"] = ["id", "caseid", "mavu", "mavuan", "sovu", "mahoso"],
        ["province"] = ["province", "provincecode", "provincename", "tinh", "tinhthanh", "tinhthanhpho", "matinh", "tentinh"],
        ["recordedOn"] = ["recordedon", "recordeddate", "recorded", "ngayghinhan", "ngaytiepnhan", "ngaythuly"],
        ["outcome"] = ["outcome", "ketqua", "ketquaxuly", "tinhtrang"],
        ["outcomeOn"] = ["outcomeon", "outcomedate", "ngayketqua", "ngayxuly", "ngaylamro"],
        ["severity"] = ["severity", "mucdo", "phanloai", "loaitoipham"],
        ["offenceGroup"] = ["offencegroup", "offensegroup", "nhomtoipham", "linhvuc"],
    };

    /// <summary>Maps the columns of a source to the case fields.</summary>
    /// <param name="names">The source's column names, as it spells them.</param>
    /// <param name="given">The names given by <c>--column FIELD=NAME</c>.</param>
    /// <returns>The library's mapping and, per field, the column found (or null) and whether it was given.</returns>
    public static (CaseSourceColumns Columns, IReadOnlyList<(string Field, string? Column, bool Given)> Found) Map(IReadOnlyList<string> names, IReadOnlyDictionary<string, string> given)
    {
        var found = new List<(string, string?, bool)>();
        var columns = CaseSourceColumns.Default.WithId(null);
        foreach (var field in Fields)
        {
            string? column;
            var isGiven = given.TryGetValue(field, out var name);
            if (isGiven)
            {
                column = names.FirstOrDefault(n => string.Equals(Key(n), Key(name!), StringComparison.Ordinal))
                    ?? throw new UsageException($"--column {field}={name}: the input has no column '{name}'; its columns are {string.Join(", ", names.Select(n => "'" + n + "'"))}.");
            }
            else
            {
                column = names.FirstOrDefault(n => Aliases[field].Contains(Key(n), StringComparer.Ordinal));
            }

            found.Add((field, column, isGiven));
            if (column is not null || field != "id")
            {
                columns = With(columns, field, column ?? DefaultName(field));
            }
        }

        return (columns, found);
    }

    /// <summary>Reads the <c>--column FIELD=NAME</c> values.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The names by field.</returns>
    /// <exception cref="UsageException">A value is not FIELD=NAME or names no field.</exception>
    public static IReadOnlyDictionary<string, string> Given(IEnumerable<string> values)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var field = equals > 0 ? Fields.FirstOrDefault(f => string.Equals(f, value[..equals].Trim(), StringComparison.OrdinalIgnoreCase)) : null;
            if (field is null || equals == value.Length - 1)
            {
                throw new UsageException($"--column must be FIELD=NAME with FIELD one of {string.Join(", ", Fields)}; it was '{value}'.");
            }

            given[field] = value[(equals + 1)..].Trim();
        }

        return given;
    }

    /// <summary>The key a name is matched by: Vietnamese letters folded to their base letters (NFC or NFD; đ → d), lower case, letters and digits only.</summary>
    /// <remarks>Folded from an explicit table, because <see cref="string.Normalize()"/> does nothing under invariant globalization.</remarks>
    internal static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = Fold(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }

    private static char Fold(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }

        foreach (var (letter, forms) in Folds)
        {
            if (forms.Contains(c, StringComparison.Ordinal))
            {
                return letter;
            }
        }

        return c;
    }

    private static readonly (char Letter, string Forms)[] Folds =
    [
        ('a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
        ('e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"),
        ('i', "ìíỉĩịÌÍỈĨỊ"),
        ('o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
        ('u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"),
        ('y', "ỳýỷỹỵỲÝỶỸỴ"),
        ('d', "đĐ"),
    ];

    private static string DefaultName(string field) => field switch
    {
        "province" => CaseSourceColumns.Default.Province,
        "recordedOn" => CaseSourceColumns.Default.RecordedOn,
        "outcome" => CaseSourceColumns.Default.Outcome,
        "outcomeOn" => CaseSourceColumns.Default.OutcomeOn,
        "severity" => CaseSourceColumns.Default.Severity,
        _ => CaseSourceColumns.Default.OffenceGroup,
    };

    private static CaseSourceColumns With(CaseSourceColumns columns, string field, string name) => field switch
    {
        "id" => columns.WithId(name),
        "province" => columns.WithProvince(name),
        "recordedOn" => columns.WithRecordedOn(name),
        "outcome" => columns.WithOutcome(name),
        "outcomeOn" => columns.WithOutcomeOn(name),
        "severity" => columns.WithSeverity(name),
        _ => columns.WithOffenceGroup(name),
    };
}
