using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats;

/// <summary>
/// The dates a data set covers completely: from its first day to its as-of date, both included. Inside the coverage a
/// period with no record is a true zero; outside it, nothing is known and a count is missing, not zero (DESIGN rule 2).
/// </summary>
/// <remarks>
/// <para>
/// Vietnamese: phạm vi dữ liệu. Cases exported from 01/01/2022 do not cover the statistical "first 10 months of 2022",
/// which starts on 15/12/2021: compared as if complete, the 17 missing days would look like a change. A tally built
/// with a coverage (<see cref="Aggregation.TallyBuilder{TBuilder, TRecord, TTally}.Covering"/>,
/// <see cref="Aggregation.TallyOptions.WithCoverage"/>) has a zero entry for every province it saw in every requested
/// period inside the coverage, and carries the coverage to the comparisons, which refuse a period that starts before
/// <see cref="From"/> or ends after <see cref="AsOf"/> unless a partial-period policy is named.
/// </para>
/// <para>Instances are immutable and thread-safe; equality compares both dates. See docs/which-method.md, "Partial periods and coverage".</para>
/// </remarks>
public sealed class DataCoverage : IEquatable<DataCoverage>
{
    private DataCoverage(DateOnly from, DateOnly asOf) => (From, AsOf) = (from, asOf);

    /// <summary>Gets the first day the data cover completely.</summary>
    public DateOnly From { get; }

    /// <summary>Gets the last day the data cover completely (the data's as-of date).</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the number of days covered, both ends included.</summary>
    public int Days => AsOf.DayNumber - From.DayNumber + 1;

    /// <summary>Creates a coverage.</summary>
    /// <param name="from">The first day covered.</param>
    /// <param name="asOf">The last day covered; not before <paramref name="from"/>.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before <paramref name="from"/>.</exception>
    public static DataCoverage Create(DateOnly from, DateOnly asOf)
    {
        if (asOf < from)
        {
            throw new ArgumentOutOfRangeException(
                nameof(asOf), $"The as-of date must not be before the first day covered ({Preconditions.Date(from)}); it was {Preconditions.Date(asOf)}.");
        }

        return new DataCoverage(from, asOf);
    }

    /// <summary>Gets whether a period lies wholly inside the coverage.</summary>
    /// <param name="period">The period.</param>
    /// <returns>True when the period starts on or after <see cref="From"/> and ends on or before <see cref="AsOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool Covers(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Start >= From && period.End <= AsOf;
    }

    /// <summary>Gets the days of a period inside the coverage: 0 when they do not meet.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The number of days of the period that are covered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public int CoveredDays(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var start = period.Start > From ? period.Start : From;
        var end = period.End < AsOf ? period.End : AsOf;
        return end < start ? 0 : end.DayNumber - start.DayNumber + 1;
    }

    /// <summary>Gets the smallest coverage that contains both: what two merged tallies cover together.</summary>
    /// <param name="other">The other coverage.</param>
    /// <returns>The span from the earlier start to the later as-of date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public DataCoverage Span(DataCoverage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DataCoverage(From < other.From ? From : other.From, AsOf > other.AsOf ? AsOf : other.AsOf);
    }

    /// <summary>Gets the coverage in English, for example "data from 01/01/2022 to 14/11/2023".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the coverage in a language: "data from 01/01/2022 to 14/11/2023", "dữ liệu từ 01/01/2022 đến 14/11/2023".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Cells.Lang(
        language,
        $"data from {NumberText.Date(From)} to {NumberText.Date(AsOf)}",
        $"dữ liệu từ {NumberText.Date(From)} đến {NumberText.Date(AsOf)}");

    /// <inheritdoc/>
    public bool Equals(DataCoverage? other) => other is not null && (other.From, other.AsOf) == (From, AsOf);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DataCoverage);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, AsOf);
}
