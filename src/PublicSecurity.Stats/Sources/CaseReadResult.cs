using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Sources;

/// <summary>What a read of case rows gives: the tally, how many rows were read and counted, the rows rejected and the duplicate ids found.</summary>
/// <remarks>
/// <see cref="RowsRead"/> = <see cref="RowsCounted"/> + <see cref="RejectedRowCount"/> + <see cref="SkippedDuplicateRows"/>:
/// every row is accounted for. Instances are immutable and thread-safe.
/// </remarks>
public sealed class CaseReadResult
{
    internal CaseReadResult(CaseTally tally, long rowsRead, long rowsCounted, IReadOnlyList<RejectedRow> rejected, long rejectedCount, IReadOnlyList<DuplicateCaseId> duplicates, long duplicateCount, long skipped, bool idsChecked)
    {
        (Tally, RowsRead, RowsCounted, RejectedRows, RejectedRowCount, Duplicates, DuplicateCount, SkippedDuplicateRows, IdsChecked) =
            (tally, rowsRead, rowsCounted, rejected, rejectedCount, duplicates, duplicateCount, skipped, idsChecked);
    }

    /// <summary>Gets the tally of the rows counted.</summary>
    public CaseTally Tally { get; }

    /// <summary>Gets the number of data rows read.</summary>
    public long RowsRead { get; }

    /// <summary>Gets the number of rows counted in <see cref="Tally"/>.</summary>
    public long RowsCounted { get; }

    /// <summary>Gets the rejected rows, in input order, up to <see cref="CaseReadOptions.MaxRejectedRows"/>.</summary>
    public IReadOnlyList<RejectedRow> RejectedRows { get; }

    /// <summary>Gets the number of rejected rows.</summary>
    public long RejectedRowCount { get; }

    /// <summary>Gets the duplicate ids found, up to <see cref="CaseReadOptions.MaxListedDuplicates"/> (a duplicate rejected under <see cref="DuplicateIdPolicy.Reject"/> is a rejected row instead).</summary>
    public IReadOnlyList<DuplicateCaseId> Duplicates { get; }

    /// <summary>Gets the number of rows whose id had been read before (counted or skipped, not rejected).</summary>
    public long DuplicateCount { get; }

    /// <summary>Gets the number of rows skipped under <see cref="DuplicateIdPolicy.KeepFirst"/>.</summary>
    public long SkippedDuplicateRows { get; }

    /// <summary>Gets whether ids were read and checked for duplicates (the input had the id column).</summary>
    public bool IdsChecked { get; }

    /// <summary>Gets the counts, for example "Read 1000 rows: 998 counted, 2 rejected; 0 duplicate ids.".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"Read {Preconditions.Number(RowsRead)} rows: {Preconditions.Number(RowsCounted)} counted, {Preconditions.Number(RejectedRowCount)} rejected"
        + (SkippedDuplicateRows > 0 ? $", {Preconditions.Number(SkippedDuplicateRows)} skipped as duplicates" : string.Empty)
        + (IdsChecked ? $"; {Preconditions.Number(DuplicateCount)} duplicate ids." : "; ids not checked (no id column).");
}
