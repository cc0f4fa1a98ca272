namespace Statistico.Modelling.Goals;

/// <summary>
/// Weighted negative log-likelihood of an <see cref="OrderedLogit"/> and its analytic gradient (and Hessian, for
/// Newton's method), divided by the total weight. Parameters: [θ₁, δ, β]. Outcomes: 0 home, 1 draw, 2 away.
/// </summary>
internal sealed class OrderedLogitLikelihood
{
    private readonly ReadOnlyMemory<double> _covariates;
    private readonly ReadOnlyMemory<int> _outcomes;
    private readonly ReadOnlyMemory<double> _weights;
    private readonly double _totalWeight;

    public OrderedLogitLikelihood(double[] covariates, int[] outcomes, double[] weights)
    {
        _covariates = covariates;
        _outcomes = outcomes;
        _weights = weights;
        _totalWeight = weights.Sum();
    }

    /// <summary>
    /// Every match with weight one, on slices of longer arrays (the pi-ratings' shared observation log, so nothing is
    /// copied): the same sums, bit for bit, as weights of 1.0, whose products are exact.
    /// </summary>
    public OrderedLogitLikelihood(ReadOnlyMemory<double> covariates, ReadOnlyMemory<int> outcomes)
    {
        _covariates = covariates;
        _outcomes = outcomes;
        _weights = ReadOnlyMemory<double>.Empty;
        _totalWeight = covariates.Length;
    }

    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double theta1 = p[0], gap = Math.Exp(p[1]), slope = p[2];
        double value = 0, gTheta = 0, gGap = 0, gSlope = 0;
        var covariates = _covariates.Span;
        var outcomes = _outcomes.Span;
        var weights = _weights.Span;
        var unit = weights.IsEmpty;
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

            var w = unit ? 1.0 : weights[i];
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

    /// <summary>
    /// The value, gradient and Hessian (row-major 3×3, both triangles). Each match's log likelihood depends on the
    /// parameters through a₁ = θ₁ − βx and a₂ = a₁ + e^δ only, so its Hessian is Jᵀ·L·J (L the 2×2 second derivatives
    /// in a₁, a₂; J the rows (1, 0, −x) and (1, e^δ, −x)) plus ∂ℓ/∂a₂·e^δ on the δδ entry.
    /// </summary>
    public double EvaluateWithHessian(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian) =>
        GradientAndHessian(p, gradient, hessian, withValue: true);

    /// <summary>
    /// The gradient and Hessian alone, without the value's three logarithms a match: what a Newton step needs once
    /// it is close enough to the optimum to take full steps without a line search (OrderedLogitFitter).
    /// </summary>
    public void GradientAndHessian(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian) =>
        GradientAndHessian(p, gradient, hessian, withValue: false);

    private double GradientAndHessian(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian, bool withValue)
    {
        double theta1 = p[0], gap = Math.Exp(p[1]), slope = p[2];
        // σ(a₁ + g) from σ(a₁)'s exponential: e^−(a₁+g) = e^−a₁·e^−g, one exponential a match instead of two.
        var gapFactor = Math.Exp(-gap);
        double value = 0, gTheta = 0, gGap = 0, gSlope = 0;
        // Sums of w·L₁₁, w·L₁₂, w·L₂₂ (and their x and x² moments) and of w·∂ℓ/∂a₂, from which the Hessian is assembled.
        double h11 = 0, h12 = 0, h22 = 0, h11x = 0, h12x = 0, h22x = 0, h11xx = 0, h12xx = 0, h22xx = 0, d2Sum = 0;
        var covariates = _covariates.Span;
        var outcomes = _outcomes.Span;
        var weights = _weights.Span;
        var unit = weights.IsEmpty;
        for (var i = 0; i < covariates.Length; i++)
        {
            var x = covariates[i];
            var e1 = Math.Exp(-(theta1 - (slope * x)));
            var s1 = 1 / (1 + e1);
            var s2 = 1 / (1 + (e1 * gapFactor));
            double ll = 0, d1, d2, l11, l12, l22;
            switch (outcomes[i])
            {
                case 2:
                    if (withValue)
                    {
                        ll = Math.Log(s1);
                    }

                    d1 = 1 - s1;
                    d2 = 0;
                    l11 = -s1 * (1 - s1);
                    l12 = 0;
                    l22 = 0;
                    break;
                case 1:
                    var mass = Math.Max(s2 - s1, 1e-300);
                    var q1 = s1 * (1 - s1);
                    var q2 = s2 * (1 - s2);
                    if (withValue)
                    {
                        ll = Math.Log(mass);
                    }

                    d1 = -q1 / mass;
                    d2 = q2 / mass;
                    l11 = (-q1 * (1 - (2 * s1)) / mass) - (d1 * d1);
                    l12 = -d1 * d2;
                    l22 = (q2 * (1 - (2 * s2)) / mass) - (d2 * d2);
                    break;
                default:
                    if (withValue)
                    {
                        ll = Math.Log(1 - s2);
                    }

                    d1 = 0;
                    d2 = -s2;
                    l11 = 0;
                    l12 = 0;
                    l22 = -s2 * (1 - s2);
                    break;
            }

            var w = unit ? 1.0 : weights[i];
            value -= w * ll;
            gTheta -= w * (d1 + d2);
            gGap -= w * d2 * gap;
            gSlope += w * (d1 + d2) * x;
            var wx = w * x;
            var wxx = wx * x;
            h11 += w * l11;
            h12 += w * l12;
            h22 += w * l22;
            h11x += wx * l11;
            h12x += wx * l12;
            h22x += wx * l22;
            h11xx += wxx * l11;
            h12xx += wxx * l12;
            h22xx += wxx * l22;
            d2Sum += w * d2;
        }

        gradient[0] = gTheta / _totalWeight;
        gradient[1] = gGap / _totalWeight;
        gradient[2] = gSlope / _totalWeight;

        // ℓ's Hessian, negated and divided by the total weight. J₁ = (1, 0, −x), J₂ = (1, g, −x):
        // θθ: L₁₁ + 2L₁₂ + L₂₂; θδ: g(L₁₂ + L₂₂); θβ: −x(L₁₁ + 2L₁₂ + L₂₂); δδ: g²L₂₂ + g·∂ℓ/∂a₂;
        // δβ: −x·g(L₁₂ + L₂₂); ββ: x²(L₁₁ + 2L₁₂ + L₂₂).
        var scale = -1 / _totalWeight;
        hessian[0] = scale * (h11 + (2 * h12) + h22);
        hessian[1] = hessian[3] = scale * gap * (h12 + h22);
        hessian[2] = hessian[6] = -scale * (h11x + (2 * h12x) + h22x);
        hessian[4] = scale * ((gap * gap * h22) + (gap * d2Sum));
        hessian[5] = hessian[7] = -scale * gap * (h12x + h22x);
        hessian[8] = scale * (h11xx + (2 * h12xx) + h22xx);
        return value / _totalWeight;
    }
}
