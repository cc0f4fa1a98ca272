using MassTransit;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Paper;

/// <summary>The paper exchange listens where paper trades send their orders (<see cref="OrderEndpoints.Paper"/>).</summary>
internal sealed class PaperExchangeDefinition : ConsumerDefinition<PaperExchange>
{
    public PaperExchangeDefinition() => EndpointName = OrderEndpoints.Paper;

    // Orders arrive only by Send to this queue: with the message types' exchanges left unbound, a PlaceOrder published
    // by anyone can never reach an exchange (and never both the paper and the live one).
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<PaperExchange> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.ConfigureConsumeTopology = false;
}
