using MassTransit;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Paper;

/// <summary>The paper exchange listens where paper trades send their orders (<see cref="OrderEndpoints.Paper"/>).</summary>
internal sealed class PaperExchangeDefinition : ConsumerDefinition<PaperExchange>
{
    public PaperExchangeDefinition() => EndpointName = OrderEndpoints.Paper;
}
