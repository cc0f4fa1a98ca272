using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// A saga in Postgres behind the inbox claims each message in the statement that reads (and in pessimistic mode locks)
/// its row (ADR 48), and a copy of a message it consumed already runs nothing of the saga, whether the copy finds the
/// saga created by the first copy or a later step's.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class SagaInboxClaimTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("sagaclaim");
        virtualHost = await infrastructure.CreateVirtualHostAsync("sagaclaim");
        await MessagingHost.CreateSchemaAsync(database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await virtualHost!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Theory]
    [InlineData(SagaConcurrencyMode.Optimistic)]
    [InlineData(SagaConcurrencyMode.Pessimistic)]
    public async Task A_later_step_claims_its_message_in_the_statement_that_reads_the_saga(SagaConcurrencyMode mode)
    {
        var ct = TestContext.Current.CancellationToken;
        var log = new CommandLog();
        using var host = await StartAsync(mode, new TallyRetries(), log);
        var bus = host.Services.GetRequiredService<IBus>();
        var tallyId = Guid.NewGuid();
        await bus.Publish(new TallyStep(tallyId, 0), ct);
        await Eventually.UntilAsync(CountIsAsync(tallyId, 1), Patience, "the first step to create the tally", ct);

        log.Clear();
        await bus.Publish(new TallyStep(tallyId, 1), ct);
        await Eventually.UntilAsync(CountIsAsync(tallyId, 2), Patience, "the second step to be applied", ct);

        // EF Core quotes a name only where Postgres needs it; the layer's own SQL always quotes.
        var reads = log.Commands.Where(c => TallyRead().IsMatch(c)).ToList();
        var read = Assert.Single(reads);
        Assert.Contains("INSERT INTO \"inbox_state\"", read, StringComparison.Ordinal);
        Assert.Equal(mode == SagaConcurrencyMode.Pessimistic, read.Contains("FOR UPDATE", StringComparison.Ordinal));
        await host.StopAsync(ct);
    }

    [Theory]
    [InlineData(SagaConcurrencyMode.Optimistic)]
    [InlineData(SagaConcurrencyMode.Pessimistic)]
    public async Task A_step_delivered_twice_under_one_message_id_runs_once(SagaConcurrencyMode mode)
    {
        var ct = TestContext.Current.CancellationToken;
        var runs = new TallyRetries();
        using var host = await StartAsync(mode, runs, new CommandLog());
        var bus = host.Services.GetRequiredService<IBus>();
        var tallyId = Guid.NewGuid();
        var firstStep = Guid.NewGuid();
        var secondStep = Guid.NewGuid();

        // The first step's copies: one creates the tally; the other finds it there or, in flight together, waits on
        // the inbox key. Then the second step's copies, which find the tally either way.
        foreach (var (step, messageId) in new[] { (0, firstStep), (1, secondStep) })
        {
            for (var copy = 0; copy < 2; copy++)
            {
                await bus.Publish(new TallyStep(tallyId, step), context => context.MessageId = messageId, ct);
            }

            await Eventually.UntilAsync(ReceivedAsync(messageId, times: 2), Patience, $"both copies of step {step} to be received", ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(1), ct); // room for a late duplicate run to show
        Assert.Equal(2, runs.Runs);
        await using var db = Open();
        var tally = await db.Set<TallyState>().AsNoTracking().SingleAsync(t => t.CorrelationId == tallyId, ct);
        Assert.Equal(0b11, tally.Steps);
        Assert.Equal(2, tally.Count);
        await host.StopAsync(ct);
    }

    [Theory]
    [InlineData(SagaConcurrencyMode.Optimistic)]
    [InlineData(SagaConcurrencyMode.Pessimistic)]
    public async Task A_message_that_never_reaches_the_repository_is_claimed_after_the_pipe_and_its_copy_undone(SagaConcurrencyMode mode)
    {
        var ct = TestContext.Current.CancellationToken;
        var completions = new CompletionJournal();
        using var host = await MessagingHost.StartAsync(
            database!.ConnectionString,
            virtualHost!.BrokerUri,
            bus =>
            {
                bus.AddSagaStateMachine<TallyStateMachine, TallyState>().PostgresRepository<TallyState, MessagingDbContext>(mode);
                bus.AddConsumer<TallyCompletedObserver>();
                bus.AddStatisticoOutbox<MessagingDbContext>();
                bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.ConnectSagaConfigurationObserver(new TallyShortcut()));
            },
            services => services.AddSingleton(new TallyRetries()).AddSingleton(completions));
        var bus = host.Services.GetRequiredService<IBus>();
        var tallyId = Guid.NewGuid();
        var messageId = Guid.NewGuid();

        // Two copies of one message the shortcut answers with a publish: the first copy's claim and publish commit
        // together; the second finds the claim made and rolls its publish back.
        for (var copy = 0; copy < 2; copy++)
        {
            await bus.Publish(new TallyStep(tallyId, TallyShortcut.Step), context => context.MessageId = messageId, ct);
        }

        await Eventually.UntilAsync(ReceivedAsync(messageId, times: 2), Patience, "both copies to be received and claimed", ct);
        await Eventually.UntilAsync(() => completions.Total >= 1, Patience, "the first copy's answer", ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // room for a second answer to show
        Assert.Equal(1, completions.Total);
        await using var db = Open();
        Assert.False(await db.Set<TallyState>().AsNoTracking().AnyAsync(t => t.CorrelationId == tallyId, ct));
        await host.StopAsync(ct);
    }

    private Task<IHost> StartAsync(SagaConcurrencyMode mode, TallyRetries runs, CommandLog log) =>
        MessagingHost.StartAsync(
            database!.ConnectionString,
            virtualHost!.BrokerUri,
            bus =>
            {
                bus.AddSagaStateMachine<TallyStateMachine, TallyState>().PostgresRepository<TallyState, MessagingDbContext>(mode);
                bus.AddStatisticoOutbox<MessagingDbContext>();
            },
            services => services.AddSingleton(runs),
            configureDatabase: options => options.AddInterceptors(log));

    private Func<Task<bool>> CountIsAsync(Guid tallyId, int count) => async () =>
    {
        await using var db = Open();
        return await db.Set<TallyState>().AsNoTracking().AnyAsync(t => t.CorrelationId == tallyId && t.Count == count, TestContext.Current.CancellationToken);
    };

    private Func<Task<bool>> ReceivedAsync(Guid messageId, int times) => async () =>
    {
        await using var db = Open();
        return await db.Set<InboxState>().AsNoTracking()
            .AnyAsync(i => i.MessageId == messageId && i.ReceiveCount >= times, TestContext.Current.CancellationToken);
    };

    [GeneratedRegex("FROM \"?tally_state\"?")]
    private static partial Regex TallyRead();

    private MessagingDbContext Open() =>
        new(new DbContextOptionsBuilder<MessagingDbContext>().UseNpgsql(database!.ConnectionString).Options);
}
