
namespace PublicSecurity.Stats.Identity;

/// <summary>
/// A province's figure that is a share — a part out of a whole — cumulative as of a date: what the Project 06 (Đề án 06)
/// coverage figures <see cref="ChipIdCardIssuance"/> and <see cref="OnlineServiceProvision"/> share, so that a published
/// "đạt 100%" is checkable against both counts.
/// </summary>
/// <remarks>
/// <para>
/// The figures are stocks, cumulative as of <see cref="AsOf"/> — like the e-ID figures
/// (<see cref="ElectronicIdActivation"/>), not flows within a window — because a share of residents or services covered
/// is a state at a date. The share is <see cref="Part"/> ÷ <see cref="Whole"/>; the part is counted within the whole, so
/// it never exceeds it: a part above the whole is a rule violation, rejected, never clamped to 100%.
/// </para>
/// <para>Only the library derives from this class. Instances are immutable and thread-safe; equality compares the kind and every member.</para>
/// </remarks>
public abstract class ShareFigure : IEquatable<ShareFigure>
{
    private protected ShareFigure(Province province, DateOnly asOf, long part, long whole)
    {
        (Province, AsOf, Part, Whole) = (province, asOf, part, whole);
    }

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the date the cumulative figures refer to.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the part: the numerator of the share, named by the kind (cards issued, services provided in full).</summary>
    public long Part { get; }

    /// <summary>Gets the whole: the denominator of the share, named by the kind (eligible residents, services required); positive.</summary>
    public long Whole { get; }

    /// <inheritdoc/>
    public bool Equals(ShareFigure? other) =>
        other is not null && other.GetType() == GetType() && (other.Province, other.AsOf, other.Part, other.Whole) == (Province, AsOf, Part, Whole);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ShareFigure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GetType(), Province, AsOf, Part, Whole);

    /// <summary>The rules of a share's counts, in the kind's words: the part not negative, the whole positive, the part not above the whole.</summary>
    private protected static void Check(long part, long whole, (string Name, string Words) partNames, (string Name, string Words) wholeNames)
    {
        Preconditions.NotNegative(part, partNames.Name, partNames.Words);
        Preconditions.Positive(whole, wholeNames.Name, wholeNames.Words);
        Preconditions.NotAbove(part, whole, partNames.Name, partNames.Words, wholeNames.Words);
    }

    /// <summary>Gets "{province} as of {date}: {part} of {whole} {what}".</summary>
    private protected string Describe(string what) =>
        $"{Province} as of {Preconditions.Date(AsOf)}: {Preconditions.Number(Part)} of {Preconditions.Number(Whole)} {what}";
}
