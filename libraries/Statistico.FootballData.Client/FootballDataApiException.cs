using System.Net;

namespace Statistico.FootballData.Client;

/// <summary>The Football Data service refused a request; <see cref="Exception.Message"/> carries its ProblemDetails text.</summary>
public sealed class FootballDataApiException : Exception
{
    public FootballDataApiException()
    {
    }

    public FootballDataApiException(string message)
        : base(message)
    {
    }

    public FootballDataApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FootballDataApiException(HttpStatusCode statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public HttpStatusCode? StatusCode { get; }
}
