using Microsoft.AspNetCore.Http.HttpResults;

namespace Statistico.FootballData.Apis;

/// <summary>The ProblemDetails answers every endpoint shares.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: detail);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem? CheckPaging(int page, int pageSize, int maxPageSize) =>
        page < 1 ? Invalid("page", "page starts at 1.")
        : pageSize < 1 || pageSize > maxPageSize ? Invalid("pageSize", $"pageSize must be between 1 and {maxPageSize}.")
        : null;
}
