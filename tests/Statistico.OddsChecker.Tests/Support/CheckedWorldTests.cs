using Statistico.Testing;

namespace Statistico.OddsChecker.Tests.Support;

/// <summary>A test class that runs against a fresh <see cref="CheckedWorld"/> (Simulator, checker, broker, database) per test.</summary>
public abstract class CheckedWorldTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private CheckedWorld? world;

    private protected CheckedWorld World => world!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await CheckedWorld.StartAsync(infrastructure, Ct);

    public async ValueTask DisposeAsync()
    {
        if (world is not null)
        {
            await world.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
