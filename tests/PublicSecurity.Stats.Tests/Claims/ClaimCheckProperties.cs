using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Claims;

namespace PublicSecurity.Stats.Tests.Claims;

/// <summary>A claim built from counts is always consistent with them; the smallest (largest) satisfying count is the smallest (largest).</summary>
public sealed class ClaimCheckProperties
{
    private static readonly Arbitrary<(long Numerator, long Denominator, int Decimals)> Shares =
        (from denominator in Gen.Choose(1, 1_000_000)
         from fraction in Gen.Choose(0, 1_000_000)
         from decimals in Gen.Choose(0, 2)
         select ((long)denominator * fraction / 1_000_000, (long)denominator, decimals)).ToArbitrary();

    private static readonly Arbitrary<(FigureQualifier Qualifier, int Value, int Decimals, long Denominator)> ShareClaims =
        (from qualifier in Gen.Elements(FigureQualifier.Exact, FigureQualifier.Over, FigureQualifier.Under, FigureQualifier.About, FigureQualifier.Nearly)
         from value in Gen.Choose(0, 10_000)
         from decimals in Gen.Choose(0, 2)
         from denominator in Gen.Choose(1, 5_000)
         select (qualifier, value, decimals, (long)denominator)).ToArbitrary();

    private static readonly Arbitrary<(long Current, long Baseline)> Decreases =
        (from baseline in Gen.Choose(1, 1_000_000)
         from current in Gen.Choose(0, baseline - 1)
         select ((long)current, (long)baseline)).ToArbitrary();

    private static string Qualified(FigureQualifier qualifier, string number) => qualifier switch
    {
        FigureQualifier.Over => "over " + number,
        FigureQualifier.Under => "under " + number,
        FigureQualifier.About => "about " + number,
        FigureQualifier.Nearly => "nearly " + number,
        _ => number,
    };

    [Property(MaxTest = 300)]
    public Property Share_ClaimRoundedFromTheCounts_IsConsistent() => Prop.ForAll(Shares, t =>
    {
        // The share the counts give, rounded half-up to the stated decimals, written as a report would.
        var share = Math.Round(100m * t.Numerator / t.Denominator, t.Decimals, MidpointRounding.AwayFromZero);
        var text = share.ToString("F" + t.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
        var check = ClaimCheck.Share(StatedFigure.Parse(text, PublicSecurity.Stats.Text.Language.English), t.Numerator, t.Denominator);
        return check.Status == ClaimStatus.Consistent;
    });

    [Property(MaxTest = 300)]
    public Property Count_ClaimRoundedToMillions_IsConsistent() => Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), total =>
    {
        var millions = Math.Round(total / 1_000_000m, 1, MidpointRounding.AwayFromZero);
        var text = millions.ToString("0.0", CultureInfo.InvariantCulture) + " million accounts";
        return ClaimCheck.Count(StatedFigure.Parse(text), total).Status == ClaimStatus.Consistent;
    });

    [Property(MaxTest = 300)]
    public Property Change_DecreaseOfTheCountedSize_IsConsistent() => Prop.ForAll(Decreases, t =>
    {
        var exact = ClaimCheck.Change(StatedFigure.Parse($"down {(t.Baseline - t.Current).ToString(CultureInfo.InvariantCulture)} cases"), t.Current, t.Baseline);
        var unstated = ClaimCheck.Change(StatedFigure.Parse("giảm"), t.Current, t.Baseline);
        return exact.Status == ClaimStatus.Consistent && unstated.Status == ClaimStatus.Consistent
            && exact.Satisfying!.Upper == t.Current && unstated.Satisfying!.Upper == t.Baseline - 1;
    });

    [Property(MaxTest = 500)]
    public Property Share_SatisfyingEnds_AreTheSmallestAndLargest() => Prop.ForAll(ShareClaims, t =>
    {
        var number = (t.Value / (decimal)Math.Pow(10, t.Decimals)).ToString("F" + t.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var claim = StatedFigure.Parse(Qualified(t.Qualifier, number) + "%", PublicSecurity.Stats.Text.Language.English);
        var check = ClaimCheck.Share(claim, 0, t.Denominator);
        ClaimStatus At(long k) => ClaimCheck.Share(claim, k, t.Denominator).Status;
        if (check.Satisfying is not ClaimBounds s)
        {
            // No count out of the denominator satisfies it: then none does, checked one by one.
            return Enumerable.Range(0, (int)t.Denominator + 1).All(k => At(k) == ClaimStatus.Inconsistent);
        }

        var low = (long)s.Lower!.Value;
        var high = (long)s.Upper!.Value;
        return At(low) == ClaimStatus.Consistent && At(high) == ClaimStatus.Consistent
            && (low == 0 || At(low - 1) == ClaimStatus.Inconsistent)
            && (high == t.Denominator || At(high + 1) == ClaimStatus.Inconsistent);
    });

    [Property(MaxTest = 300)]
    public Property Change_LargestSatisfyingCurrent_IsTheLargest() => Prop.ForAll(
        (from baseline in Gen.Choose(1, 100_000)
         from size in Gen.Choose(1, 60)
         from qualifier in Gen.Elements(FigureQualifier.Exact, FigureQualifier.Over, FigureQualifier.Under, FigureQualifier.About, FigureQualifier.Nearly)
         from percent in Gen.Elements(true, false)
         select ((long)baseline, size, qualifier, percent)).ToArbitrary(),
        t =>
        {
            var (baseline, size, qualifier, percent) = t;
            var claim = StatedFigure.Parse("down " + Qualified(qualifier, size.ToString(CultureInfo.InvariantCulture)) + (percent ? "%" : " cases"));
            var check = ClaimCheck.Change(claim, 0, baseline);
            ClaimStatus At(long c) => ClaimCheck.Change(claim, c, baseline).Status;
            if (check.Satisfying is not ClaimBounds s)
            {
                return At(0) == ClaimStatus.Inconsistent && At(baseline - 1) == ClaimStatus.Inconsistent;
            }

            var largest = (long)s.Upper!.Value;
            var smallest = (long)s.Lower!.Value;
            return At(largest) == ClaimStatus.Consistent && At(largest + 1) == ClaimStatus.Inconsistent
                && At(smallest) == ClaimStatus.Consistent && (smallest == 0 || At(smallest - 1) == ClaimStatus.Inconsistent);
        });
}
