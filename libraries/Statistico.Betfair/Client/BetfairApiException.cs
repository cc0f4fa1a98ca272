using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>The exchange refused an operation (JSON-RPC error); <see cref="BetfairException.ErrorCode"/> is the APINGException code.</summary>
public class BetfairApiException : BetfairException
{
    public BetfairApiException()
    {
    }

    public BetfairApiException(string message)
        : base(message)
    {
    }

    public BetfairApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BetfairApiException(string method, JsonRpcError error)
        : base(
            error?.Data?.Exception?.ErrorCode ?? CodeName(error?.Code ?? 0),
            $"{method} failed: {error?.Data?.Exception?.ErrorCode ?? error?.Message} ({error?.Data?.Exception?.ErrorDetails ?? error?.Message})")
    {
        JsonRpcCode = error?.Code ?? 0;
        Details = error?.Data?.Exception?.ErrorDetails;
    }

    /// <summary>The JSON-RPC error code (-32099 for operation errors).</summary>
    public int JsonRpcCode { get; }

    public string? Details { get; }

    private static string CodeName(int code) => code switch
    {
        -32700 => "INVALID_JSON",
        -32601 => "METHOD_NOT_FOUND",
        -32602 => "INVALID_PARAMETERS",
        _ => "JSON_RPC_ERROR",
    };
}
