namespace Statistico.Betfair.Streaming;

/// <summary>The stream answered a request with a FAILURE status (and closed the connection).</summary>
public sealed class StreamStatusException : Exception
{
    public StreamStatusException()
    {
    }

    public StreamStatusException(string message)
        : base(message)
    {
    }

    public StreamStatusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StreamStatusException(string errorCode, string? errorMessage)
        : base($"{errorCode}: {errorMessage}") => ErrorCode = errorCode;

    public string? ErrorCode { get; }
}
