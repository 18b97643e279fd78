using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PublicSecurity.Stats.Sources;

/// <summary>The columns of the tally interchange schema, in order.</summary>
internal enum Col
{
    SchemaVersion,
    Tally,
    RowKind,
    ProvinceCode,
    Edition,
    PeriodStart,
    PeriodEnd,
    PeriodUnit,
    PeriodYear,
    PeriodIndex,
    CutoffDay,
    Severity,
    OffenceGroup,
    EvaluatedOn,
    Recorded,
    Unfounded,
    Occurred,
    ClearedInPeriod,
    ClearedBy,
    Accidents,
    Deaths,
    Injured,
    PeakCrackdown,
    FugitiveArrestAndSurrender,
    DrillKind,
    Drills,
    Attendances,
    Cases,
    Suspects,
    Guns,
    Rounds,
    DrugKind,
    DrugUnit,
    Amount,
    Level,
    AccountsActivated,
    RecordsReceived,
    Target,
    EarliestAsOf,
    LatestAsOf,
    Outside,
}

/// <summary>The tally kinds of the schema's <c>tally</c> column.</summary>
internal enum InterchangeKind
{
    Cases,
    Traffic,
    DrugSeizures,
    Drills,
    Campaigns,
    ElectronicId,
}

/// <summary>Names, types and the spelling rules shared by the interchange writer and reader.</summary>
internal static class InterchangeSchema
{
    public const string Entry = "entry";
    public const string Runoff = "runoff";
    public const string Quantity = "quantity";
    public const string OutsideRow = "outside";
    public const string PeriodRow = "period";
    public const string CoverageRow = "coverage";

    public static readonly string[] Names = [.. Enum.GetValues<Col>().Select(c => Snake(c.ToString()))];

    public static int Count => Names.Length;

    /// <summary>Gets the column's type in <see cref="TallyInterchange.CreateReader(Aggregation.CaseTally)"/>.</summary>
    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties)]
    public static Type TypeOf(Col c) => c switch
    {
        Col.SchemaVersion or Col.Edition or Col.PeriodYear or Col.PeriodIndex or Col.CutoffDay => typeof(int),
        Col.Tally or Col.RowKind or Col.ProvinceCode or Col.PeriodUnit or Col.Severity or Col.OffenceGroup
            or Col.DrillKind or Col.DrugKind or Col.DrugUnit or Col.Level => typeof(string),
        Col.PeriodStart or Col.PeriodEnd or Col.EvaluatedOn or Col.EarliestAsOf or Col.LatestAsOf => typeof(DateTime),
        Col.Amount => typeof(decimal),
        _ => typeof(long),
    };

    public static string KindName(InterchangeKind kind) => Camel(kind.ToString());

    /// <summary>The exact camelCase name of an enum value, as the JSON writes it.</summary>
    public static string Camel(string name) => string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));

    public static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum => Camel(value.ToString());

    /// <summary>camelCase or PascalCase to snake_case: "AccountsActivated" → "accounts_activated".</summary>
    public static string Snake(string name)
    {
        var b = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                b.Append('_');
            }

            b.Append(char.ToLowerInvariant(name[i]));
        }

        return b.ToString();
    }

    public static int EditionNumber(ProvinceEdition edition) => edition == ProvinceEdition.Provinces34 ? 34 : 63;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
