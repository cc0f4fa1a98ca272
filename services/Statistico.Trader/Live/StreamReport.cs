namespace Statistico.Trader.Live;

/// <summary>
/// What one batch of order-stream changes came to: how many events were stored, and the references to look at again
/// (their trade has not caught up yet), each with a description of the events stored for it.
/// </summary>
internal sealed record StreamReport(int Stored, IReadOnlyDictionary<string, string> Again);
