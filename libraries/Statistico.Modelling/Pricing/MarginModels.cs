namespace Statistico.Modelling.Pricing;

/// <summary>The margin model for each <see cref="MarginMethod"/>.</summary>
public static class MarginModels
{
    /// <summary>The (stateless, shared) model implementing <paramref name="method"/>.</summary>
    public static IMarginModel For(MarginMethod method) => method switch
    {
        MarginMethod.Multiplicative => Multiplicative,
        MarginMethod.Additive => Additive,
        MarginMethod.Power => Power,
        MarginMethod.Shin => Shin,
        MarginMethod.OddsRatio => OddsRatio,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private static readonly IMarginModel Multiplicative = new MultiplicativeMargin();
    private static readonly IMarginModel Additive = new AdditiveMargin();
    private static readonly IMarginModel Power = new PowerMargin();
    private static readonly IMarginModel Shin = new ShinMargin();
    private static readonly IMarginModel OddsRatio = new OddsRatioMargin();
}
