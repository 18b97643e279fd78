namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Counts keyed by (province, period): what every tally of the library shares — keys, periods, edition, the count of
/// records outside every period, exact merging and re-basing onto the 34 units. The concrete tallies differ only in
/// what they count.
/// </summary>
/// <remarks>
/// <para>
/// A key absent from a tally is missing, and reading it throws rather than returning zero. <see cref="Tally{TTally}.Merge"/> sums
/// counts key by key; it is associative and commutative with the tally's <c>Empty</c> as identity and fails only across
/// province editions or calendars, or on overlapping unequal periods. Instances are immutable and thread-safe.
/// </para>
/// <para>Only the library derives from this class (its constructor is not accessible to other assemblies).</para>
/// </remarks>
/// <typeparam name="TTally">The concrete tally.</typeparam>
public abstract class Tally<TTally> : IEquatable<TTally>
    where TTally : Tally<TTally>
{
    private readonly Func<ITallyTable, TTally> wrap;

    private protected Tally(ITallyTable content, string name, Func<ITallyTable, TTally> wrap)
    {
        (Content, Name, this.wrap) = (content, name, wrap);
    }

    /// <summary>Gets the province edition of the keys, or <see langword="null"/> when the tally has no keys.</summary>
    public ProvinceEdition? Edition => Content.Edition;

    /// <summary>Gets the keys, ordered by province code, then period.</summary>
    public IReadOnlyList<TallyKey> Keys => Content.Keys;

    /// <summary>Gets the periods: every period requested from the builder (with or without records) and every period of the keys, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => Content.Periods;

    /// <summary>
    /// Gets the dates the data cover completely, as declared to the builder (<see cref="TallyBuilder{TBuilder, TRecord, TTally}.Covering"/>,
    /// <see cref="TallyOptions.WithCoverage"/>), or <see langword="null"/> when none was declared. Inside it a province
    /// the tally saw has an entry for every period, zero when it had no record; comparisons refuse periods outside it.
    /// Merged tallies cover the span of both coverages (an undeclared one takes the other's).
    /// </summary>
    public DataCoverage? Coverage => Content.Coverage;

    /// <summary>Gets the number of records given to the builder that fell outside every requested period.</summary>
    public long Outside => Content.Outside;

    internal ITallyTable Content { get; }

    /// <summary>Gets the tally's name in messages, for example "drill tally".</summary>
    private protected string Name { get; }

    /// <summary>Gets the tally's label in <see cref="ToString"/>, for example "Drill tally".</summary>
    private protected virtual string Label => char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>Gets whether the tally has an entry for a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whether the key is present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    public bool Contains(Province province, ReportingPeriod period) => Content.Contains(province, period);

    /// <summary>Sums this tally and another key by key.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally; outside counts add up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The tallies are of different province editions or calendars, have overlapping unequal periods, or count
    /// different things (e-ID levels).
    /// </exception>
    public TTally Merge(TTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CheckMergeable(other);
        return Wrap(Content.Merge(other.Content, nameof(other)), other);
    }

    /// <summary>Re-bases a 63-unit tally onto the 34 units of 01/07/2025 by summing each new unit's predecessors, period by period.</summary>
    /// <returns>The re-based tally (rates are recomputed from the summed counts); the tally itself when it is empty or already of the 34-unit edition.</returns>
    /// <exception cref="InvalidOperationException">A new unit has only some of its predecessors for a period (a missing province is not zero).</exception>
    public TTally RebaseTo34() => Wrap(Content.RebaseTo34(Name), (TTally)this);

    /// <inheritdoc/>
    /// <remarks>Equality compares the counts (entries and outside count), not <see cref="Periods"/> or <see cref="Coverage"/>.</remarks>
    public bool Equals(TTally? other) => other is not null && Counts(other) && Content.ContentEquals(other.Content);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TTally other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Content.ContentHash();

    /// <summary>Gets the size of the tally, for example "Drill tally: 1 keys, 0 outside".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Label}: {Preconditions.Number(Content.Count)} keys, {Preconditions.Number(Outside)} outside";

    /// <summary>Tallies records with a fresh builder (the shared body of every tally's <c>Tally</c> method).</summary>
    private protected static TTally Collect<TRecord, TBuilder>(IEnumerable<TRecord> records, Func<TBuilder> newBuilder)
        where TBuilder : TallyBuilder<TBuilder, TRecord, TTally>
    {
        ArgumentNullException.ThrowIfNull(records);
        return newBuilder().AddRange(records).Build();
    }

    /// <summary>Gets the entry of a key, or throws naming the key: a missing key is never read as zero.</summary>
    private protected TEntry Entry<TEntry>(Province province, ReportingPeriod period)
        where TEntry : notnull, ITallyEntry<TEntry> => ((TallyTable<TEntry>)Content).Get(province, period, Name);

    /// <summary>Builds a tally of the same kind over other content; <paramref name="other"/> is the other side of a merge.</summary>
    private protected virtual TTally With(ITallyTable content, TTally other) => wrap(content);

    /// <summary>Throws when the tallies count different things; the shared rules are checked by the table.</summary>
    private protected virtual void CheckMergeable(TTally other)
    {
    }

    /// <summary>Gets whether the other tally counts the same thing (equality beyond the entries).</summary>
    private protected virtual bool Counts(TTally other) => true;

    private TTally Wrap(ITallyTable content, TTally other) =>
        ReferenceEquals(content, Content) ? (TTally)this : ReferenceEquals(content, other.Content) ? other : With(content, other);
}
