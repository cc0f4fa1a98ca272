using Statistico.Contracts.Trading;
using Statistico.Trader.Markets;

namespace Statistico.Trader.Trading;

/// <summary>What a settled trade made: outcome, profit before commission, commission and net profit.</summary>
/// <param name="Outcome">Won, lost or void, from the trade's side.</param>
/// <param name="Gross">Profit before commission (negative when lost).</param>
/// <param name="Commission">Commission on a positive gross.</param>
/// <param name="Net">Gross less commission.</param>
public sealed record Settlement(TradeOutcome Outcome, decimal Gross, decimal Commission, decimal Net)
{
    /// <summary>
    /// Settles <paramref name="size"/> matched at <paramref name="averagePrice"/> as the exchange does (the Simulator's
    /// rule, like Betfair's): winnings size × (price − 1) rounded to the penny, commission on a positive gross
    /// rounded to the penny (half to even), nothing charged on a loss.
    /// </summary>
    public static Settlement Of(Side side, decimal size, decimal averagePrice, SelectionResult result, double commissionRate)
    {
        if (result == SelectionResult.Void || size == 0)
        {
            return new Settlement(TradeOutcome.Void, 0, 0, 0);
        }

        var winnings = Math.Round(size * (averagePrice - 1), 2);
        var gross = (side, result) switch
        {
            (Side.Back, SelectionResult.Won) => winnings,
            (Side.Back, _) => -size,
            (Side.Lay, SelectionResult.Won) => -winnings,
            _ => size,
        };
        var commission = gross > 0 ? Math.Round(gross * (decimal)commissionRate, 2) : 0m;
        return new Settlement(gross >= 0 ? TradeOutcome.Won : TradeOutcome.Lost, gross, commission, gross - commission);
    }
}
