namespace PublicSecurity.Stats.Sources;

/// <summary>The case ids read so far, shared by the reads of several files, shards or extracts so that a case read twice is found across them.</summary>
/// <remarks>
/// Give the same registry to every read whose tallies will be merged (<see cref="CaseReadOptions.WithIdRegistry"/>).
/// It holds every id read (about 60 bytes per id plus the id's text): memory grows with the number of distinct ids,
/// unlike the tally. Thread-safe: reads on several threads may share one registry.
/// </remarks>
public sealed class CaseIdRegistry
{
    private readonly Dictionary<string, (string? Source, long Row)> seen = new(StringComparer.Ordinal);

    /// <summary>Gets the number of distinct ids read.</summary>
    public int Count
    {
        get
        {
            lock (seen)
            {
                return seen.Count;
            }
        }
    }

    /// <summary>Gets whether an id has been read.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (seen)
        {
            return seen.ContainsKey(id);
        }
    }

    /// <summary>Gets the number of ids read, for example "Case ids: 974 read".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Case ids: {Preconditions.Number(Count)} read";

    /// <summary>Adds an id; when it was read before, returns where.</summary>
    internal bool TryAdd(string id, string? source, long row, out (string? Source, long Row) first)
    {
        lock (seen)
        {
            if (seen.TryGetValue(id, out first))
            {
                return false;
            }

            seen.Add(id, (source, row));
            return true;
        }
    }
}
