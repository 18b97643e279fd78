using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// A stock tally of shares — a part out of a whole, cumulative as of a date — per (province, period): what
/// <see cref="ChipIdCardTally"/> and <see cref="OnlineServiceTally"/> share, with its typed share accessor and its
/// rendering.
/// </summary>
/// <remarks>
/// <para>
/// Each key holds the snapshot at the latest as-of date within its period (<see cref="ShareSnapshot"/>). A key absent
/// from the tally is missing, and reading it throws rather than returning zero; a declared coverage fills no zero
/// entries, since no snapshot is not a zero stock. Merging and re-basing onto the 34 units sum the parts and the
/// wholes, and the share is recomputed from the sums, never averaged.
/// </para>
/// <para>
/// Renders as a table (province, period, as-of date, part, whole, share, and whether the part is the whole) in text,
/// Markdown and HTML. Only the library derives from this class. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
/// <typeparam name="TTally">The concrete tally.</typeparam>
public abstract class ShareSnapshotTally<TTally> : Tally<TTally>, IRenderable
    where TTally : ShareSnapshotTally<TTally>
{
    private readonly ShareLabels labels;

    private protected ShareSnapshotTally(TallyTable<ShareSnapshot> table, string name, Func<ITallyTable, TTally> wrap, ShareLabels labels)
        : base(table, name, wrap) => this.labels = labels;

    /// <summary>Gets the snapshot of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts and their as-of dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public ShareSnapshot Get(Province province, ReportingPeriod period) => Entry<ShareSnapshot>(province, period);

    /// <summary>Gets the share of a province and period, with its part and whole, for a claim such as "100%".</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The share; <see cref="Share.IsWhole"/> says whether it is exactly 100%.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public Share Share(Province province, ReportingPeriod period) => Get(province, period).Share;

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Table(language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Table(language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        CheckMaxRows(maxRows);
        return Div(labels.CssClass, Table(language).ToHtml(maxRows));
    }

    private TextTable Table(Language language)
    {
        var table = new TextTable(
            Lang(language, labels.Caption.English, labels.Caption.Vietnamese),
            new TableColumn(Lang(language, "Province", "Tỉnh")),
            new TableColumn(Lang(language, "Period", "Kỳ")),
            new TableColumn(Lang(language, "As of", "Tính đến")),
            new TableColumn(Lang(language, labels.Part.English, labels.Part.Vietnamese), CellAlign.Right),
            new TableColumn(Lang(language, labels.Whole.English, labels.Whole.Vietnamese), CellAlign.Right),
            new TableColumn(Lang(language, "Share", "Tỷ lệ"), CellAlign.Right),
            new TableColumn(Lang(language, "All (100%)", "Đủ 100%")));
        foreach (var key in Keys)
        {
            var entry = Get(key.Province, key.Period);
            var share = entry.Share;
            var asOf = entry.EarliestAsOf == entry.LatestAsOf
                ? NumberText.Date(entry.LatestAsOf)
                : $"{NumberText.Date(entry.EarliestAsOf)} – {NumberText.Date(entry.LatestAsOf)}";
            table.Row(
                key.Province.Name, key.Period.Name(language) ?? key.Period.ToString(language), asOf,
                Count(share.Part, language), Count(share.Whole, language), share.PercentText(language), YesNo(share.IsWhole, language));
        }

        table.Note(Lang(
            language,
            $"Cumulative as of the date shown: the latest snapshot in the period (a range where provinces' snapshots are summed). Share = {labels.Part.English} ÷ {labels.Whole.English}, recomputed from summed counts, never averaged; a part short of the whole never reads 100.00%. All (100%): yes only when every one is counted.",
            $"Số liệu cộng dồn tính đến ngày ghi (bản số liệu mới nhất trong kỳ; một khoảng ngày khi cộng số liệu của nhiều tỉnh). Tỷ lệ = {labels.Part.Vietnamese} ÷ {labels.Whole.Vietnamese}, tính lại từ số đã cộng, không lấy trung bình tỷ lệ; chưa đủ thì không bao giờ ghi 100,00%. Đủ 100%: chỉ \"có\" khi đạt đủ toàn bộ."));
        return table;
    }
}

/// <summary>The words a share tally renders with, in both languages.</summary>
/// <param name="CssClass">The HTML class of the fragment, for example "ps-chip-id-tally".</param>
/// <param name="Caption">The table's caption.</param>
/// <param name="Part">The part's column header.</param>
/// <param name="Whole">The whole's column header.</param>
internal sealed record ShareLabels(string CssClass, (string English, string Vietnamese) Caption, (string English, string Vietnamese) Part, (string English, string Vietnamese) Whole);
