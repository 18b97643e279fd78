namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Builds a tally from records (or published counts) over requested periods of one calendar: what every tally builder
/// shares. A record is counted in the requested period that contains its date; a record outside every period is
/// counted in <see cref="Tally{TTally}.Outside"/>, never dropped silently.
/// </summary>
/// <remarks>
/// Builders are not thread-safe: build one per thread or partition with the same periods and merge the tallies. Only
/// the library derives from this class.
/// </remarks>
/// <typeparam name="TBuilder">The concrete builder, returned for chaining.</typeparam>
/// <typeparam name="TRecord">The record type counted.</typeparam>
/// <typeparam name="TTally">The tally built.</typeparam>
public abstract class TallyBuilder<TBuilder, TRecord, TTally>
    where TBuilder : TallyBuilder<TBuilder, TRecord, TTally>
    where TTally : Tally<TTally>
{
    private readonly IRecordCounter<TRecord, TTally> counter;

    private protected TallyBuilder(IRecordCounter<TRecord, TTally> counter) => this.counter = counter;

    /// <summary>Gets the requested periods, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => counter.Periods;

    /// <summary>Counts one record in the period containing its date.</summary>
    /// <param name="record">The record.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The record's province is of another edition than the builder's provinces, or the record breaks a rule of its
    /// tally (an e-ID record of another level, or a second one with the same province, period and as-of date).
    /// </exception>
    public TBuilder Add(TRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        counter.Count(record);
        return (TBuilder)this;
    }

    /// <summary>Counts records one by one, as <see cref="Add(TRecord)"/> does.</summary>
    /// <param name="records">The records.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">A record breaks a rule, as for <see cref="Add(TRecord)"/>; the records before it are counted.</exception>
    public TBuilder AddRange(IEnumerable<TRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            Add(record);
        }

        return (TBuilder)this;
    }

    /// <summary>
    /// Declares the dates the data cover completely: inside them, every province the builder sees gets an entry for
    /// every requested period, zero when it had no record; outside them an empty period stays missing, and the
    /// tally's <see cref="Tally{TTally}.Coverage"/> lets comparisons refuse periods the data do not cover.
    /// </summary>
    /// <param name="coverage">The coverage; replaces any declared before.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> is null.</exception>
    public TBuilder Covering(DataCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        counter.Coverage = coverage;
        return (TBuilder)this;
    }

    /// <summary>Builds the immutable tally of everything added so far; the builder can go on adding.</summary>
    /// <returns>The tally.</returns>
    public TTally Build() => counter.Build();

    /// <summary>Gets the counts of a key for published counts: the province's edition checked, the period one of the requested ones.</summary>
    private protected TAcc Slot<TAcc>(Province province, ReportingPeriod period) => ((ITallySlots<TAcc>)counter).Slot(province, period);
}

/// <summary>The counting engine a <see cref="TallyBuilder{TBuilder, TRecord, TTally}"/> drives.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TTally">The tally type.</typeparam>
internal interface IRecordCounter<in TRecord, out TTally>
{
    IReadOnlyList<ReportingPeriod> Periods { get; }

    DataCoverage? Coverage { get; set; }

    void Count(TRecord record);

    TTally Build();
}
