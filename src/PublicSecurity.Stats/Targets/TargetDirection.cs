namespace PublicSecurity.Stats.Targets;

/// <summary>Which side of an annual target (chỉ tiêu) meets it.</summary>
/// <remarks><c>default</c> is <see cref="AtMost"/>.</remarks>
public enum TargetDirection
{
    /// <summary>The target is met when the year's count is at most the target ("kéo giảm … xuống không quá N vụ", for accidents or crimes).</summary>
    AtMost,

    /// <summary>The target is met when the year's count is at least the target ("ít nhất N", for arrests or seizures).</summary>
    AtLeast,
}
