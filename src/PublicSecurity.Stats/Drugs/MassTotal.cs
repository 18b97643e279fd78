namespace PublicSecurity.Stats.Drugs;

/// <summary>
/// A "kg of drugs of all kinds" total (X kg ma túy các loại): the sum of the quantities stated in mass units, with the
/// quantities it had to leave out.
/// </summary>
/// <remarks>
/// Tablets, blocks and plants have no stated mass, so they are never converted: they are listed in
/// <see cref="LeftOut"/> instead of being silently dropped or guessed. A published "nearly 20 kg" may or may not
/// include them; the total says what it contains. Instances are immutable and thread-safe.
/// </remarks>
public sealed class MassTotal
{
    private MassTotal(decimal kilograms, IReadOnlyList<DrugQuantity> leftOut, int leftOutCount)
    {
        (Kilograms, LeftOut, LeftOutCount) = (kilograms, leftOut, leftOutCount);
    }

    /// <summary>Gets the total mass in kilograms of the quantities stated in grams or kilograms.</summary>
    public decimal Kilograms { get; }

    /// <summary>Gets the quantities left out of the total (tablets, blocks, plants), summed per kind and unit.</summary>
    public IReadOnlyList<DrugQuantity> LeftOut { get; }

    /// <summary>Gets how many of the quantities given were left out of the total (before summing them per kind and unit).</summary>
    public int LeftOutCount { get; }

    /// <summary>Sums the mass of quantities of all kinds.</summary>
    /// <param name="quantities">The quantities.</param>
    /// <returns>The total and what it left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> is null.</exception>
    public static MassTotal Sum(IEnumerable<DrugQuantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        var kilograms = 0m;
        var leftOut = new List<DrugQuantity>();
        foreach (var q in quantities)
        {
            if (q.Kilograms is decimal kg)
            {
                kilograms += kg;
            }
            else
            {
                leftOut.Add(q);
            }
        }

        return new MassTotal(kilograms, DrugQuantity.SumByKindAndUnit(leftOut), leftOut.Count);
    }

    /// <summary>Gets the total in English, for example "19.75 kg (2 quantities in other units left out)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        LeftOutCount == 0
            ? $"{Preconditions.Number(Kilograms)} kg"
            : $"{Preconditions.Number(Kilograms)} kg ({Preconditions.Number(LeftOutCount)} {(LeftOutCount == 1 ? "quantity" : "quantities")} in other units left out)";
}
