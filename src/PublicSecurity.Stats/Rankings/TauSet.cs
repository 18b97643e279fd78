using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Rankings;

/// <summary>
/// A tau-best or tau-worst confidence set (csranks <c>cstaubest</c> / <c>cstauworst</c>): the units that may, at the
/// joint confidence level, be among the best (or worst) tau; every unit outside it is, at that level, not.
/// </summary>
/// <remarks>
/// <para>
/// "Ranked 2nd nationwide" is a claim about the top 2: the tau-best set for tau = 2 says which provinces can be there
/// with 95% confidence. A unit is in the tau-best set when the lower end L of its simultaneous rank set is at most
/// tau (fewer than tau units are significantly better); in the tau-worst set when the upper end U is at least
/// n − tau + 1. The set for tau contains the set for tau − 1. Made by <see cref="RankConfidenceSets.AmongBest(int)"/>
/// and <see cref="RankConfidenceSets.AmongWorst(int)"/>.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TauSet : IRenderable
{
    private readonly bool[] inSet;
    private readonly int[] bounds;
    private readonly IReadOnlyList<string>? labels;

    internal TauSet(RankConfidenceSets sets, int tau, bool best, int[] bounds, bool[] inSet, IReadOnlyList<string>? labels = null)
    {
        (Sets, Tau, Best, this.bounds, this.inSet, this.labels) = (sets, tau, best, bounds, inSet, labels);
        Members = Enumerable.Range(0, inSet.Length).Where(j => inSet[j]).ToArray();
    }

    /// <summary>Gets the confidence sets this set is projected from (level, draws, seed, estimated ranks).</summary>
    public RankConfidenceSets Sets { get; }

    /// <summary>Gets how many best (or worst) places the set is about.</summary>
    public int Tau { get; }

    /// <summary>Gets whether this is a tau-best set (<see langword="true"/>) or a tau-worst set.</summary>
    public bool Best { get; }

    /// <summary>Gets the units in the set, by index in input order.</summary>
    public IReadOnlyList<int> Members { get; }

    /// <summary>Gets each unit's rank bound: L (the best rank it can hold) for a tau-best set, U (the worst) for a tau-worst set.</summary>
    public IReadOnlyList<int> RankBounds => bounds;

    /// <summary>Gets whether a unit is in the set.</summary>
    /// <param name="unit">The unit's index, from 0.</param>
    /// <returns>Whether it may be among the best (worst) tau at the confidence level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a unit's index.</exception>
    public bool Contains(int unit)
    {
        if ((uint)unit >= (uint)inSet.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(unit), string.Create(CultureInfo.InvariantCulture, $"The unit index must be in [0, {inSet.Length}); it was {unit}."));
        }

        return inSet[unit];
    }

    /// <summary>Gets the same set with names for its units, for rendering.</summary>
    /// <param name="names">One name per unit, in input order.</param>
    /// <returns>The set with the names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null, or a name is.</exception>
    /// <exception cref="ArgumentException">There is not exactly one name per unit.</exception>
    public TauSet WithLabels(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count != inSet.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"There must be one name per unit ({inSet.Length}); there were {names.Count}."), nameof(names));
        }

        foreach (var name in names)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(names));
        }

        return new TauSet(Sets, Tau, Best, bounds, inSet, names.ToArray());
    }

    /// <summary>Gets the set as an English sentence and table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Sentence(language) + "\n" + Table(language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Markdown.Document(Sentence(language), Table(language));

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        Cells.CheckMaxRows(maxRows);
        return Cells.Div("ps-tau-set", Cells.Paragraph(Sentence(language)), Table(language).ToHtml(maxRows));
    }

    private string Name(int j, Language language) => labels is not null ? labels[j] : NumberText.Integer(j, language);

    private string Sentence(Language language)
    {
        Preconditions.Defined(language, nameof(language));
        var level = Cells.Level(Sets.Level, language);
        var tau = NumberText.Integer(Tau, language);
        var count = NumberText.Integer(Members.Count, language);
        var others = NumberText.Integer(inSet.Length - Members.Count, language);
        var names = string.Join(", ", Members.Select(j => Name(j, language)));
        var top = Tau == 1 ? (Best ? "the best unit is" : "the worst unit is") : (Best ? $"the best {tau} are" : $"the worst {tau} are");
        var these = Members.Count == 1 ? "this unit" : $"these {count} units";
        var rest = inSet.Length - Members.Count == 1 ? $"the other {others} is not" : $"the other {others} are not";
        return (Best, language == Language.Vietnamese) switch
        {
            (_, false) when Members.Count == Tau => $"With {level} joint confidence, {top} {names}; {rest} among the {(Best ? "best" : "worst")} {tau}.",
            (_, false) => $"With {level} joint confidence, {top} among {these}: {names}; {rest} among the {(Best ? "best" : "worst")} {tau}.",
            (true, true) => $"Với độ tin cậy đồng thời {level}, {tau} đơn vị tốt nhất nằm trong {count} đơn vị này: {names}; {others} đơn vị còn lại không thuộc nhóm {tau} tốt nhất.",
            _ => $"Với độ tin cậy đồng thời {level}, {tau} đơn vị kém nhất nằm trong {count} đơn vị này: {names}; {others} đơn vị còn lại không thuộc nhóm {tau} kém nhất.",
        };
    }

    private TextTable Table(Language language)
    {
        var vi = language == Language.Vietnamese;
        var table = new TextTable(
            Best
                ? Cells.Lang(language, $"Tau-best set, tau = {Tau} (csranks cstaubest)", $"Tập tau tốt nhất, tau = {Tau} (csranks cstaubest)")
                : Cells.Lang(language, $"Tau-worst set, tau = {Tau} (csranks cstauworst)", $"Tập tau kém nhất, tau = {Tau} (csranks cstauworst)"),
            new TableColumn(vi ? "Đơn vị" : "Unit"),
            new TableColumn(vi ? "Hạng ước lượng" : "Estimated rank", CellAlign.Right),
            new TableColumn(vi ? "Tập đồng thời" : "Simultaneous set", CellAlign.Right),
            new TableColumn(Best ? (vi ? "Trong nhóm tốt nhất" : "May be among the best") : (vi ? "Trong nhóm kém nhất" : "May be among the worst")));
        foreach (var j in Enumerable.Range(0, inSet.Length).OrderBy(j => Sets.EstimatedRanks[j]).ThenBy(j => j))
        {
            var set = Sets.Simultaneous[j];
            table.Row(
                Name(j, language),
                NumberText.Integer(Sets.EstimatedRanks[j], language),
                $"{NumberText.Integer(set.Lower, language)}–{NumberText.Integer(set.Upper, language)}",
                Cells.YesNo(inSet[j], language));
        }

        table.Note(Cells.Lang(
            language,
            $"{(Sets.HigherIsBetter ? "Higher" : "Lower")} is better; {NumberText.Integer(Sets.Draws, language)} bootstrap draws (seed {Sets.Seed.ToString(CultureInfo.InvariantCulture)}); {(Sets.StepDown ? "step-down" : "single-step")}. A unit is in the set when {(Best ? $"the best rank it can hold is at most {Tau}" : $"the worst rank it can hold is at least {inSet.Length - Tau + 1}")}.",
            $"{(Sets.HigherIsBetter ? "Cao hơn" : "Thấp hơn")} là tốt hơn; {NumberText.Integer(Sets.Draws, language)} lần lấy mẫu lại (hạt giống {Sets.Seed.ToString(CultureInfo.InvariantCulture)}); {(Sets.StepDown ? "nhiều bước, giảm dần" : "một bước")}. Một đơn vị thuộc tập khi {(Best ? $"hạng tốt nhất nó có thể giữ không quá {Tau}" : $"hạng kém nhất nó có thể giữ từ {inSet.Length - Tau + 1} trở đi")}."));
        return table;
    }
}
