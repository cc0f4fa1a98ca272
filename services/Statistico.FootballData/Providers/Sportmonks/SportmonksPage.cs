namespace Statistico.FootballData.Providers.Sportmonks;

/// <summary>The v3 response envelope of a paginated fixtures call. No <c>data</c> with a <c>message</c> means "no result".</summary>
internal sealed record SportmonksPage(
    List<SportmonksFixture>? Data,
    SportmonksPagination? Pagination,
    SportmonksRateLimit? RateLimit,
    string? Message);
