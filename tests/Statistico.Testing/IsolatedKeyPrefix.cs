namespace Statistico.Testing;

/// <summary>
/// A Redis key prefix of its own for one test (a service's <c>Cache:KeyPrefix</c>): tests never read or overwrite each
/// other's keys nor a dev platform's <c>statistico:…</c> ones on the same Redis, and every key written under it is
/// deleted when disposed. A killed run's keys are marked and dated, so the next run sweeps them (<see cref="LeftoverSweep"/>).
/// </summary>
public sealed class IsolatedKeyPrefix : IAsyncDisposable
{
    private readonly string cache;

    private IsolatedKeyPrefix(string cache, string prefix)
    {
        this.cache = cache;
        Prefix = prefix;
    }

    /// <summary>The prefix, ending in ':' (<c>test:&lt;stamp&gt;:&lt;purpose&gt;:&lt;guid&gt;:</c>).</summary>
    public string Prefix { get; }

    public static IsolatedKeyPrefix Create(string cache, string purpose) =>
        new(cache, TestResourceNames.KeyPrefix(purpose, DateTimeOffset.UtcNow));

    public override string ToString() => Prefix;

    public async ValueTask DisposeAsync() =>
        // The prefix holds no glob characters (a stamp, a purpose and a GUID), so the pattern matches only its own keys.
        await RedisKeys.DeleteAsync(cache, Prefix + "*", _ => true);
}
