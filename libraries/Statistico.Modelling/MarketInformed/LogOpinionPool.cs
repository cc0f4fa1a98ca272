namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// A fitted combination of probability forecasts in log-odds space (a weighted logarithmic opinion pool with
/// per-outcome intercepts, i.e. a conditional logit): u_k = α_k + Σ_s β_s·log p_{s,k}, p_k = softmax(u)_k, with
/// α_0 = 0. A weight of one on a single source and zeros elsewhere reproduces that source exactly.
/// </summary>
/// <param name="Classes">Number of outcomes (3 for 1X2, 2 for over/under).</param>
/// <param name="Parameters">α_1…α_{K−1}, then β_0…β_{S−1}.</param>
public sealed record LogOpinionPool(int Classes, IReadOnlyList<double> Parameters)
{
    /// <summary>Smallest probability taken from a source, so a zero cannot send a logarithm to −∞.</summary>
    internal const double Floor = 1e-6;

    /// <summary>Number of sources combined.</summary>
    public int Sources => Parameters.Count - (Classes - 1);

    /// <summary>β_s, the weight of each source.</summary>
    public IReadOnlyList<double> Weights => [.. Parameters.Skip(Classes - 1)];

    /// <summary>The prior pool: all the weight on <paramref name="lead"/>, no intercepts.</summary>
    public static LogOpinionPool TrustOnly(int classes, int sources, int lead)
    {
        var parameters = new double[classes - 1 + sources];
        parameters[classes - 1 + lead] = 1;
        return new LogOpinionPool(classes, parameters);
    }

    /// <summary>The combined forecast from each source's probabilities (one array of <see cref="Classes"/> per source).</summary>
    public double[] Combine(IReadOnlyList<double[]> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count != Sources)
        {
            throw new ArgumentException($"Expected {Sources} sources, got {sources.Count}.", nameof(sources));
        }

        var features = new double[Sources * Classes];
        for (var s = 0; s < Sources; s++)
        {
            for (var k = 0; k < Classes; k++)
            {
                features[(s * Classes) + k] = Math.Log(Math.Max(sources[s][k], Floor));
            }
        }

        var result = new double[Classes];
        Softmax(Parameters, Classes, features, result);
        return result;
    }

    /// <summary>Writes softmax(u) for one match's log-probability features into <paramref name="probabilities"/>.</summary>
    internal static void Softmax(IReadOnlyList<double> parameters, int classes, ReadOnlySpan<double> features, Span<double> probabilities)
    {
        Span<double> copy = stackalloc double[parameters.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = parameters[i];
        }

        Softmax(copy, classes, features, probabilities);
    }

    /// <summary>The same on a parameter span: the fitter's hot loop calls this once per match and evaluation.</summary>
    internal static void Softmax(ReadOnlySpan<double> parameters, int classes, ReadOnlySpan<double> features, Span<double> probabilities)
    {
        var sources = parameters.Length - (classes - 1);
        var max = double.NegativeInfinity;
        for (var k = 0; k < classes; k++)
        {
            var u = k == 0 ? 0 : parameters[k - 1];
            for (var s = 0; s < sources; s++)
            {
                u += parameters[classes - 1 + s] * features[(s * classes) + k];
            }

            probabilities[k] = u;
            max = Math.Max(max, u);
        }

        var total = 0.0;
        for (var k = 0; k < classes; k++)
        {
            probabilities[k] = Math.Exp(probabilities[k] - max);
            total += probabilities[k];
        }

        for (var k = 0; k < classes; k++)
        {
            probabilities[k] /= total;
        }
    }
}
