namespace Statistico.Messaging.Tests.Sagas;

/// <summary>How many tally steps ran on a retry: evidence that conflicts were resolved by running the message again.</summary>
public sealed class TallyRetries
{
    private int retried;

    public int Retried => Volatile.Read(ref retried);

    public void Ran(int retryAttempt)
    {
        if (retryAttempt > 0)
        {
            Interlocked.Increment(ref retried);
        }
    }
}
