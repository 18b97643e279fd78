using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Rankings;
using static PublicSecurity.Stats.Text.Cells;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

namespace PublicSecurity.Stats.Reporting;

/// <summary>
/// A provincial report computed: its published figures kept as published, and beside them what the library can
/// check — clearance rates against targets, the traffic comparison with its honest verdict, and e-ID rankings by an
/// explicit measure with their rank uncertainty.
/// </summary>
/// <remarks>
/// <para>
/// Everything shown comes from the <see cref="ProvincialReport"/> (published figures with their sources, tallies built
/// from published counts or from records marked illustrative) and the optional <see cref="ElectronicIdSample"/>;
/// sections that rest on illustrative data say so in every format. Unquantified claims ("down on all 3 criteria")
/// are stated as claims: with no counts, no test is possible.
/// </para>
/// <para>Renders as text, Markdown, an HTML fragment (<see cref="ToHtml"/>, with the charts), a standalone HTML page
/// (<see cref="ToHtmlDocument"/>) and JSON (written only). Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProvincialReportAnalysis : IRenderable
{
    private const double RankLevel = 0.95;

    private ProvincialReportAnalysis(ProvincialReport report, DateOnly dataAsOf, long seed, int draws)
    {
        (Report, DataAsOf, Seed, Draws) = (report, dataAsOf, seed, draws);
    }

    /// <summary>Gets the report analysed.</summary>
    public ProvincialReport Report { get; }

    /// <summary>Gets the date up to which the data are complete (the report's date).</summary>
    public DateOnly DataAsOf { get; }

    /// <summary>Gets the Monte-Carlo seed of the rank intervals.</summary>
    public long Seed { get; }

    /// <summary>Gets the Monte-Carlo draws of the rank intervals.</summary>
    public int Draws { get; }

    /// <summary>Gets the period-basis clearance rates of the window (no interval), or null when the report has no case tally.</summary>
    public ClearanceSummary? PeriodClearance { get; private set; }

    /// <summary>Gets the cohort-basis clearance rates of the window's cases as at its end (Wilson 95%), or null when the report has no case tally.</summary>
    public ClearanceSummary? CohortClearance { get; private set; }

    /// <summary>Gets the traffic comparison of the latest period of the traffic tally with its same period last year, or null.</summary>
    public PeriodComparison? Traffic { get; private set; }

    /// <summary>Gets the e-ID sample used, or null.</summary>
    public ElectronicIdSample? ElectronicId { get; private set; }

    /// <summary>Gets the provinces ranked by level-2 accounts activated as a share of the assigned target, or null.</summary>
    public Ranking<Province>? ElectronicIdByTarget { get; private set; }

    /// <summary>Gets the provinces ranked by level-2 accounts activated per 100,000 population (2023), or null.</summary>
    public Ranking<Province>? ElectronicIdPerCapita { get; private set; }

    /// <summary>Gets the Monte-Carlo rank intervals by achievement of target, or null.</summary>
    public RankIntervals<Province>? ElectronicIdByTargetIntervals { get; private set; }

    /// <summary>Gets the Monte-Carlo rank intervals per 100,000 population, or null.</summary>
    public RankIntervals<Province>? ElectronicIdPerCapitaIntervals { get; private set; }

    /// <summary>Gets the funnel plot of accounts activated as a share of the population against the pooled rate, or null.</summary>
    public FunnelPlot<Province>? ElectronicIdFunnel { get; private set; }

    /// <summary>Gets the monitoring of a monthly series added with <see cref="WithMonitoring"/>, or null.</summary>
    public FarringtonResult? Monitoring { get; private set; }

    /// <summary>Gets whether the monitored series is illustrative (invented) rather than published; every format then says so.</summary>
    public bool IsMonitoringIllustrative { get; private set; }

    /// <summary>Returns a copy of the analysis with a monitoring section: the improved Farrington method over a monthly series.</summary>
    /// <param name="monitoring">The monitoring result, for the report's province.</param>
    /// <param name="isIllustrative">Whether the series is illustrative (invented); the section then says so in every format.</param>
    /// <returns>The analysis with the section.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="monitoring"/> is null.</exception>
    /// <exception cref="ArgumentException">The monitored series is of another province than the report's.</exception>
    public ProvincialReportAnalysis WithMonitoring(FarringtonResult monitoring, bool isIllustrative)
    {
        ArgumentNullException.ThrowIfNull(monitoring);
        if (!monitoring.Series.Province.Equals(Report.Province))
        {
            throw new ArgumentException($"The monitored series must be of the report's province ({Report.Province.Name}); it was of {monitoring.Series.Province.Name}.", nameof(monitoring));
        }

        var copy = (ProvincialReportAnalysis)MemberwiseClone();
        copy.Monitoring = monitoring;
        copy.IsMonitoringIllustrative = isIllustrative;
        return copy;
    }

    /// <summary>Computes the analysis of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="electronicId">The e-ID activations of all provinces of the report's edition, or null to skip the rankings.</param>
    /// <param name="dataAsOf">The date up to which the data are complete; periods ending after it are refused.</param>
    /// <param name="seed">The Monte-Carlo seed of the rank intervals; 20231114 by default.</param>
    /// <param name="draws">The Monte-Carlo draws, at least 100; 10,000 by default.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The traffic periods are incomplete as of <paramref name="dataAsOf"/>, or the e-ID sample is of another edition
    /// than the report's province.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="draws"/> is below 100.</exception>
    public static ProvincialReportAnalysis Compute(ProvincialReport report, ElectronicIdSample? electronicId, DateOnly dataAsOf, long seed = 20231114, int draws = 10_000)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (draws < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(draws), string.Create(CultureInfo.InvariantCulture, $"The draws must be at least 100; it was {draws}."));
        }

        var analysis = new ProvincialReportAnalysis(report, dataAsOf, seed, draws);
        if (report.Cases is { } cases && cases.Contains(report.Province, report.Period))
        {
            analysis.PeriodClearance = ClearanceSummary.PeriodBasis(cases, report.Province, report.Period);
            analysis.CohortClearance = ClearanceSummary.CohortBasis(cases, report.Province, report.Period, report.Period);
        }

        if (report.Traffic is { } traffic && traffic.Periods.Count > 0)
        {
            var latest = traffic.Periods[^1];
            var before = latest.Calendar is null ? null : latest.SamePeriodPreviousYear();
            if (before is not null && traffic.Contains(report.Province, latest) && traffic.Contains(report.Province, before))
            {
                analysis.Traffic = PeriodComparison.Traffic(traffic, report.Province, latest, before, dataAsOf);
            }
        }

        if (electronicId is not null)
        {
            if (!electronicId.Activations.Any(a => a.Province.Edition == report.Province.Edition))
            {
                throw new ArgumentException(
                    $"The e-ID sample must cover the report's province edition ({report.Province.Edition}); it has no province of that edition.",
                    nameof(electronicId));
            }

            analysis.ComputeElectronicId(electronicId);
        }

        return analysis;
    }

    /// <summary>Gets the analysis as English text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Render(new TextSink(), language, int.MaxValue);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Render(new MarkdownSink(), language, int.MaxValue);

    /// <inheritdoc/>
    /// <remarks>The fragment includes the charts: the traffic changes with their intervals, the e-ID rank intervals and the e-ID funnel plot.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        CheckMaxRows(maxRows);
        return Div("ps-provincial-report", Render(new HtmlSink(), language, maxRows));
    }

    /// <summary>Gets the analysis as a standalone HTML page (UTF-8, no script, no external resource): an <see cref="HtmlPage"/> with the analysis as its one item.</summary>
    /// <param name="language">The language; English by default.</param>
    /// <param name="maxRows">The most body rows a table shows; 100 by default.</param>
    /// <returns>The page, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtmlDocument(Language language = Language.English, int maxRows = 100) =>
        new HtmlPage(Title(language), language).Add(this).Render(maxRows);

    internal static string Title(ProvincialReport report, Language language) => Lang(
        language,
        $"{report.Province.Name} provincial police — {report.Period.Name(Language.English) ?? report.Period.ToString(Language.English)}",
        $"Công an tỉnh {report.Province.Name} — {report.Period.Name(Language.Vietnamese) ?? report.Period.ToString(Language.Vietnamese)}");

    private string Title(Language language) => Title(Report, language);

    private void ComputeElectronicId(ElectronicIdSample sample)
    {
        var rows = sample.Activations.Where(a => a.Province.Edition == Report.Province.Edition).ToList();

        ElectronicId = sample;
        var population = ProvinceCatalog.Population;
        var byTarget = RankingMeasure.TargetAchievement("Level-2 e-ID accounts activated, % of assigned target", higherIsBetter: true)
            .WithVietnameseName("Tài khoản định danh điện tử mức 2 đã kích hoạt, % chỉ tiêu được giao");
        var perCapita = RankingMeasure.PerCapita("Level-2 e-ID accounts activated per 100,000 population (2023)", higherIsBetter: true)
            .WithVietnameseName("Tài khoản định danh điện tử mức 2 đã kích hoạt trên 100.000 dân (dân số 2023)");
        var targetObservations = rows.Select(a => a.Target is long t
            ? RankingObservation.TargetAchievement(a.Province, a.AccountsActivated, t)
            : RankingObservation.Missing(a.Province)).ToList();
        var capitaObservations = rows.Select(a => population.TryGetPopulation(a.Province, out var pop)
            ? RankingObservation.PerCapita(a.Province, a.AccountsActivated, pop)
            : RankingObservation.Missing(a.Province)).ToList();
        ElectronicIdByTarget = Ranking.Create(byTarget, targetObservations, TieMethod.Min, MissingValues.Keep);
        ElectronicIdPerCapita = Ranking.Create(perCapita, capitaObservations, TieMethod.Min, MissingValues.Keep);
        ElectronicIdByTargetIntervals = RankIntervals.MonteCarlo(byTarget, targetObservations, Seed, Draws, RankLevel);
        ElectronicIdPerCapitaIntervals = RankIntervals.MonteCarlo(perCapita, capitaObservations, Seed, Draws, RankLevel);
        ElectronicIdFunnel = FunnelPlot.Proportions(
            rows.Where(a => population.TryGetPopulation(a.Province, out _))
                .Select(a => new ProportionUnit<Province>(a.Province, a.AccountsActivated, population.PopulationOf(a.Province))),
            null,
            OverdispersionAdjustment.Additive);
    }

    private string Render(Sink sink, Language language, int maxRows)
    {
        var vi = language == Language.Vietnamese;
        var r = Report;
        sink.Heading(1, Title(language));
        sink.Paragraph(Lang(language, "Reporting window: ", "Kỳ báo cáo: ") + r.Period.ToString(language)
            + (r.ComparisonPeriod is { } cp ? Lang(language, "; compared with the same period last year: ", "; so với cùng kỳ năm trước: ") + cp.ToString(language) : string.Empty)
            + Lang(language, $"; data as of {NumberText.Date(DataAsOf)}.", $"; số liệu tính đến {NumberText.Date(DataAsOf)}."));

        // 1. The published figures, as published.
        sink.Heading(2, Lang(language, "Published figures, as published", "Số liệu đã công bố, giữ nguyên cách nêu"));
        var figures = new TextTable(
            null,
            new TableColumn(Lang(language, "Figure", "Chỉ tiêu")),
            new TableColumn(Lang(language, "Period / date", "Kỳ / ngày")),
            new TableColumn(Lang(language, "As published", "Như công bố"), CellAlign.Right),
            new TableColumn(Lang(language, "Quote", "Trích dẫn")));
        foreach (var f in r.Figures)
        {
            figures.Row(
                FigureLabels.Measure(f.Measure, language),
                f.Period is { } p ? (p.Name(language) ?? p.ToString(language)) : f.AsOf is { } at ? NumberText.Date(at) : Dash,
                f.ToString(language),
                f.Quote is { } q ? "“" + q + "”" : Dash);
        }

        figures.Note(Lang(language, "Every figure keeps its qualifier (over, under, about) and its source (see the JSON output for each address).", "Mỗi số liệu giữ nguyên từ định tính (trên, dưới, khoảng) và nguồn (địa chỉ từng nguồn có trong đầu ra JSON)."));
        sink.Table(figures, maxRows);

        // 2. Clearance.
        sink.Heading(2, Lang(language, "Clearance rate", "Tỷ lệ điều tra làm rõ"));
        var published = r.Figures.FirstOrDefault(f => f.Measure == "crime.clearanceRate" && f.Period == r.Period);
        if (published is not null)
        {
            sink.Paragraph(Lang(language, $"Published: {published.ToString(language)} of criminal cases cleared; no counts were published behind it.", $"Đã công bố: điều tra làm rõ {published.ToString(language)} các vụ phạm pháp hình sự; không công bố số vụ cụ thể."));
        }

        if (PeriodClearance is { } period && CohortClearance is { } cohort)
        {
            if (r.IllustrativeSections.Contains(ReportSection.Crime))
            {
                sink.Illustrative(Lang(language, "Illustrative: the rates below are computed from invented case records bundled with the library, only to show how each basis is computed.", "Minh họa: các tỷ lệ dưới đây tính từ các hồ sơ vụ án giả định đi kèm thư viện, chỉ để minh họa cách tính theo từng cách."));
            }

            sink.Paragraph(Lang(language, "Period basis (as Vietnamese and FBI reports compute it): no binomial interval, because cleared cases are not a subset of the window's cases.", "Theo kỳ (cách tính của báo cáo Việt Nam và FBI): không có khoảng tin cậy nhị thức, vì số vụ làm rõ không phải là tập con của số vụ xảy ra trong kỳ."));
            sink.Table(ClearanceTables.Rates(
                [(Lang(language, "All crimes", "Tất cả tội phạm"), period.Overall), (Lang(language, "Very and especially serious", "Rất nghiêm trọng và đặc biệt nghiêm trọng"), period.VeryOrEspeciallySerious)],
                language,
                Lang(language, "Period basis", "Theo kỳ")), maxRows);
            sink.Table(ClearanceTables.Rates(
                [(Lang(language, "All crimes", "Tất cả tội phạm"), cohort.Overall), (Lang(language, "Very and especially serious", "Rất nghiêm trọng và đặc biệt nghiêm trọng"), cohort.VeryOrEspeciallySerious)],
                language,
                Lang(language, "Cohort basis (with Wilson 95% intervals)", "Theo nhóm án (khoảng tin cậy Wilson 95%)")), maxRows);
        }

        // 3. Drugs.
        sink.Heading(2, Lang(language, "Drug crimes", "Tội phạm ma túy"));
        sink.Table(FigureTable(language, "drugs."), maxRows);
        sink.Paragraph(Lang(language, "\"Kg of all kinds\" adds up mass units only: quantities counted in tablets, blocks (bánh) or plants are left out, and the report does not say how many there were.", "\"Kg ma túy các loại\" chỉ cộng các đơn vị khối lượng: số lượng tính bằng viên, bánh hoặc cây không được cộng vào, và báo cáo không nêu có bao nhiêu."));

        // 4. Fire and rescue.
        sink.Heading(2, Lang(language, "Fire prevention and rescue", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"));
        sink.Table(FigureTable(language, "fireRescue."), maxRows);
        sink.Paragraph(Lang(language, "Participant-attendances (lượt) count attendances, not people: one person at three classes counts three times.", "Lượt người tham gia đếm số lượt, không phải số người: một người tham gia ba lớp được tính ba lượt."));

        // 5. Traffic.
        sink.Heading(2, Lang(language, "Traffic accidents", "Tai nạn giao thông"));
        if (r.Figures.Any(f => f.Measure == "traffic.accidents.change" && f.Period == r.Period))
        {
            sink.Paragraph(Lang(language, $"The report states that traffic accidents decreased on all 3 criteria in the {r.Period.Name(language)} against the same period of the previous year. No counts were published for either window, so the claim cannot be tested: it is kept as a claim.", $"Báo cáo nêu tai nạn giao thông {r.Period.Name(language)} giảm cả 3 tiêu chí so với cùng kỳ. Không có số liệu của cả hai kỳ nên không thể kiểm định: nhận định được giữ nguyên là nhận định."));
        }

        if (Traffic is { } traffic)
        {
            sink.Paragraph(Lang(language, "A published comparison that can be checked:", "Một so sánh đã công bố có thể kiểm tra được:") + " " + traffic.ToString(language).Split('\n')[0] + ".");
            sink.Paragraph(traffic.Verdict.ToString(language));
            sink.Table(ComparisonTables.Verdict(traffic.Verdict, language), maxRows);
            sink.Chart(traffic.Verdict.ToSvg(language));
        }

        // 5b. Monthly monitoring.
        if (Monitoring is { } monitoring)
        {
            sink.Heading(2, Lang(language, "Monthly monitoring", "Giám sát theo tháng"));
            if (IsMonitoringIllustrative)
            {
                sink.Illustrative(Lang(
                    language,
                    "Illustrative: the monthly series below is invented, bundled with the library only to show the method; it is not published data.",
                    "Minh họa: chuỗi số liệu theo tháng dưới đây là giả định, đi kèm thư viện chỉ để minh họa phương pháp; không phải số liệu công bố."));
            }

            sink.Paragraph(Lang(
                language,
                "Is a month's count unusually high? The improved Farrington method compares each month with the same months of earlier years, allowing for trend, over-dispersion and past outbreaks; a month above its threshold raises an alarm.",
                "Số đếm của một tháng có cao bất thường không? Phương pháp Farrington cải tiến so sánh mỗi tháng với cùng tháng các năm trước, có tính đến xu hướng, phân tán vượt mức và các đợt bùng phát trước; tháng vượt ngưỡng trên sẽ được cảnh báo."));
            sink.Table(MonitoringTables.Farrington(monitoring, language), maxRows);
            sink.Chart(monitoring.ToSvg(language));
        }

        // 6. e-ID.
        sink.Heading(2, Lang(language, "Level-2 e-ID (VNeID) activations", "Kích hoạt tài khoản định danh điện tử mức 2 (VNeID)"));
        var claim = r.Figures.FirstOrDefault(f => f.Measure == "electronicId.level2.rankNationwide");
        var accounts = r.Figures.FirstOrDefault(f => f.Measure == "electronicId.level2.accountsActivated");
        if (claim is not null)
        {
            sink.Paragraph(Lang(
                language,
                $"Published: {(accounts is null ? string.Empty : accounts.ToString(language) + ", ")}ranked {claim.ToString(language)} nationwide, by a measure the report does not name. It cannot be the count: Hà Nội alone had 4.22 million activated accounts by 28/06/2023. Provincial pages rank by activation against the assigned target.",
                $"Đã công bố: {(accounts is null ? string.Empty : accounts.ToString(language) + ", ")}đứng {claim.ToString(language)} toàn quốc, theo một tiêu chí báo cáo không nêu. Không thể là theo số lượng: riêng Hà Nội đã có 4,22 triệu tài khoản kích hoạt đến 28/06/2023. Các trang của tỉnh xếp hạng theo tỷ lệ kích hoạt so với chỉ tiêu được giao."));
        }

        if (ElectronicId is { } sample && ElectronicIdByTarget is { } byTarget && ElectronicIdPerCapita is { } perCapita
            && ElectronicIdByTargetIntervals is { } byTargetIntervals && ElectronicIdPerCapitaIntervals is { } perCapitaIntervals && ElectronicIdFunnel is { } funnel)
        {
            sink.Illustrative(Lang(
                language,
                $"Illustrative: only {r.Province.Name}'s figures are published; the other provinces' figures are generated (see the data file), so these rankings show the method — which measure, how certain — not the provinces' real standing.",
                $"Minh họa: chỉ số liệu của {r.Province.Name} là số liệu công bố; số liệu các tỉnh khác là giả định (xem tệp dữ liệu), nên các bảng xếp hạng này minh họa phương pháp — theo tiêu chí nào, chắc chắn đến đâu — không phải thứ hạng thật."));
            var own = byTarget.GetEntry(r.Province);
            var ownCapita = perCapita.GetEntry(r.Province);
            var ownInterval = byTargetIntervals.Entries.First(e => e.Key.Equals(r.Province));
            var ownCapitaInterval = perCapitaIntervals.Entries.First(e => e.Key.Equals(r.Province));
            sink.Paragraph(Lang(
                language,
                $"{r.Province.Name}: {Rank(own.Rank)} of {byTarget.RankedCount} by achievement of target ({RankingTables.Value(byTarget.Measure, own.Value!.Value, language)}; 95% rank interval {ownInterval.Lower}–{ownInterval.Upper}); {Rank(ownCapita.Rank)} of {perCapita.RankedCount} per 100,000 population ({RankingTables.Value(perCapita.Measure, ownCapita.Value!.Value, language)}; 95% rank interval {ownCapitaInterval.Lower}–{ownCapitaInterval.Upper}). With counts in the hundreds of thousands, chance barely moves the ranks: the measure chosen matters far more.",
                $"{r.Province.Name}: hạng {Rank(own.Rank)}/{byTarget.RankedCount} theo tỷ lệ đạt chỉ tiêu ({RankingTables.Value(byTarget.Measure, own.Value!.Value, language)}; khoảng hạng 95% {ownInterval.Lower}–{ownInterval.Upper}); hạng {Rank(ownCapita.Rank)}/{perCapita.RankedCount} theo số tài khoản trên 100.000 dân ({RankingTables.Value(perCapita.Measure, ownCapita.Value!.Value, language)}; khoảng hạng 95% {ownCapitaInterval.Lower}–{ownCapitaInterval.Upper}). Với số đếm hàng trăm nghìn, yếu tố ngẫu nhiên hầu như không làm đổi hạng: việc chọn tiêu chí quan trọng hơn nhiều."));
            sink.Table(RankingTables.Intervals(byTargetIntervals, language), maxRows);
            sink.Chart(RankingTables.IntervalsSvg(byTargetIntervals, language, p => p.Equals(r.Province)));
            sink.Table(RankingTables.Intervals(perCapitaIntervals, language), maxRows);
            sink.Table(RankingTables.Funnel(funnel, language), maxRows);
            sink.Chart(funnel.ToSvg(
                language,
                Lang(language, "Level-2 e-ID accounts activated as a share of the 2023 population", "Tỷ lệ tài khoản định danh mức 2 đã kích hoạt trên dân số 2023"),
                Lang(language, "Population 2023 (log scale)", "Dân số 2023 (thang logarit)"),
                Lang(language, "Accounts per person", "Tài khoản trên mỗi người dân")));
            sink.Paragraph(Lang(language, "Data: ", "Dữ liệu: ") + sample.GetDescription(language));
        }

        // 7. Campaigns.
        sink.Heading(2, Lang(language, "Crackdown campaigns", "Các đợt cao điểm"));
        sink.Table(FigureTable(language, "campaigns."), maxRows);
        _ = vi;
        return sink.ToString();

        string Rank(double? value) => value is double v ? NumberText.Decimal(v, v % 1 == 0 ? 0 : 1, language) : Dash;
    }

    private TextTable FigureTable(Language language, string prefix)
    {
        var table = new TextTable(
            null,
            new TableColumn(Lang(language, "Figure", "Chỉ tiêu")),
            new TableColumn(Lang(language, "As published", "Như công bố"), CellAlign.Right));
        foreach (var f in Report.Figures.Where(f => f.Measure.StartsWith(prefix, StringComparison.Ordinal) && (f.Period is null || f.Period == Report.Period)))
        {
            table.Row(FigureLabels.Measure(f.Measure, language), f.ToString(language));
        }

        return table;
    }

    private abstract class Sink
    {
        protected StringBuilder Text { get; } = new();

        public abstract void Heading(int level, string text);

        public abstract void Paragraph(string text);

        public abstract void Illustrative(string text);

        public abstract void Table(TextTable table, int maxRows);

        public abstract void Chart(string svg);

        public override string ToString() => Text.ToString();
    }

    private sealed class TextSink : Sink
    {
        public override void Heading(int level, string text)
        {
            if (Text.Length > 0)
            {
                Text.Append('\n');
            }

            Text.Append(text).Append('\n').Append(new string(level == 1 ? '=' : '-', text.Length)).Append('\n');
        }

        public override void Paragraph(string text) => Text.Append(text).Append('\n');

        public override void Illustrative(string text) => Text.Append("[!] ").Append(text).Append('\n');

        public override void Table(TextTable table, int maxRows) => Text.Append('\n').Append(table.ToText()).Append('\n');

        public override void Chart(string svg)
        {
            // Charts are for Markdown viewers and HTML; the text form keeps the table beside each chart.
        }
    }

    private sealed class MarkdownSink : Sink
    {
        public override void Heading(int level, string text) => Text.Append(new string('#', level)).Append(' ').Append(PublicSecurity.Stats.Text.Markdown.Escape(text)).Append("\n\n");

        public override void Paragraph(string text) => Text.Append(PublicSecurity.Stats.Text.Markdown.Escape(text)).Append("\n\n");

        public override void Illustrative(string text) => Text.Append("> **").Append(PublicSecurity.Stats.Text.Markdown.Escape(text)).Append("**\n\n");

        public override void Table(TextTable table, int maxRows) => Text.Append(table.ToMarkdown()).Append('\n');

        public override void Chart(string svg) => Text.Append(svg).Append('\n');
    }

    private sealed class HtmlSink : Sink
    {
        public override void Heading(int level, string text) => Text.Append(Cells.Heading(level, text)).Append('\n');

        public override void Paragraph(string text) => Text.Append(Cells.Paragraph(text)).Append('\n');

        public override void Illustrative(string text) => Text.Append("<p class=\"ps-illustrative\"><strong>").Append(Html.Escape(text)).Append("</strong></p>\n");

        public override void Table(TextTable table, int maxRows) => Text.Append(table.ToHtml(maxRows));

        public override void Chart(string svg) => Text.Append(svg);
    }
}
