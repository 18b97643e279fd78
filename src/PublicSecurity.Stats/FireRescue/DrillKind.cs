
namespace PublicSecurity.Stats.FireRescue;

/// <summary>The kind of fire-prevention and rescue activity counted in police reports.</summary>
/// <remarks><c>default</c> is <see cref="FirefightingPlanDrill"/>.</remarks>
public enum DrillKind
{
    /// <summary>A firefighting plan drill (thực tập phương án chữa cháy).</summary>
    FirefightingPlanDrill = 0,

    /// <summary>A rescue plan drill (thực tập phương án cứu nạn, cứu hộ).</summary>
    RescuePlanDrill = 1,

    /// <summary>A training or instruction class on fire prevention and rescue (lớp tuyên truyền, huấn luyện nghiệp vụ).</summary>
    TrainingClass = 2,
}
