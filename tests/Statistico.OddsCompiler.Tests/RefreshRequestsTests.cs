using Microsoft.Extensions.Options;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Tests;

/// <summary>The debouncer: a burst of results is one refit, due after a quiet period but never later than the max delay.</summary>
[Trait("Category", "Unit")]
public sealed class RefreshRequestsTests
{
    private readonly ManualClock clock = new();
    private readonly RefreshRequests requests;

    public RefreshRequestsTests() =>
        requests = new RefreshRequests(clock, Options.Create(new CompilerOptions { QuietPeriod = TimeSpan.FromMilliseconds(150), MaxDelay = TimeSpan.FromSeconds(2) }));

    [Fact]
    public void A_burst_of_results_is_one_refit_once_the_competition_is_quiet()
    {
        for (var i = 0; i < 370; i++)
        {
            requests.Request("E0", refit: i == 0);
            clock.Now += TimeSpan.FromMilliseconds(1);
        }

        Assert.Empty(requests.TakeDue());
        clock.Now += TimeSpan.FromMilliseconds(150);
        var due = Assert.Single(requests.TakeDue());
        Assert.Equal("E0", due.CompetitionId);
        Assert.True(due.Refit); // one refit request anywhere in the burst makes the refresh a refit
        Assert.Empty(requests.TakeDue());
    }

    [Fact]
    public void A_never_ending_stream_of_results_is_refitted_at_the_max_delay()
    {
        var refreshes = 0;
        for (var i = 0; i < 50; i++)
        {
            requests.Request("E0", refit: true);
            clock.Now += TimeSpan.FromMilliseconds(100);
            refreshes += requests.TakeDue().Count;
        }

        Assert.Equal(2, refreshes); // 5 s of requests every 100 ms: due at 2 s and at 4 s
    }

    [Fact]
    public void Competitions_are_debounced_separately()
    {
        requests.Request("E0", refit: true);
        clock.Now += TimeSpan.FromMilliseconds(100);
        requests.Request("D1", refit: false);
        clock.Now += TimeSpan.FromMilliseconds(60);

        Assert.Equal("E0", Assert.Single(requests.TakeDue()).CompetitionId);
        clock.Now += TimeSpan.FromMilliseconds(100);
        var d1 = Assert.Single(requests.TakeDue());
        Assert.Equal("D1", d1.CompetitionId);
        Assert.False(d1.Refit);
    }
}
