using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Statistico.OddsCompiler.Refits;

/// <summary>
/// The debouncer (ADR 0400): every result or fixture event asks for its competition to be refreshed; a burst of
/// requests becomes one refresh, due once the competition has been quiet for <see cref="CompilerOptions.QuietPeriod"/>
/// or <see cref="CompilerOptions.MaxDelay"/> after the burst began, whichever comes first.
/// </summary>
public sealed class RefreshRequests(TimeProvider clock, IOptions<CompilerOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RefreshRequest> _pending = new(StringComparer.Ordinal);
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Request(string competitionId, bool refit)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            _pending[competitionId] = _pending.TryGetValue(competitionId, out var earlier)
                ? earlier with { Refit = earlier.Refit || refit, LastRequestedAt = now }
                : new RefreshRequest(competitionId, refit, now, now);
        }

        _signal.Writer.TryWrite(true);
    }

    /// <summary>Removes and returns the requests that are due now.</summary>
    public IReadOnlyList<RefreshRequest> TakeDue()
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var due = _pending.Values.Where(r => DueAt(r) <= now).ToList();
            foreach (var request in due)
            {
                _pending.Remove(request.CompetitionId);
            }

            return due;
        }
    }

    /// <summary>Waits until the next request is due, or a new request arrives.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan? wait;
        lock (_gate)
        {
            wait = _pending.Count == 0 ? null : _pending.Values.Min(DueAt) - clock.GetUtcNow();
        }

        if (wait is { } delay && delay <= TimeSpan.Zero)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (wait is { } until)
        {
            timeout.CancelAfter(until);
        }

        try
        {
            await _signal.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The next request fell due.
        }
    }

    private DateTimeOffset DueAt(RefreshRequest request)
    {
        var settings = options.Value;
        var quiet = request.LastRequestedAt + settings.QuietPeriod;
        var latest = request.FirstRequestedAt + settings.MaxDelay;
        return quiet < latest ? quiet : latest;
    }
}
