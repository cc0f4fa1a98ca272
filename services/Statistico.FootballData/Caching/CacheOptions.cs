namespace Statistico.FootballData.Caching;

/// <summary>Redis settings, bound from the <c>Cache</c> section.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>The connection-string name of Redis (Aspire resource name).</summary>
    public const string ConnectionStringName = "cache";

    /// <summary>Prefix of every key this service writes, so services (and test runs) never collide.</summary>
    public string KeyPrefix { get; set; } = "statistico:footballdata:";
}
