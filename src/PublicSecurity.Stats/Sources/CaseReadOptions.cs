using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Sources;

/// <summary>How case rows are read from tabular input: the province edition, the column mapping, the tally options, what to do with bad rows and duplicate ids, and where to report progress.</summary>
/// <remarks>
/// The default reads the 63-unit edition with the library's column names, stops at the first bad row
/// (<see cref="RowRejectedException"/>), counts duplicate ids and reports them. Instances are immutable and
/// thread-safe; each <c>With…</c> method returns new options.
/// </remarks>
public sealed class CaseReadOptions
{
    /// <summary>The most rejected rows that can be collected (<see cref="WithMaxRejectedRows"/>).</summary>
    public const int MaxRejectedRowsLimit = 1_000_000;

    /// <summary>The most duplicate ids listed on a result; the count goes on past it.</summary>
    public const int MaxListedDuplicates = 10_000;

    private CaseReadOptions()
    {
    }

    /// <summary>Gets the default options.</summary>
    public static CaseReadOptions Default { get; } = new();

    /// <summary>Gets the province edition the codes and names belong to (default: the 63-unit edition).</summary>
    public ProvinceEdition Edition { get; private init; } = ProvinceEdition.Provinces63;

    /// <summary>Gets the column mapping (default: <see cref="CaseSourceColumns.Default"/>).</summary>
    public CaseSourceColumns Columns { get; private init; } = CaseSourceColumns.Default;

    /// <summary>Gets the tally options: the provinces that always get keys, the data's coverage (default: <see cref="TallyOptions.Default"/>).</summary>
    public TallyOptions Tally { get; private init; } = TallyOptions.Default;

    /// <summary>Gets the most bad rows collected before the read stops; 0 (the default) stops at the first with <see cref="RowRejectedException"/>.</summary>
    /// <remarks>With a cap of N, the read goes on past bad rows, lists the first N on <see cref="CaseReadResult.RejectedRows"/> and counts them all in <see cref="CaseReadResult.RejectedRowCount"/>; the (N + 1)-th bad row stops it with <see cref="RowRejectedException"/>, so that a file of wrong shape does not read as empty.</remarks>
    public int MaxRejectedRows { get; private init; }

    /// <summary>Gets what a read does with a case id read before (default: <see cref="DuplicateIdPolicy.Report"/>).</summary>
    public DuplicateIdPolicy DuplicateIds { get; private init; }

    /// <summary>Gets the registry of ids shared with other reads, or <see langword="null"/> for one of this read's own.</summary>
    public CaseIdRegistry? IdRegistry { get; private init; }

    /// <summary>Gets the name of the input used in messages (a file, a table, a shard), or <see langword="null"/>.</summary>
    public string? SourceName { get; private init; }

    /// <summary>Gets where the number of rows read so far is reported (every 65,536 rows and at the end), or <see langword="null"/>.</summary>
    public IProgress<long>? Progress { get; private init; }

    /// <summary>Returns options for another province edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is undefined.</exception>
    public CaseReadOptions WithEdition(ProvinceEdition edition) => new(this) { Edition = Preconditions.Defined(edition, nameof(edition)) };

    /// <summary>Returns options with another column mapping.</summary>
    /// <param name="columns">The mapping.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is null.</exception>
    public CaseReadOptions WithColumns(CaseSourceColumns columns) => new(this) { Columns = columns ?? throw new ArgumentNullException(nameof(columns)) };

    /// <summary>Returns options with other tally options.</summary>
    /// <param name="tally">The tally options.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public CaseReadOptions WithTally(TallyOptions tally) => new(this) { Tally = tally ?? throw new ArgumentNullException(nameof(tally)) };

    /// <summary>Returns options that collect up to a number of bad rows instead of stopping at the first.</summary>
    /// <param name="max">The most rows collected, from 0 (stop at the first) to <see cref="MaxRejectedRowsLimit"/>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is negative or above <see cref="MaxRejectedRowsLimit"/>.</exception>
    public CaseReadOptions WithMaxRejectedRows(int max)
    {
        if (max < 0 || max > MaxRejectedRowsLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(max), $"The most rejected rows must be from 0 to {Preconditions.Number(MaxRejectedRowsLimit)}; it was {Preconditions.Number(max)}.");
        }

        return new(this) { MaxRejectedRows = max };
    }

    /// <summary>Returns options with another duplicate-id policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    public CaseReadOptions WithDuplicateIds(DuplicateIdPolicy policy) => new(this) { DuplicateIds = Preconditions.Defined(policy, nameof(policy)) };

    /// <summary>Returns options that share a registry of ids with other reads, to find a case read twice across files or shards.</summary>
    /// <param name="registry">The registry.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public CaseReadOptions WithIdRegistry(CaseIdRegistry registry) => new(this) { IdRegistry = registry ?? throw new ArgumentNullException(nameof(registry)) };

    /// <summary>Returns options that name the input in messages.</summary>
    /// <param name="name">The name of the file, table or shard, or <see langword="null"/> for none.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CaseReadOptions WithSourceName(string? name) => new(this) { SourceName = name is null ? null : Preconditions.NotBlank(name, nameof(name)) };

    /// <summary>Returns options that report the rows read so far.</summary>
    /// <param name="progress">The receiver, or <see langword="null"/> for none.</param>
    /// <returns>The new options.</returns>
    public CaseReadOptions WithProgress(IProgress<long>? progress) => new(this) { Progress = progress };

    /// <summary>Gets the options, for example "63-unit edition, stop at the first bad row, duplicate ids: Report".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Province.EditionLabel(Edition)}, {(MaxRejectedRows == 0 ? "stop at the first bad row" : $"collect up to {Preconditions.Number(MaxRejectedRows)} bad rows")}, duplicate ids: {DuplicateIds}";

    private CaseReadOptions(CaseReadOptions other)
    {
        (Edition, Columns, Tally, MaxRejectedRows, DuplicateIds, IdRegistry, SourceName, Progress) =
            (other.Edition, other.Columns, other.Tally, other.MaxRejectedRows, other.DuplicateIds, other.IdRegistry, other.SourceName, other.Progress);
    }
}
