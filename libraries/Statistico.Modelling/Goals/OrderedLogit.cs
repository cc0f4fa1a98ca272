namespace Statistico.Modelling.Goals;

/// <summary>
/// Ordered logit of AWAY &lt; DRAW &lt; HOME on one covariate x (an expected goal difference):
/// P(AWAY) = σ(θ₁ − βx), P(AWAY or DRAW) = σ(θ₂ − βx), with θ₂ = θ₁ + e^δ so the cut points stay ordered.
/// </summary>
public sealed record OrderedLogit(double FirstCut, double LogCutGap, double Slope)
{
    /// <summary>The upper cut point θ₂.</summary>
    public double SecondCut => FirstCut + Math.Exp(LogCutGap);

    /// <summary>HOME, DRAW, AWAY probabilities at covariate <paramref name="x"/>.</summary>
    public double[] Predict(double x)
    {
        var away = Sigmoid(FirstCut - (Slope * x));
        var awayOrDraw = Sigmoid(SecondCut - (Slope * x));
        return [1 - awayOrDraw, awayOrDraw - away, away];
    }

    internal static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
