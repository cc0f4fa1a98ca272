namespace Statistico.Ratings.Recompute;

/// <summary>Wakes this replica's recompute worker when a result was recorded (other replicas find it by polling).</summary>
public sealed class RecomputeSignal : IDisposable
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // already raised: one wake-up covers every result recorded meanwhile
        }
    }

    public void Dispose() => raised.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => raised.WaitAsync(timeout, cancellationToken);
}
