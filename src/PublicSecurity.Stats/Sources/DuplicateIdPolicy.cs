namespace PublicSecurity.Stats.Sources;

/// <summary>What a read does with a case whose id was already read — earlier in the same input, or in another file, shard or extract read with the same <see cref="CaseIdRegistry"/>.</summary>
/// <remarks>A merged tally cannot see duplicates (it holds counts, not ids): they are found while the records are read, or never.</remarks>
public enum DuplicateIdPolicy
{
    /// <summary>Count every row and report each duplicate on the result (<see cref="CaseReadResult.Duplicates"/>): the default, nothing dropped and nothing hidden.</summary>
    Report,

    /// <summary>Treat a duplicate as a bad row: the read stops there, or the row is collected as a <see cref="RejectedRow"/> and not counted.</summary>
    Reject,

    /// <summary>Count the first row with an id and skip the later ones, each reported on the result (<see cref="CaseReadResult.Duplicates"/>) and counted in <see cref="CaseReadResult.SkippedDuplicateRows"/>.</summary>
    KeepFirst,
}
