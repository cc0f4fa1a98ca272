using System.Text.Json.Serialization;

namespace Statistico.Betfair.Api;

/// <summary>Betfair's operation error: a code such as INVALID_SESSION_INFORMATION and details.</summary>
public sealed record ApingExceptionDetail(string ErrorCode, string? ErrorDetails = null)
{
    [JsonPropertyName("requestUUID")]
    public string? RequestUuid { get; init; }
}
