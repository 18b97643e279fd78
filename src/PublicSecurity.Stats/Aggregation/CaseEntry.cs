using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// The counts of one key of a <see cref="CaseTally"/>: per (severity, offence group) cell, the cases recorded,
/// unfounded and cleared in the period, and the run-off of the cases recorded in it: how many were cleared by each
/// evaluation date.
/// </summary>
internal sealed class CaseEntry : IEquatable<CaseEntry>, ITallyEntry<CaseEntry>
{
    static CaseEntry ITallyEntry<CaseEntry>.Sum(CaseEntry left, CaseEntry right) => left.Add(right);

    public const int Groups = 6;
    public const int Cells = 4 * Groups;

    public CaseEntry(long[] recorded, long[] unfounded, long[] clearedInPeriod, DateOnly[] evaluatedAt, long[] clearedBy)
    {
        (Recorded, Unfounded, ClearedInPeriod, EvaluatedAt, ClearedBy) = (recorded, unfounded, clearedInPeriod, evaluatedAt, clearedBy);
    }

    public long[] Recorded { get; }

    public long[] Unfounded { get; }

    public long[] ClearedInPeriod { get; }

    /// <summary>The dates the cohort's clearances were counted at, ascending; none before the period's end.</summary>
    public DateOnly[] EvaluatedAt { get; }

    /// <summary>Cleared by each evaluation date: cell <c>c</c>, date <c>e</c> at <c>c * EvaluatedAt.Length + e</c>.</summary>
    public long[] ClearedBy { get; }

    public static int Cell(Severity severity, OffenceGroup group) => ((int)severity * Groups) + (int)group;

    public static Severity SeverityOf(int cell) => (Severity)(cell / Groups);

    public static OffenceGroup GroupOf(int cell) => (OffenceGroup)(cell % Groups);

    public static CaseEntry Zero(DateOnly[] evaluatedAt) =>
        new(new long[Cells], new long[Cells], new long[Cells], evaluatedAt, new long[Cells * evaluatedAt.Length]);

    /// <summary>Checks the evaluation dates of a cohort: ascending, distinct, none before the period's end.</summary>
    public static DateOnly[] CheckEvaluatedAt(IReadOnlyList<DateOnly> evaluatedAt, ReportingPeriod period)
    {
        for (var i = 0; i < evaluatedAt.Count; i++)
        {
            if (evaluatedAt[i] < period.End)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(evaluatedAt), $"The evaluation dates must not be before the end of the cohort's period ({Preconditions.Date(period.End)}); one was {Preconditions.Date(evaluatedAt[i])}.");
            }

            if (i > 0 && evaluatedAt[i] <= evaluatedAt[i - 1])
            {
                throw new ArgumentException(
                    $"The evaluation dates must be strictly ascending; {Preconditions.Date(evaluatedAt[i])} follows {Preconditions.Date(evaluatedAt[i - 1])}.", nameof(evaluatedAt));
            }
        }

        return [.. evaluatedAt];
    }

    /// <summary>Checks one cell's counts against the cohort rules and stores them.</summary>
    public void SetCell(int cell, long recorded, long unfounded, long clearedInPeriod, IReadOnlyList<long> clearedBy)
    {
        Preconditions.NotNegative(recorded, nameof(recorded));
        Preconditions.NotNegative(unfounded, nameof(unfounded));
        Preconditions.NotNegative(clearedInPeriod, nameof(clearedInPeriod));
        if (unfounded > recorded)
        {
            throw new ArgumentOutOfRangeException(
                nameof(unfounded), $"The unfounded cases must not exceed the recorded cases ({Preconditions.Number(recorded)}); it was {Preconditions.Number(unfounded)}.");
        }

        var e = EvaluatedAt.Length;
        if (clearedBy.Count != e)
        {
            throw new ArgumentException(
                $"The cleared-by counts must have one value per evaluation date ({Preconditions.Number(e)}); it had {Preconditions.Number(clearedBy.Count)}.", nameof(clearedBy));
        }

        var occurred = recorded - unfounded;
        for (var i = 0; i < e; i++)
        {
            var value = clearedBy[i];
            Preconditions.NotNegative(value, nameof(clearedBy));
            if (i > 0 && value < clearedBy[i - 1])
            {
                throw new ArgumentOutOfRangeException(
                    nameof(clearedBy), $"The cleared-by counts must not decrease over the evaluation dates; {Preconditions.Number(value)} at {Preconditions.Date(EvaluatedAt[i])} follows {Preconditions.Number(clearedBy[i - 1])}.");
            }

            if (value > occurred)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(clearedBy), $"The cases cleared must not exceed the cases that occurred on a cohort basis (recorded {Preconditions.Number(recorded)} − unfounded {Preconditions.Number(unfounded)} = {Preconditions.Number(occurred)}); it was {Preconditions.Number(value)} at {Preconditions.Date(EvaluatedAt[i])}.");
            }

            ClearedBy[(cell * e) + i] = value;
        }

        Recorded[cell] = recorded;
        Unfounded[cell] = unfounded;
        ClearedInPeriod[cell] = clearedInPeriod;
    }

    public bool IsZero(int cell)
    {
        if (Recorded[cell] != 0 || Unfounded[cell] != 0 || ClearedInPeriod[cell] != 0)
        {
            return false;
        }

        var e = EvaluatedAt.Length;
        for (var i = 0; i < e; i++)
        {
            if (ClearedBy[(cell * e) + i] != 0)
            {
                return false;
            }
        }

        return true;
    }

    public IEnumerable<long> ClearedByOf(int cell) => ClearedBy.Skip(cell * EvaluatedAt.Length).Take(EvaluatedAt.Length);

    public static long Sum(long[] values, SeverityGroup severity, OffenceGroup? group)
    {
        long sum = 0;
        for (var cell = 0; cell < Cells; cell++)
        {
            if (Includes(cell, severity, group))
            {
                sum = checked(sum + values[cell]);
            }
        }

        return sum;
    }

    public long ClearedByAt(int e, SeverityGroup severity, OffenceGroup? group)
    {
        long sum = 0;
        var n = EvaluatedAt.Length;
        for (var cell = 0; cell < Cells; cell++)
        {
            if (Includes(cell, severity, group))
            {
                sum = checked(sum + ClearedBy[(cell * n) + e]);
            }
        }

        return sum;
    }

    /// <summary>Sums two entries of the same key; the run-off is kept at the evaluation dates both have.</summary>
    public CaseEntry Add(CaseEntry other)
    {
        var dates = EvaluatedAt.Intersect(other.EvaluatedAt).Order().ToArray();
        var sum = Zero(dates);
        var mine = dates.Select(d => Array.IndexOf(EvaluatedAt, d)).ToArray();
        var theirs = dates.Select(d => Array.IndexOf(other.EvaluatedAt, d)).ToArray();
        for (var cell = 0; cell < Cells; cell++)
        {
            sum.Recorded[cell] = checked(Recorded[cell] + other.Recorded[cell]);
            sum.Unfounded[cell] = checked(Unfounded[cell] + other.Unfounded[cell]);
            sum.ClearedInPeriod[cell] = checked(ClearedInPeriod[cell] + other.ClearedInPeriod[cell]);
            for (var i = 0; i < dates.Length; i++)
            {
                sum.ClearedBy[(cell * dates.Length) + i] = checked(
                    ClearedBy[(cell * EvaluatedAt.Length) + mine[i]] + other.ClearedBy[(cell * other.EvaluatedAt.Length) + theirs[i]]);
            }
        }

        return sum;
    }

    public bool Equals(CaseEntry? other) =>
        other is not null
        && Recorded.AsSpan().SequenceEqual(other.Recorded)
        && Unfounded.AsSpan().SequenceEqual(other.Unfounded)
        && ClearedInPeriod.AsSpan().SequenceEqual(other.ClearedInPeriod)
        && EvaluatedAt.AsSpan().SequenceEqual(other.EvaluatedAt)
        && ClearedBy.AsSpan().SequenceEqual(other.ClearedBy);

    public override bool Equals(object? obj) => Equals(obj as CaseEntry);

    public override int GetHashCode() => HashCode.Combine(Recorded.Sum(), EvaluatedAt.Length);

    private static bool Includes(int cell, SeverityGroup severity, OffenceGroup? group)
    {
        if (group is OffenceGroup g && GroupOf(cell) != g)
        {
            return false;
        }

        var s = SeverityOf(cell);
        return severity switch
        {
            SeverityGroup.All => true,
            SeverityGroup.LessSerious => s == Severity.LessSerious,
            SeverityGroup.Serious => s == Severity.Serious,
            SeverityGroup.VerySerious => s == Severity.VerySerious,
            SeverityGroup.EspeciallySerious => s == Severity.EspeciallySerious,
            _ => s is Severity.VerySerious or Severity.EspeciallySerious,
        };
    }
}
