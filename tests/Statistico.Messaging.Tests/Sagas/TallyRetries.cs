namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// How many times tally steps ran, and how many of those on a retry: evidence that conflicts were resolved by running
/// the message again, and that a copy of a consumed message did not run at all.
/// </summary>
public sealed class TallyRetries
{
    private int retried;
    private int runs;

    public int Retried => Volatile.Read(ref retried);

    public int Runs => Volatile.Read(ref runs);

    public void Ran(int retryAttempt)
    {
        Interlocked.Increment(ref runs);
        if (retryAttempt > 0)
        {
            Interlocked.Increment(ref retried);
        }
    }
}
