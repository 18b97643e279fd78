
namespace PublicSecurity.Stats;

/// <summary>How a published figure relates its number to the true value: exactly, over, under, about or nearly.</summary>
/// <remarks>
/// Reports often round and qualify: "trên 90%" (over 90%), "hơn 1.000 lớp" (more than 1,000 classes),
/// "gần 20kg" (nearly 20 kg: close to and not above), "khoảng" (about: close to, on either side). Keeping the qualifier stops "over 90%" from becoming a false exact 90%.
/// <c>default</c> is <see cref="Exact"/>.
/// </remarks>
public enum FigureQualifier
{
    /// <summary>The value as stated, without a qualifier ("472 vụ").</summary>
    Exact,

    /// <summary>More than the value ("trên", "hơn", "over", "more than").</summary>
    Over,

    /// <summary>Less than the value ("dưới", "chưa đến", "under", "fewer than"); a value of 0 with this qualifier states a decrease of unstated size.</summary>
    Under,

    /// <summary>Close to the value, on either side ("khoảng", "xấp xỉ", "chừng", "about", "around", "approximately").</summary>
    About,

    /// <summary>Close to the value and not above it ("gần", "nearly", "almost"): "gần 20 kg" is a little under or exactly 20 kg.</summary>
    Nearly,
}
