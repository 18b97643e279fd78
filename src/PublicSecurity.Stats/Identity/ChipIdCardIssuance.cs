
namespace PublicSecurity.Stats.Identity;

/// <summary>A province's chip-based citizen identity cards issued, cumulative as of a date, against the residents eligible for one.</summary>
/// <remarks>
/// <para>
/// Vietnamese: cấp thẻ căn cước công dân gắn chíp điện tử (Đề án 06); người dân đủ điều kiện cấp thẻ (công dân từ đủ 14
/// tuổi under the Law on Citizen Identification 2014, art. 19; the source's own denominator is what counts). The seed's
/// "đạt 100%; người dân trên địa bàn được cấp thẻ" (Bình Dương, first 10 months of 2023; completed 22/05/2023) is the
/// share <see cref="CardsIssued"/> ÷ <see cref="EligibleResidents"/>, which a typed record makes checkable.
/// </para>
/// <para>
/// The figures are stocks, cumulative as of <see cref="ShareFigure.AsOf"/> — like the e-ID figures
/// (<see cref="ElectronicIdActivation"/>), not flows within a window — because the share of residents holding a card is
/// a state at a date. <see cref="CardsIssued"/> counts eligible residents issued a card (first issues), not cards
/// printed: a re-issue or replacement is not a second resident.
/// </para>
/// <para>
/// Rules: the cards issued are not negative; the eligible residents are positive; the cards issued do not exceed the
/// eligible residents — more cards than eligible residents is a rule violation (the numerator must be part of the
/// denominator), rejected, never clamped to 100%. Instances are immutable and thread-safe; equality compares the kind and every member (<see cref="ShareFigure"/>).
/// </para>
/// </remarks>
public sealed class ChipIdCardIssuance : ShareFigure
{
    private ChipIdCardIssuance(Province province, DateOnly asOf, long cardsIssued, long eligibleResidents)
        : base(province, asOf, cardsIssued, eligibleResidents)
    {
    }

    /// <summary>Gets the eligible residents issued a chip-based ID card, cumulative (số người đã được cấp thẻ): the part.</summary>
    public long CardsIssued => Part;

    /// <summary>Gets the residents eligible for a card (số người đủ điều kiện cấp thẻ): the whole, the denominator of the share.</summary>
    public long EligibleResidents => Whole;

    /// <summary>Creates the figures, validating every rule.</summary>
    /// <param name="province">The province.</param>
    /// <param name="asOf">The date the cumulative figures refer to.</param>
    /// <param name="cardsIssued">The eligible residents issued a card; not negative and not above <paramref name="eligibleResidents"/>.</param>
    /// <param name="eligibleResidents">The residents eligible for a card; positive.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="cardsIssued"/> is negative; <paramref name="eligibleResidents"/> is not positive; or
    /// <paramref name="cardsIssued"/> exceeds <paramref name="eligibleResidents"/> (a rule violation, never a share above 100%).
    /// </exception>
    public static ChipIdCardIssuance Create(Province province, DateOnly asOf, long cardsIssued, long eligibleResidents)
    {
        ArgumentNullException.ThrowIfNull(province);
        CheckCounts(cardsIssued, eligibleResidents);
        return new ChipIdCardIssuance(province, asOf, cardsIssued, eligibleResidents);
    }

    /// <summary>The rules of the counts, for a record and for a tally's sums alike.</summary>
    internal static void CheckCounts(long cardsIssued, long eligibleResidents) => Check(cardsIssued, eligibleResidents, (nameof(cardsIssued), "cards issued"), (nameof(eligibleResidents), "eligible residents"));

    /// <summary>Gets a short description, for example "Bình Dương (74, 63-unit edition) as of 22/05/2023: 2000000 of 2000000 eligible residents issued chip ID cards".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Describe("eligible residents issued chip ID cards");
}
