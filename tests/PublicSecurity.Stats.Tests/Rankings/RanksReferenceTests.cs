using System.Globalization;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Rankings;

/// <summary>Every row of ranks.csv (pandas 1.5.3 <c>Series.rank</c>), compared exactly, NaN positions included.</summary>
public sealed class RanksReferenceTests
{
    private const string File = "ranks.csv";

    public static TheoryData<string> Rows => ReferenceCsv.Ids(File);

    internal static double[] ParseVector(string text) =>
        text.Split(';').Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    internal static TieMethod ParseMethod(string text) => text switch
    {
        "average" => TieMethod.Average,
        "min" => TieMethod.Min,
        "max" => TieMethod.Max,
        "first" => TieMethod.First,
        "dense" => TieMethod.Dense,
        _ => throw new FormatException($"Unknown method '{text}'."),
    };

    internal static MissingValues ParseMissing(string text) => text switch
    {
        "keep" => MissingValues.Keep,
        "top" => MissingValues.Top,
        "bottom" => MissingValues.Bottom,
        _ => throw new FormatException($"Unknown na_option '{text}'."),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Compute_ReferenceRow_MatchesPandasExactly(string line)
    {
        var row = ReferenceCsv.Row(File, line);
        var values = ParseVector(row["values"]);
        var expected = ParseVector(row["ranks"]);
        var method = ParseMethod(row["method"]);
        var order = row.GetBool("ascending") ? RankOrder.Ascending : RankOrder.Descending;
        var missing = ParseMissing(row["na_option"]);
        var percent = row.GetBool("pct");

        var actual = Ranks.Compute(values, method, order, missing, percent);

        AssertExactly(expected, actual, $"line {line} ({row["note"]})");

        // The span overload, writing into the middle of a larger buffer, gives the same ranks. (The reference
        // vectors are short; RanksProperties checks the radix path of longer inputs against independent oracles.)
        var buffer = new double[values.Length + 2];
        Ranks.Compute(values, buffer.AsSpan(1, values.Length), method, order, missing, percent);
        AssertExactly(expected, buffer[1..^1], $"line {line} span overload");
    }

    internal static void AssertExactly(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                expected[i].Equals(actual[i]),
                $"{what}: position {i}: expected {expected[i].ToString("R", CultureInfo.InvariantCulture)}, got {actual[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }
}
