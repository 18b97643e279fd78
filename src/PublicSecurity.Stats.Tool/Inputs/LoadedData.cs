using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Tool.Inputs;

/// <summary>The tallies read from a command's inputs: case rows tallied into one case tally, and tallies of the interchange schema by kind.</summary>
internal sealed class LoadedData
{
    /// <summary>Gets or sets the case tally (case rows of every input, merged, or a case tally of the interchange schema).</summary>
    public CaseTally? Cases { get; set; }

    /// <summary>Gets or sets the traffic tally read from the interchange schema.</summary>
    public TrafficTally? Traffic { get; set; }

    /// <summary>Gets or sets the drug seizure tally read from the interchange schema.</summary>
    public DrugSeizureTally? Drugs { get; set; }

    /// <summary>Gets or sets the drill tally read from the interchange schema.</summary>
    public DrillTally? Drills { get; set; }

    /// <summary>Gets or sets the campaign tally read from the interchange schema.</summary>
    public CampaignTally? Campaigns { get; set; }

    /// <summary>Gets or sets the e-ID tally read from the interchange schema.</summary>
    public ElectronicIdTally? ElectronicId { get; set; }

    /// <summary>Gets the case tally, or fails with a usage error naming the command's need.</summary>
    /// <param name="command">The command, for the message.</param>
    /// <returns>The tally.</returns>
    public CaseTally RequireCases(string command) =>
        Cases ?? throw new UsageException($"psstats {command} needs criminal-case rows (or a case tally of the interchange schema); the inputs had none.");
}
