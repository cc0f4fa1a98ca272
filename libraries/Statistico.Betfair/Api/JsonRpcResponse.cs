using System.Text.Json;

namespace Statistico.Betfair.Api;

/// <summary>The JSON-RPC 2.0 response envelope: a result or an error.</summary>
public sealed record JsonRpcResponse<TResult>
{
    public string Jsonrpc { get; init; } = "2.0";

    public TResult? Result { get; init; }

    public JsonRpcError? Error { get; init; }

    /// <summary>The request's id as it was sent: JSON-RPC allows a number of any size, a string or null.</summary>
    public JsonElement? Id { get; init; }
}
