namespace Statistico.Modelling.Metrics;

/// <summary>One reliability bin: forecasts in [Lower, Upper) and how often the event happened.</summary>
/// <param name="Lower">Inclusive lower edge.</param>
/// <param name="Upper">Exclusive upper edge (the last bin includes 1).</param>
/// <param name="Count">Forecasts in the bin.</param>
/// <param name="MeanForecast">Mean forecast probability in the bin (NaN when empty).</param>
/// <param name="ObservedFrequency">Share of those forecasts whose event happened (NaN when empty).</param>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanForecast, double ObservedFrequency);
