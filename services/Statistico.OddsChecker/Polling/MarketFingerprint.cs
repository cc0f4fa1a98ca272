using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Statistico.Contracts.Odds;

namespace Statistico.OddsChecker.Polling;

/// <summary>
/// What makes a market "changed" (ADRs 0501, 0504): its in-play flag, its state when not open, and each runner's best three back and lay prices and
/// sizes and last traded price. Observation time and total matched are left out: they move without the prices moving.
/// </summary>
internal static class MarketFingerprint
{
    public static string Of(ObservedMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var text = new StringBuilder();
        text.Append(market.InPlay ? "P" : "-");
        // Open markets (null status) keep the fingerprint they had before states were published.
        if (market.Status is { } status)
        {
            text.Append('#').Append(status);
        }

        foreach (var runner in market.Runners.OrderBy(r => r.RunnerId).ThenBy(r => r.Selection, StringComparer.Ordinal))
        {
            text.Append('|').Append(runner.Selection).Append(':').Append(runner.LastTradedPrice?.ToString(CultureInfo.InvariantCulture));
            Append(text.Append('b'), runner.Back);
            Append(text.Append('l'), runner.Lay);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, IReadOnlyList<PriceSize> offers)
    {
        foreach (var offer in offers)
        {
            // Normalised so 2.50 and 2.5 are the same price.
            text.Append(offer.Price.ToString("0.####", CultureInfo.InvariantCulture)).Append('@').Append(offer.Size.ToString("0.####", CultureInfo.InvariantCulture)).Append(',');
        }
    }
}
