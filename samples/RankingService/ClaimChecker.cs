using PublicSecurity.Stats;
using PublicSecurity.Stats.Claims;

namespace RankingService;

/// <summary>POST /check: a published claim checked against the figures published with it, or against counts.</summary>
internal static class ClaimChecker
{
    public static ClaimCheck Check(CheckRequest request, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var claim = request.Claim ?? throw Problems.Required("claim", "$.claim", "claim (a published figure)");
        if (request.Counts is not { } counts)
        {
            return Ranker.Guarded("$.published", () => ClaimCheck.Against(claim, request.Published ?? []));
        }

        if (request.Published is not null)
        {
            throw new ProblemException(Problems.BadRequest(
                "A claim is checked against published figures or against counts, not both; both were given.", "counts", "$.counts"));
        }

        var stated = Ranker.Guarded("$.claim", () => StatedFigure.From(claim));
        return Ranker.Guarded("$.counts", () => stated.Kind switch
        {
            FigureKind.Share => ClaimCheck.Share(
                stated,
                counts.Numerator ?? throw Problems.Required("numerator", "$.counts.numerator", "numerator of a share"),
                counts.Denominator ?? throw Problems.Required("denominator", "$.counts.denominator", "denominator of a share"),
                claim.Measure,
                claim.Period),
            FigureKind.Count => ClaimCheck.Count(
                stated, counts.Total ?? throw Problems.Required("total", "$.counts.total", "total of a count"), claim.Measure, claim.Period),
            FigureKind.Change => ClaimCheck.Change(
                stated,
                counts.Current ?? throw Problems.Required("current", "$.counts.current", "current count of a change"),
                counts.Baseline ?? throw Problems.Required("baseline", "$.counts.baseline", "baseline count of a change"),
                claim.Measure,
                claim.Period),
            _ => throw new ProblemException(Problems.BadRequest(
                $"Counts check a share, a count or a change; the claim was a {stated.Kind.ToString().ToLowerInvariant()} ('{stated.Text}').", "claim", "$.claim")),
        });
    }
}
