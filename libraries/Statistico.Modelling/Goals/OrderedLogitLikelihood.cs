namespace Statistico.Modelling.Goals;

/// <summary>
/// Weighted negative log-likelihood of an <see cref="OrderedLogit"/> and its analytic gradient,
/// divided by the total weight. Parameters: [θ₁, δ, β]. Outcomes: 0 home, 1 draw, 2 away.
/// </summary>
internal sealed class OrderedLogitLikelihood(double[] covariates, int[] outcomes, double[] weights)
{
    private readonly double _totalWeight = weights.Sum();

    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double theta1 = p[0], gap = Math.Exp(p[1]), slope = p[2];
        double value = 0, gTheta = 0, gGap = 0, gSlope = 0;
        for (var i = 0; i < covariates.Length; i++)
        {
            var a1 = theta1 - (slope * covariates[i]);
            var a2 = a1 + gap;
            var s1 = OrderedLogit.Sigmoid(a1);
            var s2 = OrderedLogit.Sigmoid(a2);
            double ll, d1, d2;
            switch (outcomes[i])
            {
                case 2:
                    ll = Math.Log(s1);
                    d1 = 1 - s1;
                    d2 = 0;
                    break;
                case 1:
                    var mass = Math.Max(s2 - s1, 1e-300);
                    ll = Math.Log(mass);
                    d1 = -s1 * (1 - s1) / mass;
                    d2 = s2 * (1 - s2) / mass;
                    break;
                default:
                    ll = Math.Log(1 - s2);
                    d1 = 0;
                    d2 = -s2;
                    break;
            }

            var w = weights[i];
            value -= w * ll;
            gTheta -= w * (d1 + d2);
            gGap -= w * d2 * gap;
            gSlope += w * (d1 + d2) * covariates[i];
        }

        gradient[0] = gTheta / _totalWeight;
        gradient[1] = gGap / _totalWeight;
        gradient[2] = gSlope / _totalWeight;
        return value / _totalWeight;
    }
}
