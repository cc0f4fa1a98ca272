namespace Statistico.Modelling.Goals;

/// <summary>
/// An objective that writes its gradient and its Hessian (row-major, size² entries, both triangles) and returns
/// its value.
/// </summary>
internal delegate double HessianObjective(ReadOnlySpan<double> parameters, Span<double> gradient, Span<double> hessian);
