using MassTransit;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Live;

/// <summary>The live exchange listens where LIVE trades send their orders (<see cref="OrderEndpoints.Live"/>), exactly that queue.</summary>
internal sealed class LiveExchangeDefinition : ConsumerDefinition<LiveExchange>
{
    public LiveExchangeDefinition() => EndpointName = OrderEndpoints.Live;
}
