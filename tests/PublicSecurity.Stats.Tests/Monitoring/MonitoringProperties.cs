using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Monitoring;

namespace PublicSecurity.Stats.Tests.Monitoring;

/// <summary>Properties of the detectors over generated series: alarms are monotone in the threshold.</summary>
public sealed class MonitoringProperties
{
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

    private static readonly double[] Alphas = [0.2, 0.05, 0.01, 0.001];

    private static readonly double[] GlrThresholds = [1.0, 2.0, 4.0, 8.0];

    /// <summary>Four to six years of months from January 2018, seasonal counts around a mean of 0.3 to 60 with an occasional burst (zeros included).</summary>
    private static readonly Arbitrary<(long[] Counts, int Monitored, bool Reweight)> Series =
        (from years in Gen.Choose(4, 6)
         from mean10 in Gen.Choose(3, 600)
         from seed in Gen.Choose(0, 100_000)
         from monitored in Gen.Choose(1, 12)
         from reweight in Gen.Elements(true, false)
         select (Counts(years * 12, mean10 / 10.0, seed), monitored, reweight)).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Farrington_HigherThreshold_AlarmsAreASubset() => Prop.ForAll(Series, s =>
    {
        var series = MonthlySeries.Create(BinhDuong, MonitoredCriterion.Cases, ReportingCalendar.Gregorian, 2018, 1, s.Counts);
        var monitored = Math.Min(s.Monitored, series.Length - 39); // b = 3, w = 3 needs 39 months before the first
        var results = Alphas.Select(a => Farrington.Compute(series, monitored, FarringtonOptions.Create(yearsBack: 3, reweight: s.Reweight, alpha: a))).ToList();
        for (var k = 1; k < results.Count; k++)
        {
            for (var j = 0; j < monitored; j++)
            {
                var loose = results[k - 1].Months[j];
                var strict = results[k].Months[j];
                if (strict.Alarm && !loose.Alarm)
                {
                    return false.Label($"month {j}: an alarm at α = {Alphas[k]} but not at α = {Alphas[k - 1]}");
                }

                if (strict.UpperBound is double high && loose.UpperBound is double low && high < low - 1e-9)
                {
                    return false.Label($"month {j}: threshold {high} at α = {Alphas[k]} below {low} at α = {Alphas[k - 1]}");
                }
            }
        }

        return true.ToProperty();
    });

    [Property(MaxTest = 60)]
    public Property Glr_HigherThreshold_NoAlarmBeforeTheLowerThresholdsFirst() => Prop.ForAll(Series, s =>
    {
        var series = MonthlySeries.Create(BinhDuong, MonitoredCriterion.Cases, ReportingCalendar.Gregorian, 2018, 1, s.Counts);
        var monitored = Math.Min(24, series.Length);
        var mean = Math.Max(0.5, s.Counts.Take(series.Length - monitored).DefaultIfEmpty(1).Average());
        var mu0 = Enumerable.Repeat(mean, monitored).ToList();
        var first = GlrThresholds.Select(c =>
        {
            var r = GlrDetector.Compute(series, monitored, mu0, GlrOptions.Create(threshold: c));
            var index = r.Months.ToList().FindIndex(m => m.Alarm);
            return index < 0 ? int.MaxValue : index;
        }).ToList();
        return first.Zip(first.Skip(1), (a, b) => b >= a).All(x => x).Label(string.Join(", ", first));
    });

    private static long[] Counts(int length, double mean, int seed)
    {
        var random = new Random(seed);
        var counts = new long[length];
        for (var i = 0; i < length; i++)
        {
            var mu = mean * (1 + (0.3 * Math.Sin(2 * Math.PI * i / 12))) * (random.NextDouble() < 0.05 ? 3 : 1);
            counts[i] = Poisson(mu, random);
        }

        return counts;
    }

    /// <summary>A Poisson draw by counting unit-rate exponential arrivals (means here stay below 250).</summary>
    private static long Poisson(double mu, Random random)
    {
        long k = 0;
        for (var t = -Math.Log(1 - random.NextDouble()); t < mu; t -= Math.Log(1 - random.NextDouble()))
        {
            k++;
        }

        return k;
    }
}
