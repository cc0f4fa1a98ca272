namespace Statistico.ServiceDefaults.Summary;

/// <summary>One stage of a service's work: how many, and the latest time it moved.</summary>
/// <param name="Name">What is counted, in the service's words (e.g. <c>results</c>, <c>trades Settled</c>).</param>
/// <param name="Count">How many rows there are now.</param>
/// <param name="Latest">The newest time the line's rows carry (kick-off, compile, receipt, ...); null when there are none.</param>
/// <param name="Amount">A money figure the line sums (the Trader's net profit); null for plain counts.</param>
public sealed record SummaryLine(string Name, long Count, DateTimeOffset? Latest, decimal? Amount = null);
