namespace Statistico.FootballData.Client;

/// <summary>One page of a longer list.</summary>
/// <param name="Items">The page's items.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="TotalCount">Items in the whole list.</param>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public bool HasMore => Page * PageSize < TotalCount;
}
