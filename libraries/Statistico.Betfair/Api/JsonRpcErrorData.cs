using System.Text.Json.Serialization;

namespace Statistico.Betfair.Api;

/// <summary>The API-NG exception of a -32099 error (betting: APINGException, accounts: AccountAPINGException).</summary>
public sealed record JsonRpcErrorData
{
    [JsonPropertyName("exceptionname")]
    public string? ExceptionName { get; init; }

    [JsonPropertyName("APINGException")]
    public ApingExceptionDetail? ApingException { get; init; }

    [JsonPropertyName("AccountAPINGException")]
    public ApingExceptionDetail? AccountApingException { get; init; }

    /// <summary>Whichever of the two exception objects is present.</summary>
    [JsonIgnore]
    public ApingExceptionDetail? Exception => ApingException ?? AccountApingException;
}
