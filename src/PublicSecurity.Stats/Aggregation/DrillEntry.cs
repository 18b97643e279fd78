using PublicSecurity.Stats.FireRescue;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>The counts of one key of a <see cref="DrillTally"/>, one per kind.</summary>
internal readonly record struct DrillEntry(DrillCounts FirefightingPlanDrill, DrillCounts RescuePlanDrill, DrillCounts TrainingClass) : ITallyEntry<DrillEntry>
{
    static DrillEntry ITallyEntry<DrillEntry>.Sum(DrillEntry left, DrillEntry right) => left.Add(right);

    public DrillCounts Of(DrillKind kind) => kind switch
    {
        DrillKind.FirefightingPlanDrill => FirefightingPlanDrill,
        DrillKind.RescuePlanDrill => RescuePlanDrill,
        _ => TrainingClass,
    };

    public DrillEntry Add(DrillEntry other) => new(
        FirefightingPlanDrill.Add(other.FirefightingPlanDrill),
        RescuePlanDrill.Add(other.RescuePlanDrill),
        TrainingClass.Add(other.TrainingClass));
}
