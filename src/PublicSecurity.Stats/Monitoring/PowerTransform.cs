namespace PublicSecurity.Stats.Monitoring;

/// <summary>The power transform that makes the count's distribution nearly symmetric before the delta-method threshold (R's <c>powertrans</c>).</summary>
public enum PowerTransform
{
    /// <summary>The 2/3 power (Farrington et al. 1996): the default.</summary>
    TwoThirds,

    /// <summary>The square root (<c>"1/2"</c>).</summary>
    SquareRoot,

    /// <summary>No transform (<c>"none"</c>).</summary>
    None,
}
