using System.Numerics;

namespace PublicSecurity.Stats.Numerics;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018) as a <see cref="Random"/>, reseeded for each fixed chunk of draws from
/// (seed, chunk) through SplitMix64, so Monte-Carlo results do not depend on which thread runs which chunk.
/// </summary>
/// <remarks>
/// The seeding is a fixed function (never <see cref="HashCode"/>, which is randomised per process), and every
/// virtual member of <see cref="Random"/> is overridden so no draw comes from the base class's own generator.
/// Not thread-safe: each worker owns one.
/// </remarks>
internal sealed class ChunkRandom : Random
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public ChunkRandom(long seed, long chunk)
        : base(0)
    {
        Reseed(seed, chunk);
    }

    /// <summary>Sets the state from (seed, chunk): SplitMix64 over a mix of both, as its authors recommend.</summary>
    public void Reseed(long seed, long chunk)
    {
        var x = SplitMix(unchecked((ulong)seed)) ^ SplitMix(unchecked((ulong)chunk + 0x632B_E59B_D9B4_E019UL));
        s0 = Next(ref x);
        s1 = Next(ref x);
        s2 = Next(ref x);
        s3 = Next(ref x);

        static ulong Next(ref ulong state)
        {
            state = unchecked(state + 0x9E37_79B9_7F4A_7C15UL);
            return SplitMix(state);
        }
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(unchecked(s1 * 5), 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return unchecked(result);
    }

    /// <summary>
    /// A standard normal deviate by the ziggurat method in Doornik's ZIGNOR form (J. A. Doornik 2005, "An Improved
    /// Ziggurat Method to Generate Normal Random Samples"; 128 blocks, R = 3.442619855899): one 64-bit word gives
    /// both the block (its low 7 bits) and the uniform (its high 53 bits), and about 99% of deviates need nothing else.
    /// </summary>
    public double NextStandardNormal()
    {
        var x = Ziggurat.X;
        var ratio = Ziggurat.Ratio;
        while (true)
        {
            var word = NextUInt64();
            var u = (2 * ((word >> 11) * (1.0 / (1UL << 53)))) - 1;
            var i = (int)(word & 0x7F);
            if (Math.Abs(u) < ratio[i])
            {
                return u * x[i];
            }

            if (i == 0)
            {
                // The base block's tail beyond R (Marsaglia 1964); 1 − U lies in (0, 1], so the logarithms are finite.
                double tail;
                double y;
                do
                {
                    tail = Math.Log(1 - NextDouble()) / Ziggurat.R;
                    y = Math.Log(1 - NextDouble());
                }
                while (-2 * y < tail * tail);

                return u < 0 ? tail - Ziggurat.R : Ziggurat.R - tail;
            }

            var candidate = u * x[i];
            var f0 = Math.Exp(-0.5 * ((x[i] * x[i]) - (candidate * candidate)));
            var f1 = Math.Exp(-0.5 * ((x[i + 1] * x[i + 1]) - (candidate * candidate)));
            if (f1 + (NextDouble() * (f0 - f1)) < 1)
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// A Gamma(shape, 1) deviate by Marsaglia and Tsang (2000), "A simple method for generating gamma variables",
    /// ACM TOMS 26:363–372, from the constants of <see cref="GammaSampler"/>; a shape below 1 draws Gamma(shape + 1)
    /// and multiplies by U^(1/shape), as the paper suggests.
    /// </summary>
    public double NextGamma(in GammaSampler sampler)
    {
        double result;
        while (true)
        {
            var x = NextStandardNormal();
            var v = 1 + (sampler.C * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            var u = NextDouble();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (sampler.D * (1 - v + Math.Log(v))))
            {
                result = sampler.D * v;
                break;
            }
        }

        return sampler.InverseShape > 0 ? result * Math.Pow(NextDouble(), sampler.InverseShape) : result;
    }

    /// <summary>
    /// A Poisson(mean) deviate: inversion by sequential search from 0 below a mean of 10, and above it Hörmann's
    /// transformed rejection with squeeze PTRS (W. Hörmann 1993, "The transformed rejection method for generating
    /// Poisson random variables", Insurance: Mathematics and Economics 12:39–45), in constant expected time.
    /// </summary>
    /// <param name="mean">The mean, finite and not negative (0 gives 0).</param>
    /// <returns>The deviate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is not finite or is negative.</exception>
    public long NextPoisson(double mean)
    {
        if (!(mean >= 0) || double.IsPositiveInfinity(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), $"The Poisson mean must be finite and not negative; it was {mean}.");
        }

        if (mean < 10)
        {
            var x = 0L;
            var term = Math.Exp(-mean);
            var sum = term;
            var u = NextDouble();
            while (u > sum && term > 0)
            {
                x++;
                term *= mean / x;
                sum += term;
            }

            return x;
        }

        var logMean = Math.Log(mean);
        var b = 0.931 + (2.53 * Math.Sqrt(mean));
        var a = -0.059 + (0.02483 * b);
        var logInverseAlpha = Math.Log(1.1239 + (1.1328 / (b - 3.4)));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + logInverseAlpha - Math.Log((a / (us * us)) + b) <= -mean + (k * logMean) - SpecialFunctions.LogGamma(k + 1))
            {
                return (long)k;
            }
        }
    }

    /// <summary>
    /// A negative binomial deviate with the given mean and size θ (variance μ + μ²/θ), as R's <c>rnbinom(mu =)</c>
    /// draws it: a Poisson whose mean is a Gamma(θ, μ/θ) deviate.
    /// </summary>
    /// <param name="mean">The mean, finite and not negative.</param>
    /// <param name="size">The size θ, positive (+∞ gives the Poisson).</param>
    /// <returns>The deviate.</returns>
    public long NextNegativeBinomial(double mean, double size) =>
        double.IsPositiveInfinity(size) || mean == 0 ? NextPoisson(mean) : NextPoisson(NextGamma(new GammaSampler(size)) * mean / size);

    /// <summary>A Beta(a, b) deviate, as X/(X + Y) of two gamma deviates.</summary>
    /// <param name="a">The first shape, positive.</param>
    /// <param name="b">The second shape, positive.</param>
    /// <returns>The deviate, in [0, 1].</returns>
    public double NextBeta(double a, double b)
    {
        var x = NextGamma(new GammaSampler(a));
        var y = NextGamma(new GammaSampler(b));
        return x + y > 0 ? x / (x + y) : (a >= b ? 1.0 : 0.0);
    }

    /// <summary>
    /// A Binomial(n, p) deviate: inversion by sequential search when n·min(p, 1 − p) is below 10, and above it
    /// Hörmann's BTRS (W. Hörmann 1993, "The generation of binomial random variates", Journal of Statistical
    /// Computation and Simulation 46:101–110), on the smaller of p and 1 − p.
    /// </summary>
    /// <param name="n">The trials, not negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>The deviate.</returns>
    public long NextBinomial(long n, double p)
    {
        if (p > 0.5)
        {
            return n - NextBinomial(n, 1 - p);
        }

        if (n == 0 || p == 0)
        {
            return 0;
        }

        var q = 1 - p;
        if (n * p < 10)
        {
            var ratio = p / q;
            var term = Math.Exp(n * SpecialFunctions.Log1p(-p));
            var sum = term;
            var x = 0L;
            var u = NextDouble();
            while (u > sum && x < n && term > 0)
            {
                x++;
                term *= ratio * (n - x + 1) / x;
                sum += term;
            }

            return x;
        }

        var spq = Math.Sqrt(n * p * q);
        var b = 1.15 + (2.53 * spq);
        var a = -0.0873 + (0.0248 * b) + (0.01 * p);
        var c = (n * p) + 0.5;
        var vr = 0.92 - (4.2 / b);
        var alpha = (2.83 + (5.1 / b)) * spq;
        var logRatio = Math.Log(p / q);
        var mode = Math.Floor((n + 1) * p);
        var h = SpecialFunctions.LogGamma(mode + 1) + SpecialFunctions.LogGamma(n - mode + 1);
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + c);
            if (k < 0 || k > n)
            {
                continue;
            }

            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            if (Math.Log(v * alpha / ((a / (us * us)) + b)) <= h - SpecialFunctions.LogGamma(k + 1) - SpecialFunctions.LogGamma(n - k + 1) + ((k - mode) * logRatio))
            {
                return (long)k;
            }
        }
    }

    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    public override int Next()
    {
        while (true)
        {
            var r = (int)(NextUInt64() >> 33);
            if (r != int.MaxValue)
            {
                return r;
            }
        }
    }

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)Bounded((ulong)maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)((long)minValue + (long)Bounded((ulong)((long)maxValue - minValue)));
    }

    public override long NextInt64() => (long)(NextUInt64() >> 1) is var r && r != long.MaxValue ? r : NextInt64();

    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)Bounded((ulong)maxValue);
    }

    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return unchecked(minValue + (long)Bounded((ulong)(maxValue - minValue)));
    }

    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    protected override double Sample() => NextDouble();

    private static ulong SplitMix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, range) without modulo bias (Lemire 2019, with rejection).</summary>
    private ulong Bounded(ulong range)
    {
        if (range == 0)
        {
            return 0;
        }

        var high = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = unchecked(0 - range) % range;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return high;
    }
}

/// <summary>The constants of Marsaglia and Tsang's gamma sampler for one shape, computed once per unit.</summary>
internal readonly struct GammaSampler
{
    public GammaSampler(double shape)
    {
        var boosted = shape < 1 ? shape + 1 : shape;
        D = boosted - (1.0 / 3);
        C = 1 / Math.Sqrt(9 * D);
        InverseShape = shape < 1 ? 1 / shape : 0;
    }

    /// <summary>Gets d = a − 1/3 (a the shape, or shape + 1 below 1).</summary>
    public double D { get; }

    /// <summary>Gets c = 1/√(9d).</summary>
    public double C { get; }

    /// <summary>Gets 1/shape for a shape below 1 (the boost exponent), else 0.</summary>
    public double InverseShape { get; }
}

/// <summary>The ziggurat tables of Doornik's ZIGNOR (128 blocks of equal area V under the normal density).</summary>
internal static class Ziggurat
{
    /// <summary>The start of the tail, R.</summary>
    public const double R = 3.442619855899;

    private const int Blocks = 128;
    private const double V = 9.91256303526217e-3;

    /// <summary>Gets the right edges x_i of the blocks (x_0 = V/f(R) for the base block, x_128 = 0).</summary>
    public static double[] X { get; } = BuildX();

    /// <summary>Gets x_{i+1}/x_i: below it a uniform on (−1, 1) lies inside block i's rectangle.</summary>
    public static double[] Ratio { get; } = BuildRatio(X);

    private static double[] BuildX()
    {
        var x = new double[Blocks + 1];
        var f = Math.Exp(-0.5 * R * R);
        x[0] = V / f;
        x[1] = R;
        x[Blocks] = 0;
        for (var i = 2; i < Blocks; i++)
        {
            x[i] = Math.Sqrt(-2 * Math.Log((V / x[i - 1]) + f));
            f = Math.Exp(-0.5 * x[i] * x[i]);
        }

        return x;
    }

    private static double[] BuildRatio(double[] x)
    {
        var ratio = new double[Blocks];
        for (var i = 0; i < Blocks; i++)
        {
            ratio[i] = x[i + 1] / x[i];
        }

        return ratio;
    }
}
