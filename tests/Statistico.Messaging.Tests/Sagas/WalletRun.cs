using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Sagas;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>One test's database, virtual host and running host for the wallet saga, with its hook and evidence.</summary>
internal sealed class WalletRun : IAsyncDisposable
{
    private readonly IsolatedVirtualHost virtualHost;
    private readonly IHost host;

    private WalletRun(IsolatedDatabase database, IsolatedVirtualHost virtualHost, IHost host, WalletStepHook hook, WalletJournal journal, SaveFailures failures)
    {
        Database = database;
        this.virtualHost = virtualHost;
        this.host = host;
        Hook = hook;
        Journal = journal;
        Failures = failures;
    }

    public IsolatedDatabase Database { get; }

    public Uri BrokerUri => virtualHost.BrokerUri;

    public WalletStepHook Hook { get; }

    public WalletJournal Journal { get; }

    public SaveFailures Failures { get; }

    public Guid WalletId { get; } = Guid.NewGuid();

    public IBus Bus => host.Services.GetRequiredService<IBus>();

    public static async Task<WalletRun> StartAsync(TestInfrastructure infrastructure, SagaConcurrencyMode mode, CancellationToken ct)
    {
        var database = await infrastructure.CreateDatabaseAsync("sagas");
        var virtualHost = await infrastructure.CreateVirtualHostAsync("sagas");
        await SagaTestHost.CreateSchemaAsync(database.ConnectionString);
        var hook = new WalletStepHook();
        var journal = new WalletJournal();
        var failures = new SaveFailures();
        var host = await SagaTestHost.StartAsync(database.ConnectionString, virtualHost.BrokerUri, mode, hook, journal, failures);
        ct.ThrowIfCancellationRequested();
        return new WalletRun(database, virtualHost, host, hook, journal, failures);
    }

    /// <summary>Opens the wallet with a first credit and waits until that committed.</summary>
    public async Task OpenWithAsync(long balance, CancellationToken ct)
    {
        await Bus.Publish(new WalletCredited(WalletId, balance), ct);
        await Eventually.UntilAsync(() => Journal.Changes.Any(c => c.Balance == balance), TimeSpan.FromSeconds(30), "the wallet to open", ct);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        await virtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
