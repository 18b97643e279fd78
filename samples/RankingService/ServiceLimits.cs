namespace RankingService;

/// <summary>The service's limits on what one request may ask for.</summary>
internal static class ServiceLimits
{
    /// <summary>The largest request body, in bytes (1 MiB): larger bodies, declared or chunked, get 413.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>
    /// The most Monte Carlo or bootstrap draws one request may ask for: 10,000 draws of 63 provinces take about 34 ms of
    /// one core, which bounds the work one request can hold a core for (the library's rank-interval and rank-set
    /// computations take no cancellation token; the service checks the request's between its stages).
    /// </summary>
    public const int MaxDraws = 10_000;

    /// <summary>The draws of rank intervals and rank sets when the request names none.</summary>
    public const int DefaultDraws = 1_000;

    /// <summary>The seed of the draws when the request names none, so that a response is reproducible.</summary>
    public const long DefaultSeed = 20231114;
}
