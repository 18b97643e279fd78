using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>The counts behind one clearance rate: cases cleared over cases that occurred, on a stated basis.</summary>
/// <remarks>
/// <para>
/// Vietnamese: tỷ lệ điều tra làm rõ (khám phá). The rate is <see cref="Cleared"/> ÷ <see cref="Occurred"/>, where
/// occurred is recorded minus unfounded; Bộ Công an, May 2023: 3,178 / 3,954 = 80.37%. Sums of counts, never
/// averages of rates, give the rate of a group of provinces or periods (<see cref="Add"/>).
/// </para>
/// <para>
/// When no case occurred the rate is undefined, never NaN: <see cref="IsRateDefined"/> is false and
/// <see cref="Rate"/> throws. <c>default</c> is 0 of 0 on the period basis, whose rate is undefined.
/// </para>
/// </remarks>
public readonly struct ClearanceCount : IEquatable<ClearanceCount>
{
    internal ClearanceCount(long cleared, long occurred, ClearanceBasis basis)
    {
        (Cleared, Occurred, Basis) = (cleared, occurred, basis);
    }

    /// <summary>Sums two counts of the same basis: the clearance of a group of provinces or periods.</summary>
    /// <param name="other">The other counts.</param>
    /// <returns>The summed counts; the rate is recomputed from them, never averaged.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> is of another basis.</exception>
    public ClearanceCount Add(ClearanceCount other)
    {
        if (other.Basis != Basis)
        {
            throw new ArgumentException(
                $"Clearance counts of different bases cannot be summed: this one is on the {Describe(Basis)}; the other was on the {Describe(other.Basis)}.", nameof(other));
        }

        return new ClearanceCount(checked(Cleared + other.Cleared), checked(Occurred + other.Occurred), Basis);
    }

    /// <summary>Gets the cases cleared (by arrest or exceptionally), on the basis of <see cref="Basis"/>.</summary>
    public long Cleared { get; }

    /// <summary>Gets the cases that occurred: recorded minus unfounded (vụ xảy ra).</summary>
    public long Occurred { get; }

    /// <summary>Gets whether <see cref="Cleared"/> counts clearances in the period or of the period's cohort.</summary>
    public ClearanceBasis Basis { get; }

    /// <summary>Gets whether the rate is defined: at least one case occurred.</summary>
    public bool IsRateDefined => Occurred > 0;

    /// <summary>Gets the clearance rate as a fraction (0.8037 for 80.37%).</summary>
    /// <remarks>On the period basis the rate can exceed 1 (clearances of earlier cases); on the cohort basis it never does.</remarks>
    /// <exception cref="InvalidOperationException">No case occurred (<see cref="IsRateDefined"/> is false): the rate is undefined.</exception>
    public double Rate => Occurred > 0
        ? (double)Cleared / Occurred
        : throw new InvalidOperationException(
            $"The clearance rate is undefined when no case occurred ({Preconditions.Number(Cleared)} cleared of 0); check IsRateDefined first.");

    /// <summary>Equality of counts and basis.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ClearanceCount left, ClearanceCount right) => left.Equals(right);

    /// <summary>Inequality of counts or basis.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ClearanceCount left, ClearanceCount right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ClearanceCount other) => other.Cleared == Cleared && other.Occurred == Occurred && other.Basis == Basis;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ClearanceCount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Cleared, Occurred, Basis);

    /// <summary>Gets the counts and rate in English, for example "3,178 of 3,954 cleared (80.37%, period basis)".</summary>
    /// <returns>The description; the rate has 2 decimals, or reads "rate undefined" when no case occurred.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the counts and rate in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example "10 of 11 cleared (90.91%, period basis)" or "làm rõ 10/11 vụ (90,91%, theo kỳ)".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        // The words of the clearance tables (ClearanceTables): "làm rõ", "theo kỳ", "theo nhóm án".
        var cleared = NumberText.Integer(Cleared, language);
        var occurred = NumberText.Integer(Occurred, language);
        var rate = IsRateDefined ? NumberText.Percent((double)Cleared / Occurred, 2, language) : Cells.Lang(language, "rate undefined", "tỷ lệ không xác định");
        var basis = Basis == ClearanceBasis.Cohort ? Cells.Lang(language, "cohort basis", "theo nhóm án") : Cells.Lang(language, "period basis", "theo kỳ");
        return Cells.Lang(language, $"{cleared} of {occurred} cleared ({rate}, {basis})", $"làm rõ {cleared}/{occurred} vụ ({rate}, {basis})");
    }

    private static string Describe(ClearanceBasis basis) => basis == ClearanceBasis.Cohort ? "cohort basis" : "period basis";
}
