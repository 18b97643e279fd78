
namespace PublicSecurity.Stats.Crime;

/// <summary>Where a recorded criminal case stands: not cleared, cleared (by arrest or exceptionally) or unfounded.</summary>
/// <remarks>
/// A case is cleared (điều tra làm rõ, khám phá) by arrest, or exceptionally when the offender is identified but
/// cannot be arrested for reasons outside police control (FBI UCR "exceptional means": death of the offender,
/// prosecution declined, in custody elsewhere, victim refused to cooperate, juvenile). An unfounded case is found not
/// to be a crime and does not count as occurred. <c>default</c> is <see cref="NotCleared"/>.
/// </remarks>
public enum CaseOutcome
{
    /// <summary>Not (yet) cleared (chưa làm rõ); the case has no outcome date.</summary>
    NotCleared = 0,

    /// <summary>Cleared by arrest (làm rõ, bắt giữ đối tượng).</summary>
    ClearedByArrest = 1,

    /// <summary>Cleared by exceptional means: offender identified, arrest prevented by circumstances outside police control.</summary>
    ClearedExceptionally = 2,

    /// <summary>Unfounded: found not to be a crime; subtracted from the cases that occurred.</summary>
    Unfounded = 3,
}
