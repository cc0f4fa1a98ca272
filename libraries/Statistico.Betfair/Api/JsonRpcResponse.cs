namespace Statistico.Betfair.Api;

/// <summary>The JSON-RPC 2.0 response envelope: a result or an error.</summary>
public sealed record JsonRpcResponse<TResult>
{
    public string Jsonrpc { get; init; } = "2.0";

    public TResult? Result { get; init; }

    public JsonRpcError? Error { get; init; }

    public int? Id { get; init; }
}
