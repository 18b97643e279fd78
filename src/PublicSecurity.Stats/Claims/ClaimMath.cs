namespace PublicSecurity.Stats.Claims;

/// <summary>The arithmetic of claim checks: what a wording allows and which whole counts satisfy it, in exact decimals.</summary>
internal static class ClaimMath
{
    /// <summary>The values the wording of a figure with a number allows (the rules of <see cref="ClaimCheck"/>'s remarks).</summary>
    public static ClaimBounds Allowed(StatedFigure claim, ClaimOptions options)
    {
        var v = claim.Value!.Value;
        var half = (claim.Resolution ?? 0m) / 2m;
        return claim.Qualifier switch
        {
            FigureQualifier.Over => ClaimBounds.Create(v, false, null, false),
            FigureQualifier.Under => ClaimBounds.Create(null, false, v, false),
            FigureQualifier.About => Around(v, Math.Max(half, options.AboutTolerance * Math.Abs(v)), upper: true),
            FigureQualifier.Nearly => Around(v, Math.Max(half, options.NearlyTolerance * Math.Abs(v)), upper: false),
            _ => half == 0 ? ClaimBounds.Create(v, true, v, true) : ClaimBounds.Create(v - half, true, v + half, false),
        };
    }

    /// <summary>The part of a range at or above a floor (above it when <paramref name="lowerIncluded"/> is false); null when empty.</summary>
    public static ClaimBounds? Intersect(ClaimBounds bounds, decimal floor, bool lowerIncluded = true)
    {
        var (lower, included) = bounds.Lower is decimal lo && (lo > floor || (lo == floor && !bounds.LowerIncluded))
            ? (lo, bounds.LowerIncluded)
            : (floor, lowerIncluded && (bounds.Lower is not decimal l || l < floor || bounds.LowerIncluded));
        if (bounds.Upper is decimal hi && (hi < lower || (hi == lower && !(included && bounds.UpperIncluded))))
        {
            return null;
        }

        return ClaimBounds.Create(lower, included, bounds.Upper, bounds.UpperIncluded);
    }

    /// <summary>
    /// The whole counts c in [min, max] (max null: unbounded) whose value lies in a range, where the count a value
    /// stands for is <paramref name="toCount"/>(value), increasing or decreasing in the value; null when none.
    /// </summary>
    public static ClaimBounds? Counts(ClaimBounds values, Func<decimal, decimal> toCount, bool increasing, long min, long? max)
    {
        // The value range's ends, mapped to count ends (a decreasing map swaps them).
        var (lowEnd, lowIncluded, highEnd, highIncluded) = increasing
            ? (values.Lower, values.LowerIncluded, values.Upper, values.UpperIncluded)
            : (values.Upper, values.UpperIncluded, values.Lower, values.LowerIncluded);
        decimal low = min;
        if (lowEnd is decimal a)
        {
            var x = toCount(a);
            low = Math.Max(low, lowIncluded ? Math.Ceiling(x) : Math.Floor(x) + 1);
        }

        decimal? high = max;
        if (highEnd is decimal b)
        {
            var y = toCount(b);
            var top = highIncluded ? Math.Floor(y) : Math.Ceiling(y) - 1;
            high = high is decimal h ? Math.Min(h, top) : top;
        }

        if (high is decimal hi && hi < low)
        {
            return null;
        }

        return ClaimBounds.Create(low, true, high, high is not null);
    }

    private static ClaimBounds Around(decimal v, decimal width, bool upper) =>
        ClaimBounds.Create(v - width, true, upper ? v + width : v, true);
}
