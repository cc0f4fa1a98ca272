namespace Statistico.FootballData.Tests;

/// <summary>Polls until a condition holds: messages and reconnects take an unknown, short time.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}; last value: {last}");
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
            last = await probe();
        }

        return last;
    }
}
