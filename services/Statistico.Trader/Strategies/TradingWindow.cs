namespace Statistico.Trader.Strategies;

/// <summary>When before kick-off a strategy may trade: from <paramref name="OpensHoursBefore"/> to <paramref name="ClosesMinutesBefore"/>.</summary>
/// <param name="OpensHoursBefore">Hours before kick-off the window opens.</param>
/// <param name="ClosesMinutesBefore">Minutes before kick-off the window closes.</param>
public sealed record TradingWindow(double OpensHoursBefore, double ClosesMinutesBefore)
{
    /// <summary>Whether a price seen at <paramref name="at"/> for a fixture kicking off at <paramref name="kickOff"/> is inside the window.</summary>
    public bool Contains(DateTimeOffset kickOff, DateTimeOffset at) =>
        at >= kickOff.AddHours(-OpensHoursBefore) && at <= kickOff.AddMinutes(-ClosesMinutesBefore);
}
