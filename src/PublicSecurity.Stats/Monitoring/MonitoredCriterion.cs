namespace PublicSecurity.Stats.Monitoring;

/// <summary>The count a monitored monthly series holds: one of the five criteria of a provincial report.</summary>
public enum MonitoredCriterion
{
    /// <summary>Criminal cases occurred (vụ phạm pháp hình sự xảy ra).</summary>
    Cases,

    /// <summary>Drug cases detected (vụ phạm tội về ma túy).</summary>
    DrugCases,

    /// <summary>Traffic accidents (số vụ tai nạn giao thông).</summary>
    TrafficAccidents,

    /// <summary>Traffic deaths (số người chết).</summary>
    TrafficDeaths,

    /// <summary>Traffic injuries (số người bị thương).</summary>
    TrafficInjured,
}
