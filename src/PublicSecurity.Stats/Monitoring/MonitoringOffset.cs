namespace PublicSecurity.Stats.Monitoring;

/// <summary>The exposure whose logarithm is the offset of the Farrington GLM.</summary>
public enum MonitoringOffset
{
    /// <summary>The number of days in each month of the series' calendar (reporting months run 28–31 days): the default.</summary>
    Days,

    /// <summary>The population of the month's year, given by the caller (R's <c>populationOffset = TRUE</c>).</summary>
    Population,

    /// <summary>No offset, as <c>surveillance</c>'s default.</summary>
    None,
}
