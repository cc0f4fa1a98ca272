namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Polls a condition until it holds or time runs out; the caller asserts afterwards.</summary>
public static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100, ct);
        }

        return await condition();
    }

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan timeout, CancellationToken ct) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, ct);
}
