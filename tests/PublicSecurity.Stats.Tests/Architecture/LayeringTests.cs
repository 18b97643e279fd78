using System.Globalization;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Tests.Architecture;

/// <summary>The library's namespaces depend on each other only downwards, as the layer table says.</summary>
public sealed class LayeringTests
{
    private const string Root = "PublicSecurity.Stats";
    private const string Fixture = "PublicSecurity.Stats.Tests.Architecture.Fixture";

    // THE ARCHITECTURE of PublicSecurity.Stats (CONTRIBUTING.md points here): its namespaces in layers, lowest first.
    // A namespace may use only namespaces of a strictly lower layer: never one of its own layer, never a higher one.
    // A new namespace must be placed here deliberately (Namespaces_AreAllInTheLayerTable fails until it is).
    private static readonly string[][] Layers =
    [
        /* 0 */ ["PublicSecurity.Stats.Numerics"],
        /* 1 */ ["PublicSecurity.Stats.Text"],
        /* 2 */ ["PublicSecurity.Stats"],
        /* 3 */
        [
            "PublicSecurity.Stats.Crime", "PublicSecurity.Stats.Drugs", "PublicSecurity.Stats.FireRescue",
            "PublicSecurity.Stats.Identity", "PublicSecurity.Stats.Traffic", "PublicSecurity.Stats.Campaigns",
        ],
        /* 4 */ ["PublicSecurity.Stats.Aggregation"],
        /* 5 */ ["PublicSecurity.Stats.Estimation", "PublicSecurity.Stats.Sources"],
        /* 6 */ ["PublicSecurity.Stats.Comparisons", "PublicSecurity.Stats.Rankings", "PublicSecurity.Stats.Monitoring"],
        /* 7 */ ["PublicSecurity.Stats.Claims", "PublicSecurity.Stats.Targets"],
        /* 8 */ ["PublicSecurity.Stats.Reporting"],
        /* 9 */ ["PublicSecurity.Stats.Serialization"],
        /* 10 */ ["PublicSecurity.Stats.Samples"],
    ];

    private static readonly Dictionary<string, int> LayerOf = Layers
        .SelectMany((namespaces, layer) => namespaces.Select(ns => (ns, layer)))
        .ToDictionary(entry => entry.ns, entry => entry.layer);

    private static readonly Lazy<NamespaceGraph> Library =
        new(() => new NamespaceGraph(typeof(StatsJson).Assembly.Location, Root));

    private static readonly Lazy<NamespaceGraph> FixtureGraph =
        new(() => new NamespaceGraph(typeof(LayeringTests).Assembly.Location, Fixture));

    [Fact]
    public void Namespaces_EachUsesOnlyLowerLayers()
    {
        var upwards = Library.Value.Edges
            .Where(edge => LayerOf.TryGetValue(edge.Key.From, out var from) && LayerOf.TryGetValue(edge.Key.To, out var to) && to >= from)
            .Select(edge => string.Create(
                CultureInfo.InvariantCulture,
                $"{edge.Key.From} (layer {LayerOf[edge.Key.From]}) -> {edge.Key.To} (layer {LayerOf[edge.Key.To]}): {Examples(edge.Value)}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Fail(upwards, "Edges that do not go to a strictly lower layer");
    }

    [Fact]
    public void Namespaces_HaveNoCycle()
    {
        var edges = Library.Value.Edges;
        var cycles = NamespaceGraph.Cycles(edges.Keys)
            .Select(cycle => string.Join(", ", cycle) + Environment.NewLine + string.Join(
                Environment.NewLine,
                edges.Where(edge => cycle.Contains(edge.Key.From) && cycle.Contains(edge.Key.To))
                    .Select(edge => $"    {edge.Key.From} -> {edge.Key.To}: {edge.Value[0]}")
                    .Order(StringComparer.Ordinal)))
            .ToList();

        Fail(cycles, "Namespaces that depend on each other in a cycle, with the edges among them");
    }

    [Fact]
    public void Namespaces_AreAllInTheLayerTable()
    {
        var unknown = Library.Value.Namespaces.Where(ns => !LayerOf.ContainsKey(ns)).Order(StringComparer.Ordinal).ToList();

        Fail(unknown, "Namespaces with types that are not in the layer table of LayeringTests");
    }

    [Theory]
    [InlineData("PublicSecurity.Stats.Serialization", "PublicSecurity.Stats")]
    [InlineData("PublicSecurity.Stats.Aggregation", "PublicSecurity.Stats")]
    public void Reader_OnLibrary_FindsEdgeOfEveryDesign(string from, string to)
    {
        Assert.Contains(Root, Library.Value.Namespaces);
        Assert.True(Library.Value.Edges.ContainsKey((from, to)), $"no edge {from} -> {to} among {Library.Value.Edges.Count} edges");
    }

    [Theory]
    [InlineData("Low", "Low.Caller", DependencyKind.MethodBody)]
    [InlineData("AttrUser", "AttrUser.Marked", DependencyKind.CustomAttributeArgument)]
    [InlineData("LocalUser", "LocalUser.Lister", DependencyKind.MethodBody, DependencyKind.LocalVariable)]
    public void Reader_OnFixture_FindsEdgeThroughExactlyItsKinds(string from, string sourceType, params DependencyKind[] kinds)
    {
        var (source, target) = (Fixture + "." + from, Fixture + ".High");

        Assert.Equal(
            kinds.Select(kind => new Dependency(source, target, Fixture + "." + sourceType, target + ".Target", kind)),
            FixtureGraph.Value.Edges[(source, target)].OrderBy(example => example.Kind));
    }

    [Fact]
    public void Reader_OnFixture_FindsOnlyTheFixtureEdges()
    {
        var graph = FixtureGraph.Value;

        Assert.Equal(["AttrUser", "High", "LocalUser", "Low"], graph.Namespaces.Select(ns => ns[(Fixture.Length + 1)..]).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["AttrUser -> High", "LocalUser -> High", "Low -> High"],
            graph.Edges.Keys.Select(edge => $"{edge.From[(Fixture.Length + 1)..]} -> {edge.To[(Fixture.Length + 1)..]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cycles_OnHandMadeGraph_FindsEachComponentOfMoreThanOneNode()
    {
        var cycles = NamespaceGraph.Cycles([("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E"), ("E", "D"), ("E", "F")]);

        Assert.Equal([["A", "B", "C"], ["D", "E"]], cycles);
    }

    private static string Examples(IReadOnlyList<Dependency> examples) => string.Join("; ", examples);

    private static void Fail(List<string> problems, string what)
    {
        if (problems.Count > 0)
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"{what} ({problems.Count}):{Environment.NewLine}") + string.Join(Environment.NewLine, problems));
        }
    }
}
