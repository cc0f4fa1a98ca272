using System.Globalization;

namespace Statistico.Betfair;

/// <summary>
/// Betfair references derived from a trade id, the same on every run: the trade id as 22 base64url characters
/// (letters, digits, '-', '_'), then ':' and the attempt for the customerRef, '.' and the leg for a customerOrderRef.
/// At most 31 characters, all in Betfair's customerRef alphabet. The customerOrderRef does not change between
/// attempts, so one look-up finds the trade's order whichever attempt placed it. ADR 0205.
/// </summary>
public static class TradeReferences
{
    public const int MaxAttempt = 99_999_999;

    public const int MaxLeg = 199;

    /// <summary>The customerRef of attempt <paramref name="attempt"/> (1-based) to place the trade.</summary>
    public static string CustomerRef(Guid tradeId, int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(attempt, MaxAttempt);
        return string.Create(CultureInfo.InvariantCulture, $"{Compact(tradeId)}:{attempt}");
    }

    /// <summary>The customerOrderRef of the trade's order <paramref name="leg"/> (0-based; one instruction per leg).</summary>
    public static string CustomerOrderRef(Guid tradeId, int leg = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leg);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(leg, MaxLeg);
        return string.Create(CultureInfo.InvariantCulture, $"{Compact(tradeId)}.{leg}");
    }

    private static string Compact(Guid id) =>
        Convert.ToBase64String(id.ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
