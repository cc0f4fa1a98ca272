namespace Statistico.Cli.KillSwitch;

/// <summary>
/// The Trader answered, but with an error: its ProblemDetails (title, detail and field errors) when the body is one,
/// else the status line and the start of the body.
/// </summary>
public sealed class TraderProblemException : Exception
{
    public TraderProblemException()
    {
    }

    public TraderProblemException(string message)
        : base(message)
    {
    }

    public TraderProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TraderProblemException(int statusCode, string title, string? detail, IReadOnlyDictionary<string, string[]> errors)
        : base(detail is null ? title : $"{title}: {detail}")
    {
        StatusCode = statusCode;
        Title = title;
        Detail = detail;
        Errors = errors;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The ProblemDetails title, or the status line.</summary>
    public string Title { get; } = string.Empty;

    /// <summary>The ProblemDetails detail, or the start of a body that was not one; null when there was neither.</summary>
    public string? Detail { get; }

    /// <summary>A validation problem's messages per field (e.g. <c>reason</c>); empty otherwise.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>();
}
