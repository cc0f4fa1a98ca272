using Statistico.Betfair.Api;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>What an accepted order asked for: none of it may change while the exchange works on the order.</summary>
internal sealed record OrderFacts(string MarketId, long SelectionId, Side Side, decimal Price, decimal Size);
