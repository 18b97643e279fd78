using MathNet.Numerics.Distributions;
using ChunkRandom = PublicSecurity.Stats.Numerics.ChunkRandom;
using GammaSampler = PublicSecurity.Stats.Numerics.GammaSampler;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class ChunkRandomTests
{
    private const int Draws = 200_000;

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.5)]
    [InlineData(20.5)]
    [InlineData(1_000_000.5)]
    public void NextGamma_AnyShape_HasTheGammaMeanAndVariance(double shape)
    {
        var random = new ChunkRandom(2023, 0);
        var sampler = new GammaSampler(shape);
        double sum = 0;
        double sumSquares = 0;
        for (var i = 0; i < Draws; i++)
        {
            var x = random.NextGamma(in sampler);
            Assert.True(x >= 0);
            sum += x;
            sumSquares += x * x;
        }

        var mean = sum / Draws;
        var variance = (sumSquares / Draws) - (mean * mean);

        // Gamma(a, 1): mean a, variance a; the mean's standard error is √(a/N).
        Assert.InRange(mean, shape - (5 * Math.Sqrt(shape / Draws)), shape + (5 * Math.Sqrt(shape / Draws)));
        Assert.InRange(variance, shape * 0.95, shape * 1.05);
    }

    [Fact]
    public void NextStandardNormal_HasMeanZeroVarianceOneAndSymmetricTails()
    {
        var random = new ChunkRandom(7, 3);
        double sum = 0;
        double sumSquares = 0;
        var beyond = 0;
        for (var i = 0; i < Draws; i++)
        {
            var z = random.NextStandardNormal();
            sum += z;
            sumSquares += z * z;
            if (Math.Abs(z) > 1.959964)
            {
                beyond++;
            }
        }

        Assert.InRange(sum / Draws, -0.012, 0.012);
        Assert.InRange(sumSquares / Draws, 0.98, 1.02);
        Assert.InRange(beyond / (double)Draws, 0.047, 0.053);
    }

    [Fact]
    public void NextStandardNormal_EmpiricalDistribution_MatchesTheNormalCdfIncludingTheTail()
    {
        // Points beyond R = 3.4426 exercise the ziggurat's tail sampler, the others its blocks and wedges.
        const int draws = 1_000_000;
        double[] points = [-4.0, -3.6, -3.0, -2.0, -1.0, -0.3, 0.0, 0.7, 1.5, 2.5, 3.5, 3.9];
        var below = new int[points.Length];
        var random = new ChunkRandom(11, 0);
        for (var i = 0; i < draws; i++)
        {
            var z = random.NextStandardNormal();
            for (var p = 0; p < points.Length; p++)
            {
                if (z <= points[p])
                {
                    below[p]++;
                }
            }
        }

        for (var p = 0; p < points.Length; p++)
        {
            var expected = Normal.CDF(0, 1, points[p]);
            var tolerance = 5 * Math.Sqrt(expected * (1 - expected) / draws);
            Assert.InRange(below[p] / (double)draws, expected - tolerance, expected + tolerance);
        }
    }

    [Fact]
    public void Reseed_SameSeedAndChunk_RepeatsTheStream_OtherChunkDiffers()
    {
        var random = new ChunkRandom(1, 5);
        var first = Enumerable.Range(0, 8).Select(_ => random.NextStandardNormal()).ToArray();
        random.Reseed(1, 5);
        var again = Enumerable.Range(0, 8).Select(_ => random.NextStandardNormal()).ToArray();
        random.Reseed(1, 6);
        var other = Enumerable.Range(0, 8).Select(_ => random.NextStandardNormal()).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void BoundedMembers_StayInRange()
    {
        var random = new ChunkRandom(3, 0);
        var bytes = new byte[16];
        random.NextBytes(bytes);

        for (var i = 0; i < 1000; i++)
        {
            Assert.InRange(random.Next(), 0, int.MaxValue - 1);
            Assert.InRange(random.Next(7), 0, 6);
            Assert.InRange(random.Next(-3, 3), -3, 2);
            Assert.InRange(random.NextInt64(), 0, long.MaxValue - 1);
            Assert.InRange(random.NextInt64(10), 0, 9);
            Assert.InRange(random.NextInt64(-5, 5), -5, 4);
            Assert.InRange(random.NextDouble(), 0.0, Math.BitDecrement(1.0));
            Assert.InRange(random.NextSingle(), 0f, MathF.BitDecrement(1f));
        }
    }
}
