
namespace PublicSecurity.Stats.Campaigns;

/// <summary>One crackdown campaign opened by a province's police, with its dates when known.</summary>
/// <remarks>
/// <para>
/// Vietnamese: đợt cao điểm — "mở 7 đợt cao điểm tấn công, trấn áp các loại tội phạm, 3 đợt cao điểm bắt, vận động
/// đối tượng ra đầu thú". Campaigns have their own dates; a campaign is counted in the window in which it starts.
/// </para>
/// <para>
/// Rules: the end, when both dates are known, is not before the start. Instances are immutable and thread-safe;
/// equality compares every member.
/// </para>
/// </remarks>
public sealed class CrackdownCampaign : IEquatable<CrackdownCampaign>
{
    private CrackdownCampaign(CampaignKind kind, Province province, DateOnly? start, DateOnly? end)
    {
        (Kind, Province, Start, End) = (kind, province, start, end);
    }

    /// <summary>Gets the kind of campaign.</summary>
    public CampaignKind Kind { get; }

    /// <summary>Gets the province whose police opened the campaign.</summary>
    public Province Province { get; }

    /// <summary>Gets the first day of the campaign, or <see langword="null"/> when not stated.</summary>
    public DateOnly? Start { get; }

    /// <summary>Gets the last day of the campaign, or <see langword="null"/> when not stated.</summary>
    public DateOnly? End { get; }

    /// <summary>Creates a campaign, validating every rule.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="province">The province.</param>
    /// <param name="start">The first day, when known.</param>
    /// <param name="end">The last day, when known; not before <paramref name="start"/>.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static CrackdownCampaign Create(CampaignKind kind, Province province, DateOnly? start, DateOnly? end)
    {
        Preconditions.Defined(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(province);
        if (start is DateOnly s && end is DateOnly e && e < s)
        {
            throw new ArgumentOutOfRangeException(
                nameof(end), $"The end must not be before the start ({Preconditions.Date(s)}); it was {Preconditions.Date(e)}.");
        }

        return new CrackdownCampaign(kind, province, start, end);
    }

    /// <summary>Gets a short description, for example "PeakCrackdown, Bình Dương (74, 63-unit edition), 01/03/2023–31/03/2023".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Kind}, {Province}, {(Start is DateOnly s ? Preconditions.Date(s) : "?")}–{(End is DateOnly e ? Preconditions.Date(e) : "?")}";

    /// <inheritdoc/>
    public bool Equals(CrackdownCampaign? other) =>
        other is not null && other.Kind == Kind && other.Province == Province && other.Start == Start && other.End == End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CrackdownCampaign);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Province, Start, End);
}
