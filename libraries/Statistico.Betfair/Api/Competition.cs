namespace Statistico.Betfair.Api;

/// <summary>A competition (league).</summary>
public sealed record Competition(string Id, string Name);
