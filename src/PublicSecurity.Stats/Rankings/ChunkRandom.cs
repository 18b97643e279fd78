using System.Numerics;

namespace PublicSecurity.Stats.Rankings;

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
