
namespace PublicSecurity.Stats.Identity;

/// <summary>A province's cumulative e-ID figures for one level as of a date: records received, accounts activated and the target.</summary>
/// <remarks>
/// <para>
/// Vietnamese: thu nhận hồ sơ / kích hoạt tài khoản định danh điện tử (Đề án 06). The figures are stocks, cumulative
/// as of <see cref="AsOf"/>, not flows within a window: Bình Dương had 1,853,482 records received and 1,638,237
/// accounts activated in the week to 15/01/2024. Reports often state activations as a percentage of a target the
/// Ministry assigned to the province.
/// </para>
/// <para>
/// Rules: counts are not negative; accounts activated do not exceed records received when both are known (an account
/// is activated from a received record); the target, when known, is positive. A figure the source does not give is
/// <see langword="null"/>, never zero. Instances are immutable and thread-safe; equality compares every member.
/// </para>
/// </remarks>
public sealed class ElectronicIdActivation : IEquatable<ElectronicIdActivation>
{
    private ElectronicIdActivation(Province province, ElectronicIdLevel level, DateOnly asOf, long? recordsReceived, long accountsActivated, long? target)
    {
        (Province, Level, AsOf, RecordsReceived, AccountsActivated, Target) = (province, level, asOf, recordsReceived, accountsActivated, target);
    }

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the account level.</summary>
    public ElectronicIdLevel Level { get; }

    /// <summary>Gets the date the cumulative figures refer to.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the records (applications) received, cumulative, or <see langword="null"/> when not stated.</summary>
    public long? RecordsReceived { get; }

    /// <summary>Gets the accounts activated, cumulative.</summary>
    public long AccountsActivated { get; }

    /// <summary>Gets the number of activations assigned to the province as its target, or <see langword="null"/> when not stated.</summary>
    public long? Target { get; }

    /// <summary>Creates the figures, validating every rule.</summary>
    /// <param name="province">The province.</param>
    /// <param name="level">The account level.</param>
    /// <param name="asOf">The date the cumulative figures refer to.</param>
    /// <param name="recordsReceived">The records received, or null when not stated; not negative.</param>
    /// <param name="accountsActivated">The accounts activated; not negative and not above <paramref name="recordsReceived"/>.</param>
    /// <param name="target">The assigned target, or null when not stated; positive.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="level"/> is undefined; a count is negative; <paramref name="target"/> is not positive; or
    /// <paramref name="accountsActivated"/> exceeds <paramref name="recordsReceived"/>.
    /// </exception>
    public static ElectronicIdActivation Create(Province province, ElectronicIdLevel level, DateOnly asOf, long? recordsReceived, long accountsActivated, long? target = null)
    {
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.Defined(level, nameof(level));
        CheckCounts(recordsReceived, accountsActivated, target);
        return new ElectronicIdActivation(province, level, asOf, recordsReceived, accountsActivated, target);
    }

    /// <summary>The rules of e-ID counts, for a record and for a tally's sums alike: not negative, a positive target, no more activated than received.</summary>
    internal static void CheckCounts(long? recordsReceived, long accountsActivated, long? target)
    {
        Preconditions.NotNegative(recordsReceived, nameof(recordsReceived));
        Preconditions.NotNegative(accountsActivated, nameof(accountsActivated));
        if (target is long t)
        {
            Preconditions.Positive(t, nameof(target));
        }

        if (recordsReceived is long received && accountsActivated > received)
        {
            throw new ArgumentOutOfRangeException(
                nameof(accountsActivated),
                $"The accounts activated must not exceed the records received ({Preconditions.Number(received)}); it was {Preconditions.Number(accountsActivated)}.");
        }
    }

    /// <summary>Gets a short description, for example "Bình Dương (74, 63-unit edition), Level2 as of 15/01/2024: 1638237 activated".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Province}, {Level} as of {Preconditions.Date(AsOf)}: {Preconditions.Number(AccountsActivated)} activated";

    /// <inheritdoc/>
    public bool Equals(ElectronicIdActivation? other) =>
        other is not null
        && (other.Province, other.Level, other.AsOf, other.RecordsReceived, other.AccountsActivated, other.Target) == (Province, Level, AsOf, RecordsReceived, AccountsActivated, Target);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ElectronicIdActivation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Province, Level, AsOf, RecordsReceived, AccountsActivated, Target);
}
