namespace Statistico.Modelling.Goals;

/// <summary>An objective that writes its gradient into <paramref name="gradient"/> and returns its value.</summary>
internal delegate double GradientObjective(ReadOnlySpan<double> parameters, Span<double> gradient);
