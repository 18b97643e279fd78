
namespace PublicSecurity.Stats.Identity;

/// <summary>A province's essential online public services provided in full, as of a date, against the services it is required to provide.</summary>
/// <remarks>
/// <para>
/// Vietnamese: dịch vụ công thiết yếu cung cấp trực tuyến toàn trình (Đề án 06, Decision 06/QĐ-TTg, 2022, which lists
/// 25 essential services); "toàn trình" is the full level, where the whole procedure — application, payment and result —
/// is done online. The seed's "tỷ lệ triển khai 25 dịch vụ công thiết yếu đạt 100%" (Bình Dương, first 10 months of
/// 2023) is the share <see cref="ServicesInFull"/> ÷ <see cref="ServicesRequired"/> = 25 ÷ 25, which a typed record
/// makes checkable.
/// </para>
/// <para>
/// The figures are a state as of <see cref="ShareFigure.AsOf"/> (a stock, as for <see cref="ElectronicIdActivation"/>), not a flow
/// within a window. Summed over provinces (re-basing onto the 34 units), they count (province, service) pairs: two
/// provinces of 25 services each require 50.
/// </para>
/// <para>
/// Rules: the services provided in full are not negative; the services required are positive; the services provided in
/// full do not exceed the services required — more than required is a rule violation (the numerator must be part of
/// the denominator), rejected, never clamped to 100%. Instances are immutable and thread-safe; equality compares the kind and every member (<see cref="ShareFigure"/>).
/// </para>
/// </remarks>
public sealed class OnlineServiceProvision : ShareFigure
{
    private OnlineServiceProvision(Province province, DateOnly asOf, long servicesInFull, long servicesRequired)
        : base(province, asOf, servicesInFull, servicesRequired)
    {
    }

    /// <summary>Gets the required services the province provides online in full (toàn trình): the part.</summary>
    public long ServicesInFull => Part;

    /// <summary>Gets the essential services the province is required to provide (25 under Decision 06/QĐ-TTg): the whole, the denominator of the share.</summary>
    public long ServicesRequired => Whole;

    /// <summary>Creates the figures, validating every rule.</summary>
    /// <param name="province">The province.</param>
    /// <param name="asOf">The date the figures refer to.</param>
    /// <param name="servicesInFull">The required services provided online in full; not negative and not above <paramref name="servicesRequired"/>.</param>
    /// <param name="servicesRequired">The services required; positive.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="servicesInFull"/> is negative; <paramref name="servicesRequired"/> is not positive; or
    /// <paramref name="servicesInFull"/> exceeds <paramref name="servicesRequired"/> (a rule violation, never a share above 100%).
    /// </exception>
    public static OnlineServiceProvision Create(Province province, DateOnly asOf, long servicesInFull, long servicesRequired)
    {
        ArgumentNullException.ThrowIfNull(province);
        CheckCounts(servicesInFull, servicesRequired);
        return new OnlineServiceProvision(province, asOf, servicesInFull, servicesRequired);
    }

    /// <summary>The rules of the counts, for a record and for a tally's sums alike.</summary>
    internal static void CheckCounts(long servicesInFull, long servicesRequired) => Check(servicesInFull, servicesRequired, (nameof(servicesInFull), "services provided in full"), (nameof(servicesRequired), "services required"));

    /// <summary>Gets a short description, for example "Bình Dương (74, 63-unit edition) as of 14/10/2023: 25 of 25 essential online services provided in full".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Describe("essential online services provided in full");
}
