namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksPagination(int Count, int PerPage, int CurrentPage, string? NextPage, bool HasMore);
