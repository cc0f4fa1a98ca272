namespace Statistico.Simulator.Tests.Streaming;

/// <summary>Waits for something pushed asynchronously (a stream message) to arrive, failing with a message after a bound.</summary>
internal static class Eventually
{
    public static async Task<T> ArrivesAsync<T>(Func<T?> probe, string what, CancellationToken cancellationToken, TimeSpan? within = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(20, cancellationToken);
        }

        throw new TimeoutException($"{what} did not arrive within {within ?? TimeSpan.FromSeconds(15)}");
    }

    public static async Task HoldsAsync(Func<Task<bool>> probe, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe())
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"{what} did not come true within 15 s");
    }
}
