namespace Statistico.Betfair.Api;

/// <summary>A sport; football is id "1" ("Soccer").</summary>
public sealed record EventType(string Id, string Name);
