namespace Statistico.Betfair.Api;

/// <summary>A JSON-RPC error: -32099 carries the API-NG exception in <see cref="Data"/>.</summary>
public sealed record JsonRpcError(int Code, string? Message, JsonRpcErrorData? Data = null);
