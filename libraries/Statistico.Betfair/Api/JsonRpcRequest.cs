namespace Statistico.Betfair.Api;

/// <summary>The JSON-RPC 2.0 request envelope, e.g. method "SportsAPING/v1.0/listMarketBook".</summary>
public sealed record JsonRpcRequest<TParams>(string Method, TParams Params, int Id = 1)
{
    public string Jsonrpc { get; init; } = "2.0";
}
