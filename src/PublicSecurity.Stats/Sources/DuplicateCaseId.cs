namespace PublicSecurity.Stats.Sources;

/// <summary>A case id read a second (or later) time: the id, where it was first read, and where again.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class DuplicateCaseId
{
    internal DuplicateCaseId(string id, string? firstSource, long firstRow, string? source, long row, bool skipped)
    {
        (Id, FirstSource, FirstRow, Source, Row, Skipped) = (id, firstSource, firstRow, source, row, skipped);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the source (file, table, shard) where the id was first read, or <see langword="null"/>.</summary>
    public string? FirstSource { get; }

    /// <summary>Gets the row where the id was first read, from 1.</summary>
    public long FirstRow { get; }

    /// <summary>Gets the source of this later row, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets this later row, from 1.</summary>
    public long Row { get; }

    /// <summary>Gets whether this row was skipped (<see cref="DuplicateIdPolicy.KeepFirst"/>) rather than counted (<see cref="DuplicateIdPolicy.Report"/>).</summary>
    public bool Skipped { get; }

    /// <summary>Gets the id and both places, for example "Case id 'BD-1' at row 9 was first read at row 2 (counted twice).".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"Case id '{RejectedRow.Cut(Id)}' at {Where(Source, Row)} was first read at {Where(FirstSource, FirstRow)} ({(Skipped ? "skipped" : "counted twice")}).";

    private static string Where(string? source, long row) => source is null ? $"row {Preconditions.Number(row)}" : $"{source}, row {Preconditions.Number(row)}";
}
