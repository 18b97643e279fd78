
namespace PublicSecurity.Stats.Crime;

/// <summary>One recorded criminal case and its outcome.</summary>
/// <remarks>
/// <para>
/// Vietnamese: vụ án hình sự / vụ phạm pháp hình sự. The recorded date (ngày tiếp nhận, thụ lý) decides which
/// reporting window a case belongs to; the outcome date decides the window in which it is cleared. Cases that
/// occurred in a window are the cases recorded in it minus those found unfounded; cleared cases are those cleared by
/// arrest or exceptionally.
/// </para>
/// <para>
/// Rules: the id is not blank; the occurred date, when known, is not after the recorded date; a case that is not
/// cleared has no outcome date; any other outcome has an outcome date on or after the recorded date.
/// Instances are immutable and thread-safe; equality compares every member.
/// </para>
/// </remarks>
public sealed class CriminalCase : IEquatable<CriminalCase>
{
    private CriminalCase(string id, Province province, OffenceGroup offenceGroup, IccsSection? iccsSection, Severity severity, DateOnly recordedOn, DateOnly? occurredOn, CaseOutcome outcome, DateOnly? outcomeOn)
    {
        (Id, Province, OffenceGroup, IccsSection, Severity, RecordedOn, OccurredOn, Outcome, OutcomeOn) = (id, province, offenceGroup, iccsSection, severity, recordedOn, occurredOn, outcome, outcomeOn);
    }

    /// <summary>Gets the case's identifier in its source system.</summary>
    public string Id { get; }

    /// <summary>Gets the province whose police recorded the case.</summary>
    public Province Province { get; }

    /// <summary>Gets the offence group the case is counted in.</summary>
    public OffenceGroup OffenceGroup { get; }

    /// <summary>Gets the ICCS section (01–11) the case maps to, or <see langword="null"/> when not mapped.</summary>
    public IccsSection? IccsSection { get; }

    /// <summary>Gets the severity category (Penal Code art. 9).</summary>
    public Severity Severity { get; }

    /// <summary>Gets the date the case was recorded; it decides which reporting window the case belongs to.</summary>
    public DateOnly RecordedOn { get; }

    /// <summary>Gets the date the offence occurred, when known; never after <see cref="RecordedOn"/>.</summary>
    public DateOnly? OccurredOn { get; }

    /// <summary>Gets the outcome of the case.</summary>
    public CaseOutcome Outcome { get; }

    /// <summary>Gets the date of the outcome; <see langword="null"/> exactly when the case is not cleared.</summary>
    public DateOnly? OutcomeOn { get; }

    /// <summary>Gets whether the case is cleared, by arrest or exceptionally.</summary>
    public bool IsCleared => Outcome is CaseOutcome.ClearedByArrest or CaseOutcome.ClearedExceptionally;

    /// <summary>Creates a case, validating every rule.</summary>
    /// <param name="id">The identifier; not blank.</param>
    /// <param name="province">The province whose police recorded the case.</param>
    /// <param name="offenceGroup">The offence group.</param>
    /// <param name="severity">The severity category.</param>
    /// <param name="recordedOn">The date the case was recorded.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="outcomeOn">The outcome date: null when <paramref name="outcome"/> is <see cref="CaseOutcome.NotCleared"/>, otherwise required and not before <paramref name="recordedOn"/>.</param>
    /// <param name="occurredOn">The date the offence occurred, when known; not after <paramref name="recordedOn"/>.</param>
    /// <param name="iccsSection">The ICCS section, when mapped.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is blank; or <paramref name="outcomeOn"/> is given for a case that is not cleared, or missing
    /// for any other outcome.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An enum value is undefined, <paramref name="occurredOn"/> is after <paramref name="recordedOn"/>, or
    /// <paramref name="outcomeOn"/> is before <paramref name="recordedOn"/>.
    /// </exception>
    public static CriminalCase Create(
        string id,
        Province province,
        OffenceGroup offenceGroup,
        Severity severity,
        DateOnly recordedOn,
        CaseOutcome outcome,
        DateOnly? outcomeOn,
        DateOnly? occurredOn = null,
        IccsSection? iccsSection = null)
    {
        Preconditions.NotBlank(id, nameof(id));
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.Defined(offenceGroup, nameof(offenceGroup));
        Preconditions.Defined(severity, nameof(severity));
        Preconditions.Defined(outcome, nameof(outcome));
        if (iccsSection is IccsSection section)
        {
            Preconditions.Defined(section, nameof(iccsSection));
        }

        if (occurredOn is DateOnly occurred && occurred > recordedOn)
        {
            throw new ArgumentOutOfRangeException(
                nameof(occurredOn),
                $"The occurred date must not be after the recorded date ({Preconditions.Date(recordedOn)}); it was {Preconditions.Date(occurred)}.");
        }

        if (outcome == CaseOutcome.NotCleared)
        {
            if (outcomeOn is DateOnly unexpected)
            {
                throw new ArgumentException(
                    $"A case that is not cleared must have no outcome date; it was {Preconditions.Date(unexpected)}.", nameof(outcomeOn));
            }
        }
        else if (outcomeOn is not DateOnly on)
        {
            throw new ArgumentException($"The outcome date is required when the outcome is {outcome}; it was null.", nameof(outcomeOn));
        }
        else if (on < recordedOn)
        {
            throw new ArgumentOutOfRangeException(
                nameof(outcomeOn),
                $"The outcome date must not be before the recorded date ({Preconditions.Date(recordedOn)}); it was {Preconditions.Date(on)}.");
        }

        return new CriminalCase(id, province, offenceGroup, iccsSection, severity, recordedOn, occurredOn, outcome, outcomeOn);
    }

    /// <summary>Gets the id, province, severity and outcome, for example "BD-2023-0001, Bình Dương (74, 63-unit edition), Serious, recorded 20/12/2022, ClearedByArrest on 05/01/2023".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Id}, {Province}, {Severity}, recorded {Preconditions.Date(RecordedOn)}, {Outcome}{(OutcomeOn is DateOnly d ? " on " + Preconditions.Date(d) : string.Empty)}";

    /// <inheritdoc/>
    public bool Equals(CriminalCase? other) =>
        other is not null
        && string.Equals(other.Id, Id, StringComparison.Ordinal)
        && (other.Province, other.OffenceGroup, other.IccsSection, other.Severity, other.RecordedOn, other.OccurredOn, other.Outcome, other.OutcomeOn) == (Province, OffenceGroup, IccsSection, Severity, RecordedOn, OccurredOn, Outcome, OutcomeOn);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CriminalCase);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Province, RecordedOn, Outcome, OutcomeOn);
}
