namespace PublicSecurity.Stats;

/// <summary>What kind of quantity a stated figure is: the kinds the seed report publishes.</summary>
public enum FigureKind
{
    /// <summary>A share in percent ("trên 90%", "đạt 100%").</summary>
    Share,

    /// <summary>A count of things ("472 vụ", "hơn 1.000 lớp", "1,4 triệu tài khoản").</summary>
    Count,

    /// <summary>A mass ("gần 20 kg").</summary>
    Mass,

    /// <summary>A change against a comparison period ("giảm", "giảm 27 vụ", "tăng 5%").</summary>
    Change,

    /// <summary>A place in a ranking ("thứ 2", "đứng thứ hai toàn quốc", "2nd").</summary>
    Rank,
}

/// <summary>The direction of a stated change.</summary>
public enum ChangeDirection
{
    /// <summary>A decrease ("giảm", "down", "decreased").</summary>
    Decrease,

    /// <summary>An increase ("tăng", "up", "increased").</summary>
    Increase,
}
