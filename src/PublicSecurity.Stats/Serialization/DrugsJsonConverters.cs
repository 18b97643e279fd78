using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Drugs;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of a <see cref="DrugQuantity"/>.</summary>
internal sealed class DrugQuantityWire
{
    public DrugKind? Kind { get; set; }

    public decimal? Amount { get; set; }

    public DrugUnit? Unit { get; set; }
}

/// <summary>Reads a <see cref="DrugQuantity"/> through <see cref="DrugQuantity.Create"/>.</summary>
internal sealed class DrugQuantityJsonConverter : ValidatingStructConverter<DrugQuantity, DrugQuantityWire>
{
    protected override JsonTypeInfo<DrugQuantityWire> WireTypeInfo => WireJsonContext.Default.DrugQuantityWire;

    protected override DrugQuantity FromWire(DrugQuantityWire wire, WireMembers members)
    {
        var kind = members.Required(wire.Kind, "kind");
        var amount = members.Required(wire.Amount, "amount");
        var unit = members.Required(wire.Unit, "unit");
        members.ThrowIfMissing();
        return DrugQuantity.Create(kind, amount, unit);
    }

    protected override DrugQuantityWire ToWire(DrugQuantity value) => new() { Kind = value.Kind, Amount = value.Amount, Unit = value.Unit };
}

/// <summary>The wire form of a <see cref="DrugSeizure"/>.</summary>
internal sealed class DrugSeizureWire
{
    public Province? Province { get; set; }

    public DateOnly? SeizedOn { get; set; }

    public long? Suspects { get; set; }

    public List<DrugQuantity>? Substances { get; set; }

    public long? Guns { get; set; }

    public long? Rounds { get; set; }
}

/// <summary>Reads a <see cref="DrugSeizure"/> through <see cref="DrugSeizure.Create"/>.</summary>
internal sealed class DrugSeizureJsonConverter : ValidatingConverter<DrugSeizure, DrugSeizureWire>
{
    protected override JsonTypeInfo<DrugSeizureWire> WireTypeInfo => WireJsonContext.Default.DrugSeizureWire;

    protected override DrugSeizure FromWire(DrugSeizureWire wire, WireMembers members)
    {
        var province = members.RequiredRef(wire.Province, "province");
        var seizedOn = members.Required(wire.SeizedOn, "seizedOn");
        var suspects = members.Required(wire.Suspects, "suspects");
        var substances = members.RequiredRef(wire.Substances, "substances");
        var guns = members.Required(wire.Guns, "guns");
        var rounds = members.Required(wire.Rounds, "rounds");
        members.ThrowIfMissing();
        return DrugSeizure.Create(province, seizedOn, suspects, substances, guns, rounds);
    }

    protected override DrugSeizureWire ToWire(DrugSeizure value) => new()
    {
        Province = value.Province,
        SeizedOn = value.SeizedOn,
        Suspects = value.Suspects,
        Substances = [.. value.Substances],
        Guns = value.Guns,
        Rounds = value.Rounds,
    };
}
