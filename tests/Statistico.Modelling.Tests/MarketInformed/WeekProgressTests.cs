using System.Collections.Concurrent;
using Statistico.Modelling.MarketInformed;

namespace Statistico.Modelling.Tests.MarketInformed;

/// <summary>
/// The market-informed walk-forward forecasts a week as soon as both its pools are fitted, on whichever walk is free
/// (issue 21's speed target): every week must be handed out exactly once, never before both pools are in, and a failed
/// walk must not leave the other waiting for ever.
/// </summary>
[Trait("Category", "Unit")]
public sealed class WeekProgressTests
{
    [Fact]
    public void Every_week_is_handed_out_once_and_only_after_both_pools_are_fitted()
    {
        const int weeks = 300;
        var progress = new WeekProgress(weeks);
        var fitted = new int[weeks];
        var handedOut = new ConcurrentBag<(int Week, int FittedThen)>();

        void Walk(int pause)
        {
            try
            {
                for (var w = 0; w < weeks; w++)
                {
                    if (w % 50 == 0)
                    {
                        Thread.Sleep(pause);
                    }

                    Interlocked.Increment(ref fitted[w]);
                    progress.PoolFitted(w);
                }
            }
            finally
            {
                progress.WalkFinished();
            }

            while (progress.NextWeekToForecast() is { } week)
            {
                handedOut.Add((week, Volatile.Read(ref fitted[week])));
            }
        }

        Parallel.Invoke(() => Walk(0), () => Walk(5));

        Assert.Equal(Enumerable.Range(0, weeks), handedOut.Select(h => h.Week).Order());
        Assert.All(handedOut, h => Assert.Equal(2, h.FittedThen));
    }

    [Fact]
    public async Task A_walk_that_fails_releases_the_other_instead_of_leaving_it_waiting()
    {
        var progress = new WeekProgress(10);
        for (var w = 0; w < 10; w++)
        {
            progress.PoolFitted(w);
        }

        progress.WalkFinished();
        var waiting = Task.Run(
            () =>
            {
                var weeks = new List<int>();
                while (progress.NextWeekToForecast() is { } week)
                {
                    weeks.Add(week);
                }

                return weeks;
            },
            TestContext.Current.CancellationToken);

        // The other walk fits three weeks, then fails.
        for (var w = 0; w < 3; w++)
        {
            progress.PoolFitted(w);
        }

        progress.WalkFinished();

        var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal([0, 1, 2], taken);
    }
}
