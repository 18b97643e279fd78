using System.Globalization;
using PublicSecurity.Stats;
using PublicSecurity.Stats.Rankings;

namespace RankingService;

/// <summary>POST /rank: the ranking of the provinces under a measure, with rank intervals and rank sets on request.</summary>
internal static class Ranker
{
    public static RankResponse Rank(RankRequest request, CancellationToken cancellationToken)
    {
        var kind = request.Measure ?? throw Problems.Required("measure", "$.measure", "measure (count, perCapita, proportion or targetAchievement)");
        var higherIsBetter = request.HigherIsBetter ?? kind is MeasureKind.Proportion or MeasureKind.TargetAchievement;
        var name = request.Name ?? kind switch
        {
            MeasureKind.Count => "count",
            MeasureKind.PerCapita => "per 100,000 residents",
            MeasureKind.Proportion => "proportion",
            _ => "target achievement",
        };
        var measure = Guarded("$.name", () => kind switch
        {
            MeasureKind.Count => RankingMeasure.Count(name, higherIsBetter),
            MeasureKind.PerCapita => RankingMeasure.PerCapita(name, higherIsBetter),
            MeasureKind.Proportion => RankingMeasure.Proportion(name, higherIsBetter),
            _ => RankingMeasure.TargetAchievement(name, higherIsBetter),
        });
        var observations = Observations(kind, request.Edition ?? ProvinceEdition.Provinces63, request.Observations);
        cancellationToken.ThrowIfCancellationRequested();
        var ranking = Guarded("$.observations", () => Ranking.Create(measure, observations, request.Ties ?? TieMethod.Min, request.Missing ?? MissingValues.Bottom));

        RankIntervals<Province>? intervals = null;
        if (request.Intervals is { } asked)
        {
            var draws = Draws(asked.Draws, "$.intervals.draws");
            cancellationToken.ThrowIfCancellationRequested();
            // One thread per request: the service's parallelism is across requests.
            intervals = Guarded("$.intervals", () => RankIntervals.MonteCarlo(
                measure, observations, asked.Seed ?? ServiceLimits.DefaultSeed, draws, asked.Level ?? 0.95, maxDegreeOfParallelism: 1));
        }

        // The provinces with data, in rank order: the units of the rank sets (a missing one ranked at the bottom is not one).
        Province[] ranked = [.. ranking.Entries.Where(e => e.Value is not null).Select(e => e.Key)];
        RankConfidenceSets? sets = null;
        TauSet? tauBest = null;
        var top = 0;
        if (request.Sets is { } setsAsked)
        {
            top = setsAsked.Top ?? throw Problems.Required("sets.top", "$.sets.top", "K of the top K");
            if (top < 1 || top > ranked.Length)
            {
                throw new ProblemException(Problems.BadRequest(
                    string.Create(CultureInfo.InvariantCulture, $"K must be from 1 to the number of provinces ranked ({ranked.Length}); it was {top}."), "sets.top", "$.sets.top"));
            }

            var draws = Draws(setsAsked.Draws, "$.sets.draws");
            var (estimates, errors) = Estimates(measure, ranking, observations);
            cancellationToken.ThrowIfCancellationRequested();
            var computed = Guarded("$.sets", () => RankConfidenceSets.Compute(
                estimates, errors, higherIsBetter, setsAsked.Seed ?? ServiceLimits.DefaultSeed, setsAsked.Level ?? 0.95, draws));
            sets = computed;
            tauBest = Guarded("$.sets.top", () => computed.AmongBest(top).WithLabels([.. ranked.Select(p => p.Code)]));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Response(ranking, intervals, sets, tauBest, ranked, top);
    }

    private static RankingObservation<Province>[] Observations(MeasureKind kind, ProvinceEdition edition, List<ObservationInput>? inputs)
    {
        if (inputs is null)
        {
            throw Problems.Required("observations", "$.observations", "observations (one per province)");
        }

        var observations = new RankingObservation<Province>[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.observations[{i}]");
            var input = inputs[i] ?? throw Problems.Required("observations", path, "observation");
            var code = input.Province ?? throw Problems.Required("province", path + ".province", "province code");
            var province = Guarded(path + ".province", () => ProvinceCatalog.Find(edition, code));
            observations[i] = Guarded(path, () => Observation(kind, province, input, path));
        }

        return observations;
    }

    private static RankingObservation<Province> Observation(MeasureKind kind, Province province, ObservationInput input, string path)
    {
        if (input.Count is not { } count)
        {
            return RankingObservation.Missing(province);
        }

        return kind switch
        {
            MeasureKind.Count => RankingObservation.Count(province, count),
            MeasureKind.PerCapita => input.Denominator is { } population
                ? RankingObservation.PerCapita(province, count, population)
                : RankingObservation.PerCapita(province, count),
            MeasureKind.Proportion => RankingObservation.Proportion(province, count, Trials(input.Denominator, path)),
            _ => RankingObservation.TargetAchievement(
                province, count, input.Denominator ?? throw Problems.Required("denominator", path + ".denominator", "target")),
        };
    }

    private static long Trials(double? denominator, string path) => denominator switch
    {
        null => throw Problems.Required("denominator", path + ".denominator", "trials of a proportion"),
        { } d when d % 1 == 0 && d is >= 0 and <= long.MaxValue => (long)d,
        { } d => throw new ProblemException(Problems.BadRequest(
            string.Create(CultureInfo.InvariantCulture, $"The trials of a proportion must be a whole number; it was {d}."), "denominator", path + ".denominator")),
    };

    private static int Draws(int? draws, string path)
    {
        var value = draws ?? ServiceLimits.DefaultDraws;
        if (value > ServiceLimits.MaxDraws)
        {
            throw new ProblemException(Problems.BadRequest(
                string.Create(CultureInfo.InvariantCulture, $"The draws must not exceed the service's limit ({ServiceLimits.MaxDraws:N0}); it was {value}."),
                "draws",
                path,
                ServiceLimits.MaxDraws));
        }

        return value;
    }

    /// <summary>
    /// The estimates and standard errors of the ranked provinces, in rank order, for the rank confidence sets: a count's
    /// Poisson error √max(x, 1); a rate per population the same scaled; a proportion's with half a success added,
    /// √(p̃(1 − p̃)/n), p̃ = (x + ½)/(n + 1), so that 0 and n have a positive error; a target achievement √max(x, 1)/t.
    /// </summary>
    private static (double[] Estimates, double[] Errors) Estimates(RankingMeasure measure, Ranking<Province> ranking, RankingObservation<Province>[] observations)
    {
        var byProvince = observations.ToDictionary(o => o.Key);
        var estimates = new List<double>(observations.Length);
        var errors = new List<double>(observations.Length);
        foreach (var entry in ranking.Entries)
        {
            if (entry.Value is not { } value)
            {
                continue;
            }

            var observation = byProvince[entry.Key];
            double x = observation.Numerator!.Value;
            var d = observation.Denominator!.Value;
            var poisson = Math.Sqrt(Math.Max(x, 1));
            var adjusted = (x + 0.5) / (d + 1);
            estimates.Add(value);
            errors.Add(measure.Kind switch
            {
                MeasureKind.Count => poisson,
                MeasureKind.PerCapita => poisson * measure.PerPopulation / d,
                MeasureKind.Proportion => Math.Sqrt(adjusted * (1 - adjusted) / d),
                _ => poisson / d,
            });
        }

        return ([.. estimates], [.. errors]);
    }

    private static RankResponse Response(
        Ranking<Province> ranking, RankIntervals<Province>? intervals, RankConfidenceSets? sets, TauSet? tauBest, Province[] ranked, int top)
    {
        var intervalOf = intervals?.Entries.ToDictionary(e => e.Key);
        var indexOf = new Dictionary<Province, int>(ranked.Length);
        for (var i = 0; i < ranked.Length; i++)
        {
            indexOf[ranked[i]] = i;
        }

        var rows = new List<RankedProvince>(ranking.Entries.Count);
        foreach (var entry in ranking.Entries)
        {
            var interval = intervalOf is not null && intervalOf.TryGetValue(entry.Key, out var e) ? e : null;
            var index = indexOf.TryGetValue(entry.Key, out var i) ? i : -1;
            rows.Add(new RankedProvince
            {
                ProvinceCode = entry.Key.Code,
                Province = entry.Key.Name,
                Value = entry.Value,
                Rank = entry.Rank,
                RankInterval = interval is null ? null : new RankIntervalRow { Lower = interval.Lower, Upper = interval.Upper, MeanRank = interval.MeanRank },
                SimultaneousRankSet = sets is null || index < 0 ? null : new RankSetRow { Lower = sets.Simultaneous[index].Lower, Upper = sets.Simultaneous[index].Upper },
                InTauBestSet = tauBest is null || index < 0 ? null : tauBest.Contains(index),
            });
        }

        return new RankResponse
        {
            Measure = ranking.Measure.Name,
            Kind = ranking.Measure.Kind,
            HigherIsBetter = ranking.Measure.HigherIsBetter,
            RankedCount = ranking.RankedCount,
            Entries = rows,
            RankIntervals = intervals is null ? null : new RankIntervalsInfo { Level = intervals.Level, Draws = intervals.Draws, Seed = intervals.Seed },
            Sets = sets is null || tauBest is null ? null : new RankSetsInfo
            {
                Top = top,
                Level = sets.Level,
                Draws = sets.Draws,
                Seed = sets.Seed,
                MayBeAmongTop = [.. tauBest.Members.Select(i => ranked[i].Code)],
                SurelyAmongTop = [.. ranked.Where((p, i) => sets.Simultaneous[i].Upper <= top).Select(p => p.Code)],
                TauBest = tauBest,
            },
        };
    }

    /// <summary>Runs a library call; a rule it breaks becomes a 400 carrying its message, its argument and the request's JSON path.</summary>
    internal static T Guarded<T>(string path, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (ArgumentException ex)
        {
            throw new ProblemException(Problems.FromArgument(ex, path));
        }
    }
}
