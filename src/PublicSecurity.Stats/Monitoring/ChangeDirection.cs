namespace PublicSecurity.Stats.Monitoring;

/// <summary>The direction of the change a CUSUM/GLR detector looks for (R's <c>dir</c>).</summary>
public enum ChangeDirection
{
    /// <summary>An increase of the mean (<c>"inc"</c>): the default.</summary>
    Increase,

    /// <summary>A decrease of the mean (<c>"dec"</c>).</summary>
    Decrease,
}
