using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>A MarketOddsObserved as a consumer got it, with how it travelled.</summary>
public sealed record ReceivedOdds(MarketOddsObserved Message, string? ContentType, Guid? MessageId);
