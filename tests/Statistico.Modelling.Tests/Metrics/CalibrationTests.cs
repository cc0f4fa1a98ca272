using Statistico.Modelling.Metrics;

namespace Statistico.Modelling.Tests.Metrics;

[Trait("Category", "Unit")]
public sealed class CalibrationTests
{
    [Fact]
    public void Bins_count_forecasts_and_observed_frequency()
    {
        (double, bool)[] forecasts = [(0.05, false), (0.15, true), (0.12, false), (0.95, true), (1.0, true)];

        var bins = Calibration.Bins(forecasts, 10);

        Assert.Equal(10, bins.Count);
        Assert.Equal(1, bins[0].Count);
        Assert.Equal(2, bins[1].Count);
        Assert.Equal(0.135, bins[1].MeanForecast, 12);
        Assert.Equal(0.5, bins[1].ObservedFrequency, 12);
        Assert.Equal(2, bins[9].Count);
        Assert.True(double.IsNaN(bins[5].MeanForecast));
        // (1·0.05 + 2·0.365 + 2·0.025) / 5
        Assert.Equal(0.166, Calibration.ExpectedCalibrationError(bins), 12);
    }

    [Fact]
    public void Closing_line_value_is_ev_against_the_fair_close()
    {
        Assert.Equal(0.05, ClosingLineValue.Of(2.1, 0.5), 12);
        // Close 1.9/1.9 is 50/50 after margin removal; taking 2.0 is worth +0.0.
        Assert.Equal(0, ClosingLineValue.Of(2.0, [1.9, 1.9], 0), 12);
    }
}
