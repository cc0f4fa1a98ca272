using Microsoft.AspNetCore.Http.HttpResults;

namespace Statistico.Trader.Apis;

/// <summary>The ProblemDetails answers the Trader's endpoints share.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
