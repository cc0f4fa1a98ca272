using Statistico.Betfair.Api;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>The call-level checks replaceOrders and updateOrders share with placeOrders: a known market that is open.</summary>
internal static class MarketGate
{
    /// <summary>The market, or the execution error code that refuses the call.</summary>
    public static (SimMarket? Market, string? ErrorCode) Open(WorldDefinition world, string marketId, DateTimeOffset now, ExchangeOptions options)
    {
        if (MarketCatalog.Find(world, marketId) is not { } market)
        {
            return (null, ExecutionErrorCodes.InvalidMarketId);
        }

        return MarketCatalog.Status(market.Fixture, now, options) switch
        {
            MarketStatus.Open => (market, null),
            MarketStatus.Suspended => (null, ExecutionErrorCodes.MarketSuspended),
            _ => (null, ExecutionErrorCodes.MarketNotOpenForBetting),
        };
    }

    /// <summary>Malformed calls are INVALID_INPUT_DATA, as for placeOrders' customerRef; a call without a market id is -32602 DSC-0018.</summary>
    public static void CheckCall(string? marketId, int instructions, int maxInstructions, string? customerRef)
    {
        if (marketId is null)
        {
            throw new MandatoryParameterMissingException(nameof(marketId));
        }

        if (!MarketCatalog.IsWellFormed(marketId))
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "marketId must be a market id");
        }

        if (instructions > maxInstructions)
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, $"at most {maxInstructions} instructions per call");
        }

        BetfairReferences.CheckCustomerRef(customerRef);
    }
}
