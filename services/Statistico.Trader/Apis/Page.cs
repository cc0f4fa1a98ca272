namespace Statistico.Trader.Apis;

/// <summary>One page of a list, with the total the filters match.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);
