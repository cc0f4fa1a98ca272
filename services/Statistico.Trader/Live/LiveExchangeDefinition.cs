using MassTransit;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Live;

/// <summary>The live exchange listens where LIVE trades send their orders (<see cref="OrderEndpoints.Live"/>), exactly that queue.</summary>
internal sealed class LiveExchangeDefinition : ConsumerDefinition<LiveExchange>
{
    public LiveExchangeDefinition() => EndpointName = OrderEndpoints.Live;

    // Orders arrive only by Send to this queue: with the message types' exchanges left unbound, a PlaceOrder published
    // by anyone can never reach an exchange (and never both the paper and the live one).
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<LiveExchange> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.ConfigureConsumeTopology = false;
}
