using Microsoft.Extensions.Options;

namespace Statistico.Betfair;

/// <summary>
/// Counts placed instructions per clock hour (Betfair charges past 5,000 per hour) and refuses a call that would pass
/// the configured limit before anything is sent.
/// </summary>
public sealed class TransactionBudget(IOptions<BetfairOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset hour;
    private int used;

    /// <summary>Instructions counted in the current clock hour.</summary>
    public int Used
    {
        get
        {
            lock (gate)
            {
                Roll();
                return used;
            }
        }
    }

    /// <summary>Reserves <paramref name="transactions"/> or throws <see cref="BetfairTransactionLimitException"/>.</summary>
    public void Reserve(int transactions)
    {
        lock (gate)
        {
            Roll();
            var limit = options.Value.TransactionsPerHour;
            if (used + transactions > limit)
            {
                throw new BetfairTransactionLimitException(
                    $"{transactions} more transaction(s) would pass {limit} per hour ({used} used since {hour:HH:mm} UTC).");
            }

            used += transactions;
        }
    }

    private void Roll()
    {
        var now = time.GetUtcNow();
        var currentHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        if (currentHour != hour)
        {
            hour = currentHour;
            used = 0;
        }
    }
}
