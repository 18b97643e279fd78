#!/usr/bin/env dotnet
// Bình Dương, first 10 months of 2023, step by step — the notebook samples/notebooks/provincial-report.ipynb as a
// .NET 10 file-based app. Run it from a clone (it builds the library from source, no package feed needed):
//
//     dotnet run samples/notebooks/provincial-report.cs -- report.html
//
// and open report.html. With the published package instead of a clone, replace the #:project line below with
//
//     #:package PublicSecurity.Stats@0.2.0
//
// Each step writes a section of the page: the library renders every result as an HTML table (and an SVG chart where
// one helps) with ToHtml(), and the same results as text on the console with ToString(Language).
#:project ../../src/PublicSecurity.Stats/PublicSecurity.Stats.csproj

using System.Net;
using System.Text;
using PublicSecurity.Stats;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

if (args.Length != 1 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("Usage: dotnet run provincial-report.cs -- <output.html>");
    return 2;
}

var page = new StringBuilder();
void Section(string heading, string explanation, IRenderable result)
{
    page.Append("<section>\n<h2>").Append(WebUtility.HtmlEncode(heading)).Append("</h2>\n<p>")
        .Append(WebUtility.HtmlEncode(explanation)).Append("</p>\n")
        .Append(result.ToHtml(Language.English)).Append("\n</section>\n");
    Console.WriteLine($"== {heading}");
    Console.WriteLine(result.ToString(Language.English));
}

// 1. The published figures and the tallies bundled with the package.
var report = SampleReports.BinhDuong10Months2023();
var dataAsOf = new DateOnly(2023, 11, 14); // the report's date: every period it compares is complete by then
Console.WriteLine($"{report.Province.Name}, {report.Period.ToString(Language.Vietnamese)}");
foreach (var figure in report.Figures)
{
    Console.WriteLine($"  {figure.Measure}: {figure.ToString(Language.Vietnamese)}");
}

// 2. Clearance rates on both bases, never mixed.
var cases = report.Cases ?? throw new InvalidOperationException("The sample report has no case tally.");
Section(
    "Clearance, period basis",
    "Cases cleared in the window over cases recorded in it: can exceed 100%, so it has no confidence interval.",
    ClearanceSummary.PeriodBasis(cases, report.Province, report.Period));
Section(
    "Clearance, cohort basis",
    "The cases recorded in the window, followed to its end: a proportion with a Wilson interval.",
    ClearanceSummary.CohortBasis(cases, report.Province, report.Period, report.Period));

// 3. Traffic accidents against the same period of the previous year.
var trafficTally = report.Traffic ?? throw new InvalidOperationException("The sample report has no traffic tally.");
var latest = trafficTally.Periods[^1];
var traffic = PeriodComparison.Traffic(trafficTally, report.Province, latest, latest.SamePeriodPreviousYear(), dataAsOf);
Section(
    "Traffic accidents: down on all three criteria?",
    "Each criterion as a rate ratio with an exact interval; the verdict counts the significant decreases.",
    traffic.Verdict);
Section("Twelve deaths falling to nine", "A 25% decrease that is entirely within chance.", CountComparison.Compare(9, 12));

// 4. Level-2 e-ID accounts: the rank and its uncertainty.
var eid = SampleReports.ElectronicIdLevel2As14November2023();
var byTarget = RankingMeasure.TargetAchievement("Level-2 e-ID accounts activated, % of assigned target", higherIsBetter: true);
var observations = eid.Activations
    .Select(a => a.Target is long target
        ? RankingObservation.TargetAchievement(a.Province, a.AccountsActivated, target)
        : RankingObservation.Missing(a.Province))
    .ToList();
Section(
    "Level-2 e-ID, ranked by target achievement",
    "Bình Dương's figure is published; the other 62 provinces' figures are illustrative (generated; see the e-ID sample's sources), so this shows the method, not their real standing.",
    Ranking.Create(byTarget, observations, TieMethod.Min, MissingValues.Keep));
Section(
    "Which ranks the data can tell apart",
    "95% Monte-Carlo rank intervals, seed 20231114, 10,000 draws.",
    RankIntervals.MonteCarlo(byTarget, observations, seed: 20231114, draws: 10_000));
var population = ProvinceCatalog.Population;
Section(
    "Funnel plot of activations per person",
    "Provinces outside the limits differ by more than chance and the over-dispersion of the others explain.",
    FunnelPlot.Proportions(eid.Activations.Select(a => new ProportionUnit<Province>(a.Province, a.AccountsActivated, population.PopulationOf(a.Province)))));

// 5. The whole report in one call, as the last section.
var analysis = SampleReports.BinhDuong10Months2023Analysis();
page.Append("<section>\n").Append(analysis.ToHtml(Language.Vietnamese)).Append("\n</section>\n");

var title = WebUtility.HtmlEncode($"{report.Province.Name}, {report.Period.ToString(Language.English)}: step by step");
var html = $"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>{title}</title>
    </head>
    <body style="font-family:system-ui,sans-serif;max-width:70em;margin:1em auto;padding:0 1em">
    <h1>{title}</h1>
    {page}</body>
    </html>

    """;
File.WriteAllText(args[0], html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine($"Wrote {Path.GetFullPath(args[0])}");
return 0;
