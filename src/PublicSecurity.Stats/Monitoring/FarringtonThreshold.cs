namespace PublicSecurity.Stats.Monitoring;

/// <summary>How the improved Farrington method turns the fitted mean into an upper threshold (R's <c>thresholdMethod</c>).</summary>
public enum FarringtonThreshold
{
    /// <summary>The delta method on the power-transformed count (<c>"delta"</c>, Noufaily et al. 2013's "FarNew"): the default.</summary>
    Delta,

    /// <summary>The (1 − α) quantile of a negative binomial with the fitted mean and dispersion φ (<c>"nbPlugin"</c>).</summary>
    NegativeBinomialPlugIn,

    /// <summary>As <see cref="NegativeBinomialPlugIn"/>, with the mean's own upper (1 − α) bound plugged in (<c>"muan"</c>).</summary>
    Muan,
}
