using MassTransit;

namespace Statistico.Trader.Trading;

/// <summary>
/// The trade saga's endpoint. Retry, scheduled redelivery, inbox and outbox come from Statistico.Messaging for every
/// endpoint: state, inbox claim and outgoing messages commit in one transaction, so a retried message starts clean.
/// </summary>
public sealed class TradeStateDefinition : SagaDefinition<TradeState>
{
    public TradeStateDefinition() => EndpointName = "trader-trades";
}
