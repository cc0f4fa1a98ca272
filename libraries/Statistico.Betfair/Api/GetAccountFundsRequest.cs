namespace Statistico.Betfair.Api;

/// <summary>Parameters of getAccountFunds.</summary>
public sealed record GetAccountFundsRequest(string? Wallet = null);
