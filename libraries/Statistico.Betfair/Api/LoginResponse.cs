namespace Statistico.Betfair.Api;

/// <summary>The identity endpoint's answer to login, keepAlive and logout; any status but SUCCESS is a failure.</summary>
public sealed record LoginResponse(string? Token, string? Product, string? Status, string? Error);
