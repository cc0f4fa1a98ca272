namespace Statistico.Betfair;

/// <summary>Login, keep-alive or the session itself failed (bad credentials, bad app key, expired session).</summary>
public sealed class BetfairSessionException : BetfairApiException
{
    public BetfairSessionException()
    {
    }

    public BetfairSessionException(string message)
        : base(message)
    {
    }

    public BetfairSessionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BetfairSessionException(string method, Api.JsonRpcError error)
        : base(method, error)
    {
    }

    public BetfairSessionException(string? status, string? error)
        : base($"Betfair login failed: {status} {error}") => LoginError = error;

    /// <summary>The identity endpoint's error, e.g. INVALID_USERNAME_OR_PASSWORD.</summary>
    public string? LoginError { get; }
}
