using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Estimation.IntervalText;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Rankings;

/// <summary>The tables and charts of ranking results, shared by their text, Markdown and HTML renderers.</summary>
internal static class RankingTables
{
    public static string Label<TKey>(TKey key) => key is Province p ? p.Name : key?.ToString() ?? string.Empty;

    public static string Value(RankingMeasure measure, double value, Language language) => measure.Kind switch
    {
        MeasureKind.Proportion or MeasureKind.TargetAchievement => Percent(value, language),
        MeasureKind.PerCapita => NumberText.Decimal(value, 2, language),
        _ => Cells.Count(value, language),
    };

    public static string Unit(RankingMeasure measure, Language language) => measure.Kind switch
    {
        MeasureKind.PerCapita => Lang(language, $"per {NumberText.Integer((long)measure.PerPopulation, language)} population", $"trên {NumberText.Integer((long)measure.PerPopulation, language)} dân"),
        MeasureKind.TargetAchievement => Lang(language, "% of target", "% chỉ tiêu"),
        MeasureKind.Proportion => "%",
        _ => Lang(language, "count", "số lượng"),
    };

    public static string Direction(RankingMeasure measure, Language language) => measure.HigherIsBetter
        ? Lang(language, "rank 1 = highest", "hạng 1 = cao nhất")
        : Lang(language, "rank 1 = lowest", "hạng 1 = thấp nhất");

    public static TextTable Ranking<TKey>(Ranking<TKey> ranking, Language language)
        where TKey : notnull
    {
        var m = ranking.Measure;
        var t = new TextTable(
            $"{m.NameIn(language)} ({Unit(m, language)}; {Direction(m, language)})",
            new TableColumn(Lang(language, "Rank", "Hạng"), CellAlign.Right),
            new TableColumn(Lang(language, "Unit", "Đơn vị")),
            new TableColumn(Lang(language, "Value", "Giá trị"), CellAlign.Right),
            new TableColumn(Lang(language, "Tied with", "Đồng hạng với")));
        foreach (var e in ranking.Entries)
        {
            t.Row(
                e.Rank is double r ? NumberText.Decimal(r, r % 1 == 0 ? 0 : 1, language) : Lang(language, "unranked", "không xếp hạng"),
                Label(e.Key),
                e.Value is double v ? Value(m, v, language) : Lang(language, "missing", "thiếu số liệu"),
                e.TiedWith.Count == 0 ? string.Empty : string.Join(", ", e.TiedWith.Select(Label)));
        }

        t.Note(Lang(
            language,
            $"{NumberText.Integer(ranking.RankedCount, language)} of {NumberText.Integer(ranking.UnitCount, language)} units ranked; ties: {ranking.Ties}; missing values are never ranked as 0.",
            $"Xếp hạng {NumberText.Integer(ranking.RankedCount, language)}/{NumberText.Integer(ranking.UnitCount, language)} đơn vị; đồng hạng: {VietnameseTies(ranking.Ties)}; đơn vị thiếu số liệu không bao giờ được tính là 0."));
        return t;
    }

    public static string RankingSentence<TKey>(Ranking<TKey> ranking, Language language)
        where TKey : notnull
    {
        var first = ranking.Entries.FirstOrDefault(e => e.Rank is not null);
        var shrunk = ranking.Measure.Shrinkage == RateShrinkage.EmpiricalBayes ? Lang(language, " (empirical-Bayes shrunken)", " (đã co theo Bayes thực nghiệm)") : string.Empty;
        var head = Lang(language, $"{ranking.Measure.NameIn(language)}{shrunk}: {NumberText.Integer(ranking.RankedCount, language)} of {NumberText.Integer(ranking.UnitCount, language)} units ranked", $"{ranking.Measure.NameIn(language)}{shrunk}: xếp hạng {NumberText.Integer(ranking.RankedCount, language)}/{NumberText.Integer(ranking.UnitCount, language)} đơn vị");
        return first is null
            ? head + "."
            : head + Lang(language, $"; first: {Label(first.Key)} ({Value(ranking.Measure, first.Value!.Value, language)}).", $"; đứng đầu: {Label(first.Key)} ({Value(ranking.Measure, first.Value!.Value, language)}).");
    }

    public static IEnumerable<RankIntervalEntry<TKey>> ByRank<TKey>(RankIntervals<TKey> intervals)
        where TKey : notnull => intervals.Entries.OrderBy(e => e.ObservedRank).ThenBy(e => e.MeanRank);

    public static TextTable Intervals<TKey>(RankIntervals<TKey> intervals, Language language)
        where TKey : notnull
    {
        var m = intervals.Measure;
        var level = Level(intervals.Level, language);
        var t = new TextTable(
            Lang(language, $"{m.NameIn(language)}: ranks with {level} Monte-Carlo rank intervals", $"{m.NameIn(language)}: hạng và khoảng hạng {level} (Monte-Carlo)"),
            new TableColumn(Lang(language, "Rank", "Hạng"), CellAlign.Right),
            new TableColumn(Lang(language, "Unit", "Đơn vị")),
            new TableColumn(Lang(language, "Value", "Giá trị"), CellAlign.Right),
            new TableColumn(Lang(language, $"{level} rank interval", $"Khoảng hạng {level}"), CellAlign.Right),
            new TableColumn(Lang(language, "Mean rank", "Hạng trung bình"), CellAlign.Right),
            new TableColumn(Lang(language, "P(rank ≤ 3)", "P(hạng ≤ 3)"), CellAlign.Right));
        foreach (var e in ByRank(intervals))
        {
            t.Row(
                NumberText.Integer(e.ObservedRank, language),
                Label(e.Key),
                Value(m, e.Value, language),
                $"{NumberText.Integer(e.Lower, language)}–{NumberText.Integer(e.Upper, language)}",
                NumberText.Decimal(e.MeanRank, 1, language),
                Percent(e.ProbabilityRankAtMost(3), language));
        }

        t.Note(Lang(
            language,
            $"{Direction(m, language)}. Each unit's rate drawn {NumberText.Integer(intervals.Draws, language)} times from its Jeffreys posterior (seed {intervals.Seed}); every draw ranked; the interval holds the central {level} of the ranks.",
            $"{Direction(m, language)}. Tỷ suất của mỗi đơn vị được rút {NumberText.Integer(intervals.Draws, language)} lần từ phân phối hậu nghiệm Jeffreys (hạt giống {intervals.Seed}); mỗi lần rút được xếp hạng; khoảng chứa {level} hạng ở giữa."));
        if (intervals.Unranked.Count > 0)
        {
            t.Note(Lang(language, "Not ranked (missing): ", "Không xếp hạng (thiếu số liệu): ") + string.Join(", ", intervals.Unranked.Select(Label)));
        }

        return t;
    }

    public static string IntervalsSvg<TKey>(RankIntervals<TKey> intervals, Language language, Func<TKey, bool> highlight)
        where TKey : notnull
    {
        var rows = ByRank(intervals).Select(e => new RankRow(Label(e.Key), e.ObservedRank, e.Lower, e.Upper, highlight(e.Key))).ToList();
        var level = Level(intervals.Level, language);
        return Charts.RankIntervals(
            Lang(language, $"{intervals.Measure.NameIn(language)}: rank intervals ({level})", $"{intervals.Measure.NameIn(language)}: khoảng hạng ({level})"),
            Lang(language, $"Rank ({Direction(intervals.Measure, language)}); dot = observed rank, bar = {level} interval", $"Hạng ({Direction(intervals.Measure, language)}); chấm = hạng quan sát, thanh = khoảng {level}"),
            rows,
            Math.Max(1, rows.Count),
            language);
    }

    public static TextTable Sets(RankConfidenceSets sets, Language language, IReadOnlyList<string>? labels)
    {
        var level = Level(sets.Level, language);
        var t = new TextTable(
            Lang(language, $"Confidence sets for ranks ({level}, Mogstad–Romano–Shaikh–Wilhelm)", $"Tập tin cậy cho hạng ({level}, Mogstad–Romano–Shaikh–Wilhelm)"),
            new TableColumn(Lang(language, "Unit", "Đơn vị")),
            new TableColumn(Lang(language, "Rank", "Hạng"), CellAlign.Right),
            new TableColumn(Lang(language, "Marginal set", "Tập biên"), CellAlign.Right),
            new TableColumn(Lang(language, "Simultaneous set", "Tập đồng thời"), CellAlign.Right),
            new TableColumn(Lang(language, "Indistinguishable from", "Không phân biệt được với")));
        var order = Enumerable.Range(0, sets.Count).OrderBy(j => sets.EstimatedRanks[j]).ToList();
        string Name(int j) => labels is not null && j < labels.Count ? labels[j] : NumberText.Integer(j, language);
        foreach (var j in order)
        {
            t.Row(
                Name(j),
                NumberText.Integer(sets.EstimatedRanks[j], language),
                $"{NumberText.Integer(sets.Marginal[j].Lower, language)}–{NumberText.Integer(sets.Marginal[j].Upper, language)}",
                $"{NumberText.Integer(sets.Simultaneous[j].Lower, language)}–{NumberText.Integer(sets.Simultaneous[j].Upper, language)}",
                string.Join(", ", sets.IndistinguishableFrom(j).Select(Name)));
        }

        t.Note(Lang(
            language,
            $"{(sets.HigherIsBetter ? "Higher" : "Lower")} is better; {NumberText.Integer(sets.Draws, language)} bootstrap draws (seed {sets.Seed}); {(sets.StepDown ? "step-down" : "single-step")}; {NumberText.Integer(sets.Tiers.Count, language)} tiers (connected components of indistinguishability).",
            $"{(sets.HigherIsBetter ? "Cao hơn" : "Thấp hơn")} là tốt hơn; {NumberText.Integer(sets.Draws, language)} lần lấy mẫu lại (hạt giống {sets.Seed}); {(sets.StepDown ? "nhiều bước, giảm dần" : "một bước")}; {NumberText.Integer(sets.Tiers.Count, language)} nhóm (thành phần liên thông của quan hệ không phân biệt được)."));
        return t;
    }

    public static TextTable Funnel<TKey>(FunnelPlot<TKey> plot, Language language)
    {
        var columns = new List<TableColumn>
        {
            new(Lang(language, "Unit", "Đơn vị")),
            new(plot.IsProportion ? Lang(language, "x / n", "x / n") : Lang(language, "Observed / expected", "Quan sát / kỳ vọng"), CellAlign.Right),
            new(plot.IsProportion ? Lang(language, "Proportion", "Tỷ lệ") : "O/E", CellAlign.Right),
        };
        var adjusted = plot.Applied != OverdispersionAdjustment.None;
        var shrunken = plot.Requested is OverdispersionAdjustment.BetaBinomial or OverdispersionAdjustment.NegativeBinomial;
        if (shrunken)
        {
            columns.Add(new TableColumn(Lang(language, "Shrunken (EB)", "Đã co (Bayes)"), CellAlign.Right));
        }

        columns.Add(new TableColumn(adjusted ? Lang(language, "z (unadjusted)", "z (chưa điều chỉnh)") : "z", CellAlign.Right));
        if (adjusted)
        {
            columns.Add(new TableColumn(Lang(language, "z (adjusted)", "z (đã điều chỉnh)"), CellAlign.Right));
        }

        foreach (var level in plot.Levels)
        {
            columns.Add(new TableColumn(Lang(language, $"{Level(level, language)} limits", $"Giới hạn {Level(level, language)}"), CellAlign.Right));
            columns.Add(new TableColumn(Level(level, language)));
        }

        var t = new TextTable(
            plot.IsProportion
                ? Lang(language, $"Funnel plot of proportions against {(plot.TargetIsPooled ? "the pooled rate" : "the target")} {Percent(plot.Target, language)}", $"Biểu đồ phễu tỷ lệ so với {(plot.TargetIsPooled ? "tỷ lệ chung" : "mục tiêu")} {Percent(plot.Target, language)}")
                : Lang(language, "Funnel plot of observed against expected counts", "Biểu đồ phễu số quan sát so với kỳ vọng"),
            [.. columns]);
        foreach (var u in plot.Units)
        {
            var cells = new List<string>
            {
                Label(u.Key),
                $"{Cells.Count(u.Numerator, language)} / {Cells.Count(u.Denominator, language)}",
                plot.IsProportion ? Percent(u.Value, language) : NumberText.Decimal(u.Value, 3, language),
            };
            if (shrunken)
            {
                cells.Add(plot.IsProportion ? Percent(u.ShrunkenValue, language) : NumberText.Decimal(u.ShrunkenValue, 3, language));
            }

            cells.Add(NumberText.Decimal(u.ZScore, 2, language));
            if (adjusted)
            {
                cells.Add(NumberText.Decimal(u.AdjustedZScore, 2, language));
            }

            for (var j = 0; j < plot.Levels.Count; j++)
            {
                cells.Add(plot.IsProportion ? PercentInterval(u.Limits[j], language) : Interval(u.Limits[j], language));
                cells.Add(Position(u.Positions[j], language));
            }

            t.Row([.. cells]);
        }

        t.Note(FunnelSentence(plot, language));
        return t;
    }

    public static string FunnelSentence<TKey>(FunnelPlot<TKey> plot, Language language)
    {
        var test = Lang(
            language,
            $"Over-dispersion: φ̂ = {NumberText.Decimal(plot.Phi, 2, language)}, I·φ̂ = {NumberText.Decimal(plot.TestStatistic, 1, language)} against χ²({NumberText.Integer(plot.Units.Count - 1, language)}) 95% point {NumberText.Decimal(plot.ChiSquareCritical, 1, language)}",
            $"Quá phân tán: φ̂ = {NumberText.Decimal(plot.Phi, 2, language)}, I·φ̂ = {NumberText.Decimal(plot.TestStatistic, 1, language)} so với điểm 95% của χ²({NumberText.Integer(plot.Units.Count - 1, language)}) là {NumberText.Decimal(plot.ChiSquareCritical, 1, language)}");
        var applied = plot.Applied switch
        {
            OverdispersionAdjustment.Additive => Lang(language, $"; limits widened by an additive random effect (τ̂² = {NumberText.Decimal(plot.Tau2, 5, language)}).", $"; giới hạn được nới theo hiệu ứng ngẫu nhiên cộng (τ̂² = {NumberText.Decimal(plot.Tau2, 5, language)})."),
            OverdispersionAdjustment.Multiplicative => Lang(language, "; limits widened multiplicatively (√φ̂).", "; giới hạn được nới theo hệ số nhân (√φ̂)."),
            OverdispersionAdjustment.BetaBinomial => Lang(language, $"; beta-binomial limits with intra-class correlation ρ = {NumberText.Decimal(plot.Dispersion!.Value, 5, language)} (method of moments).", $"; giới hạn beta–nhị thức với hệ số tương quan nội lớp ρ = {NumberText.Decimal(plot.Dispersion!.Value, 5, language)} (phương pháp mômen)."),
            OverdispersionAdjustment.NegativeBinomial => Lang(language, $"; negative-binomial limits with size θ = {NumberText.Decimal(plot.Dispersion!.Value, 2, language)} (Poisson–gamma fit, Marshall).", $"; giới hạn nhị thức âm với tham số θ = {NumberText.Decimal(plot.Dispersion!.Value, 2, language)} (Poisson–gamma, Marshall)."),
            _ => plot.IsOverdispersed
                ? Lang(language, "; over-dispersed, but no adjustment was requested: exact limits.", "; có quá phân tán nhưng không yêu cầu hiệu chỉnh: giới hạn chính xác.")
                : Lang(language, "; not over-dispersed: exact limits.", "; không quá phân tán: giới hạn chính xác."),
        };
        var eb = plot.Requested is OverdispersionAdjustment.BetaBinomial or OverdispersionAdjustment.NegativeBinomial
            ? Lang(language, " The shrunken (empirical-Bayes) values pull each unit towards the overall value, small units most; positions are judged on the observed values.", " Giá trị đã co (Bayes thực nghiệm) kéo mỗi đơn vị về giá trị chung, đơn vị nhỏ bị kéo nhiều nhất; vị trí được xét theo giá trị quan sát.")
            : string.Empty;
        return test + applied + " " + PhiInPlainWords(plot, language) + eb;
    }

    /// <summary>What φ̂ means for a reader: how many times chance's variance the units' values show, and what was done about it.</summary>
    private static string PhiInPlainWords<TKey>(FunnelPlot<TKey> plot, Language language)
    {
        if (!plot.IsOverdispersed)
        {
            return Lang(
                language,
                "In plain words: the units' values vary no more than chance alone would make them, so the exact limits apply.",
                "Nói cách khác: giá trị của các đơn vị không dao động nhiều hơn mức riêng yếu tố ngẫu nhiên tạo ra, nên dùng giới hạn chính xác.");
        }

        var times = plot.Phi >= 10 ? NumberText.Integer((long)Math.Round(plot.Phi), language) : NumberText.Decimal(plot.Phi, 1, language);
        return plot.Applied == OverdispersionAdjustment.None
            ? Lang(
                language,
                $"In plain words: the units' values vary about {times} times more than chance alone would make them (φ̂ is that ratio of variances), so a unit outside the exact limits may show that spread rather than a real difference.",
                $"Nói cách khác: giá trị của các đơn vị dao động gấp khoảng {times} lần mức riêng yếu tố ngẫu nhiên tạo ra (φ̂ là tỷ số phương sai đó), nên một đơn vị nằm ngoài giới hạn chính xác có thể chỉ do độ dao động đó chứ không phải khác biệt thật.")
            : Lang(
                language,
                $"In plain words: the units' values vary about {times} times more than chance alone would make them (φ̂ is that ratio of variances), so the limits were widened to allow for it, and the adjusted z is the one they use.",
                $"Nói cách khác: giá trị của các đơn vị dao động gấp khoảng {times} lần mức riêng yếu tố ngẫu nhiên tạo ra (φ̂ là tỷ số phương sai đó), nên các giới hạn đã được nới rộng tương ứng, và z đã điều chỉnh là z mà các giới hạn dùng.");
    }

    public static string Position(FunnelPosition position, Language language) => position switch
    {
        FunnelPosition.Above => Lang(language, "above", "trên"),
        FunnelPosition.Below => Lang(language, "below", "dưới"),
        _ => Lang(language, "within", "trong"),
    };

    public static string FunnelSvg<TKey>(FunnelPlot<TKey> plot, Language language, string? title, string? xLabel, string? yLabel)
    {
        var points = plot.Units.Select(u => new FunnelPoint(
            Label(u.Key),
            u.Denominator,
            u.Value,
            u.Positions.Count > 1 && u.Positions[^1] != FunnelPosition.Within ? FunnelPointFlag.Outside998
                : u.Positions[0] != FunnelPosition.Within ? FunnelPointFlag.Outside95
                : FunnelPointFlag.Within)).ToList();
        var min = Math.Max(plot.IsProportion ? 1 : 1e-9, plot.Units.Min(u => u.Denominator) * 0.8);
        var max = plot.Units.Max(u => u.Denominator) * 1.25;
        var level95 = plot.Levels[0];
        var level998 = plot.Levels.Count > 1 ? plot.Levels[^1] : plot.Levels[0];
        var limits = new List<FunnelLimitPoint>();
        for (var i = 0; i <= 80; i++)
        {
            var d = Math.Exp(Math.Log(min) + ((Math.Log(max) - Math.Log(min)) * i / 80));
            var a = plot.LimitsAt(d, level95);
            var b = plot.LimitsAt(d, level998);
            limits.Add(new FunnelLimitPoint(d, a.Lower, a.Upper, b.Lower, b.Upper));
        }

        return Charts.Funnel(
            title ?? Lang(language, "Funnel plot", "Biểu đồ phễu"),
            xLabel ?? (plot.IsProportion ? Lang(language, "Denominator (log scale)", "Mẫu số (thang logarit)") : Lang(language, "Expected count (log scale)", "Số kỳ vọng (thang logarit)")),
            yLabel ?? (plot.IsProportion ? Lang(language, "Proportion", "Tỷ lệ") : Lang(language, "Observed ÷ expected", "Quan sát ÷ kỳ vọng")),
            plot.Target,
            points,
            limits,
            language,
            plot.IsProportion ? 3 : 2);
    }

    // How ties share ranks, in Vietnamese words (the English note names the method: Average, Min, …).
    private static string VietnameseTies(TieMethod ties) => ties switch
    {
        TieMethod.Average => "hạng trung bình",
        TieMethod.Min => "cùng nhận hạng nhỏ nhất (1, 2, 2, 4)",
        TieMethod.Max => "cùng nhận hạng lớn nhất",
        TieMethod.First => "theo thứ tự xuất hiện",
        TieMethod.Dense => "hạng liền nhau (1, 2, 2, 3)",
        _ => ties.ToString(),
    };
}
