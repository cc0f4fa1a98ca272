using Microsoft.Extensions.Hosting;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// A started host that is stopped when disposed, so a failing test does not leave its scheduler polling a
/// database that is about to be dropped.
/// </summary>
public sealed class RunningHost(IHost host) : IAsyncDisposable
{
    private bool stopped;

    public IServiceProvider Services => host.Services;

    public async Task StopAsync(CancellationToken ct)
    {
        if (!stopped)
        {
            stopped = true;
            await host.StopAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await StopAsync(timeout.Token);
        host.Dispose();
    }
}
