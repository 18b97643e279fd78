#:package MathNet.Numerics
// Why the package's special functions are its own: this file-based app measures Math.NET Numerics (the version of
// Directory.Packages.props, 5.0.0) on the reference rows the library's own functions must pass
// (tests/PublicSecurity.Stats.Tests/ReferenceData/core/core_values.csv: mpmath values with a relative tolerance per
// row, the rows CoreReferenceTests checks), and prints, per function, how many rows Math.NET meets, how many it
// rejects with an exception, and its largest relative error. The library meets every row (CoreReferenceTests).
// It then builds the exact intervals the library computes from Math.NET's inverses and compares them with R's
// binom.test (Clopper-Pearson) and poisson.test (Garwood) limits of ReferenceData/proportion_intervals.csv and
// poisson_intervals.csv, with the tolerance IntervalReferenceTests uses (relative 1e-9, absolute 1e-15).
// Run from the repository root: dotnet run eng/mathnet-accuracy.cs
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

const string Data = "tests/PublicSecurity.Stats.Tests/ReferenceData/";
var lines = File.ReadAllLines(Data + "core/core_values.csv");
var header = lines[0].Split(',');
int Col(string name) => Array.IndexOf(header, name);
double D(string[] row, string name) => double.Parse(row[Col(name)], CultureInfo.InvariantCulture);

var results = new SortedDictionary<string, (int Rows, int Met, double MaxRel)>(StringComparer.Ordinal);
foreach (var line in lines.Skip(1))
{
    var row = line.Split(',');
    var function = row[Col("function")];
    double? actual;
    try
    {
        actual = function switch
        {
        "lgamma" => SpecialFunctions.GammaLn(D(row, "a1")),
        "lbeta" => SpecialFunctions.BetaLn(D(row, "a1"), D(row, "a2")),
        "ibeta" => SpecialFunctions.BetaRegularized(D(row, "a1"), D(row, "a2"), D(row, "a3")),
        "ibetac" => 1.0 - SpecialFunctions.BetaRegularized(D(row, "a1"), D(row, "a2"), D(row, "a3")),
        "ibeta_inv" => Beta.InvCDF(D(row, "a1"), D(row, "a2"), D(row, "a3")),
        "ibetac_inv" => Beta.InvCDF(D(row, "a1"), D(row, "a2"), 1.0 - D(row, "a3")),
        // Gamma rows are (x, shape) and (p, shape), as R's pgamma and qgamma.
        "pgamma" => SpecialFunctions.GammaLowerRegularized(D(row, "a2"), D(row, "a1")),
        "pgamma_upper" => SpecialFunctions.GammaUpperRegularized(D(row, "a2"), D(row, "a1")),
        "qgamma" => SpecialFunctions.GammaLowerRegularizedInv(D(row, "a2"), D(row, "a1")),
        "qgamma_upper" => SpecialFunctions.GammaLowerRegularizedInv(D(row, "a2"), 1.0 - D(row, "a1")),
        "qnorm" => Normal.InvCDF(0.0, 1.0, D(row, "a1")),
        _ => null,
        };
    }
    catch (ArgumentException)
    {
        actual = double.NaN; // Math.NET rejects the arguments: the row is not met.
    }

    if (actual is not double value)
    {
        continue;
    }

    var expected = D(row, "expected");
    var tolerance = D(row, "rel_tol");
    // As CoreReferenceTests: relative tolerance, and an expected 0 must be met exactly.
    var rel = expected == value ? 0.0 : expected == 0.0 ? double.PositiveInfinity : Math.Abs(value - expected) / Math.Abs(expected);
    if (double.IsNaN(rel))
    {
        rel = double.PositiveInfinity;
    }

    var (rows, met, max) = results.GetValueOrDefault(function);
    var worst = expected == 0.0 ? max : Math.Max(max, rel); // the largest error over the rows whose value is not 0
    results[function] = (rows + 1, met + (rel <= tolerance ? 1 : 0), worst);
}

Console.WriteLine("| function | rows | Math.NET within the row's tolerance | Math.NET's largest relative error (rows not 0) |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (function, (rows, met, max)) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {function} | {rows} | {met} | {max:G3} |"));
}

// Exact intervals against R, as the library builds them: Clopper-Pearson lower = Beta⁻¹(α/2; x, n−x+1), upper =
// Beta⁻¹(1−α/2; x+1, n−x); Garwood lower = Γ⁻¹(α/2; k), upper = Γ⁻¹(1−α/2; k+1); 0 and 1 (or 0) at the ends.
var intervals = new SortedDictionary<string, (int Limits, int Met)>(StringComparer.Ordinal);
void Interval(string name, double expected, Func<double> compute)
{
    double actual;
    try
    {
        actual = compute();
    }
    catch (ArgumentException)
    {
        actual = double.NaN;
    }

    var met = Math.Abs(actual - expected) <= Math.Max(1e-15, 1e-9 * Math.Abs(expected));
    var (limits, count) = intervals.GetValueOrDefault(name);
    intervals[name] = (limits + 1, count + (met ? 1 : 0));
}

var binomial = File.ReadAllLines(Data + "proportion_intervals.csv");
var bh = binomial[0].Split(',');
foreach (var line in binomial.Skip(1))
{
    var row = line.Split(',');
    double Get(string name) => double.Parse(row[Array.IndexOf(bh, name)], CultureInfo.InvariantCulture);
    double x = Get("x"), n = Get("n"), alpha = 1 - Get("conf_level");
    Interval("Clopper-Pearson (R binom.test)", Get("clopper_pearson_lower"), () => x == 0 ? 0 : Beta.InvCDF(x, n - x + 1, alpha / 2));
    Interval("Clopper-Pearson (R binom.test)", Get("clopper_pearson_upper"), () => x == n ? 1 : Beta.InvCDF(x + 1, n - x, 1 - (alpha / 2)));
}

var poisson = File.ReadAllLines(Data + "poisson_intervals.csv");
var ph = poisson[0].Split(',');
foreach (var line in poisson.Skip(1))
{
    var row = line.Split(',');
    double Get(string name) => double.Parse(row[Array.IndexOf(ph, name)], CultureInfo.InvariantCulture);
    double k = Get("k"), alpha = 1 - Get("conf_level");
    Interval("Garwood (R poisson.test)", Get("lower"), () => k == 0 ? 0 : SpecialFunctions.GammaLowerRegularizedInv(k, alpha / 2));
    Interval("Garwood (R poisson.test)", Get("upper"), () => SpecialFunctions.GammaLowerRegularizedInv(k + 1, 1 - (alpha / 2)));
}

Console.WriteLine();
Console.WriteLine("| exact interval built on Math.NET | limits | within R's value (rel 1e-9, abs 1e-15) |");
Console.WriteLine("|---|---:|---:|");
foreach (var (name, (limits, met)) in intervals)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {limits} | {met} |"));
}
