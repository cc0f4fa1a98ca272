using Microsoft.AspNetCore.Http.HttpResults;

namespace Statistico.OddsCompiler.Apis;

/// <summary>The ProblemDetails answers every endpoint shares.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: detail);
}
