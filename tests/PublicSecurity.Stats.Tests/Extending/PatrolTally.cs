using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Extending;

/// <summary>Patrol shifts and the violations they recorded per (province, period): all it adds to <see cref="Tally{TTally}"/> is what it counts.</summary>
internal sealed class PatrolTally : Tally<PatrolTally>, IRenderable
{
    internal PatrolTally(TallyTable<PatrolCounts> table)
        : base(table, "patrol tally", static t => new PatrolTally((TallyTable<PatrolCounts>)t))
    {
    }

    public static PatrolTally Empty { get; } = new(TallyTable<PatrolCounts>.Empty);

    public PatrolCounts Get(Province province, ReportingPeriod period) => Entry<PatrolCounts>(province, period);

    public static PatrolTally Tally(IEnumerable<Patrol> records, IEnumerable<ReportingPeriod> periods) => Collect(records, () => new PatrolTallyBuilder(periods));

    public string ToString(Language language) => Table(language).ToText();

    public string ToMarkdown(Language language = Language.English) => Table(language).ToMarkdown();

    public string ToHtml(Language language = Language.English, int maxRows = 100) => Table(language).ToHtml(maxRows);

    // Rendered with the foundation's primitives (Text room), as the library's own results are.
    private TextTable Table(Language language)
    {
        var table = new TextTable(
            Cells.Lang(language, "Patrol shifts", "Ca tuần tra"),
            new TableColumn(Cells.Lang(language, "Province", "Tỉnh")),
            new TableColumn(Cells.Lang(language, "Period", "Kỳ")),
            new TableColumn(Cells.Lang(language, "Shifts", "Số ca"), CellAlign.Right),
            new TableColumn(Cells.Lang(language, "Violations", "Vi phạm"), CellAlign.Right));
        foreach (var key in Keys)
        {
            var counts = Get(key.Province, key.Period);
            table.Row(key.Province.Name, key.Period.ToString(language), Cells.Count(counts.Shifts, language), Cells.Count(counts.Violations, language));
        }

        return table;
    }
}

/// <summary>The counts of one key of a <see cref="PatrolTally"/>.</summary>
internal readonly record struct PatrolCounts(long Shifts, long Violations) : ITallyEntry<PatrolCounts>
{
    /// <summary>Creates counts read from JSON: not negative, and no violations without a shift.</summary>
    public static PatrolCounts Create(long shifts, long violations)
    {
        Preconditions.NotNegative(shifts, nameof(shifts));
        Preconditions.NotNegative(violations, nameof(violations));
        return shifts == 0 && violations > 0
            ? throw new ArgumentOutOfRangeException(nameof(shifts), shifts, $"The shifts must be positive when there are violations ({violations}); it was 0.")
            : new PatrolCounts(shifts, violations);
    }

    static PatrolCounts ITallyEntry<PatrolCounts>.Sum(PatrolCounts left, PatrolCounts right) =>
        new(checked(left.Shifts + right.Shifts), checked(left.Violations + right.Violations));
}

/// <summary>Builds a <see cref="PatrolTally"/>: what a patrol counts is the whole of it (<see cref="TallySpec{TRecord, TAcc, TEntry, TTally}"/>).</summary>
internal sealed class PatrolTallyBuilder : TallyBuilder<PatrolTallyBuilder, Patrol, PatrolTally>
{
    public PatrolTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null)
        : base(new TallyAccumulator<Patrol, long[], PatrolCounts, PatrolTally>(periods, provinces, new(
            static (_, _) => new long[2],
            static c => new PatrolCounts(c[0], c[1]),
            static (counts, patrol) =>
            {
                if (counts.Slot(patrol.Province, patrol.HeldOn, "record") is long[] slot)
                {
                    slot[0]++;
                    slot[1] = checked(slot[1] + patrol.Violations);
                }
            },
            static table => new PatrolTally(table))))
    {
    }
}
