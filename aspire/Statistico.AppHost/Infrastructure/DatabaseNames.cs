namespace Statistico.AppHost.Infrastructure;

/// <summary>Every service's own database on the shared Postgres server (design section 6).</summary>
public static class DatabaseNames
{
    public static readonly IReadOnlyList<string> All =
        ["footballdata", "ratings", "oddscompiler", "oddschecker", "oddswarehouse", "trader", "simulator"];
}
