using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests;

/// <summary>
/// <c>Messaging:QueueType</c> on a real RabbitMQ: a service set to Quorum declares its consumer queue and its
/// <c>_error</c> queue as quorum queues and messages flow through them as before (a poison one still parks); by default
/// they stay classic. The broker says which type a queue has by refusing a declaration of the other (406).
/// </summary>
[Trait("Category", "Integration")]
public sealed class QueueTypeTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_quorum_set_the_consumer_and_error_queues_are_quorum_queues_and_messages_flow()
    {
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("quorum");
        var journal = await PickyHost.PublishPoisonThenGoodAsync(virtualHost.BrokerUri, retryLimit: 1, "Quorum", Ct);

        Assert.Contains("good", journal.Processed);
        Assert.NotNull(await ErrorQueue.TakeAsync(virtualHost.BrokerUri, "picky_error", Ct));
        Assert.True(await DeclaresAsAsync(virtualHost.BrokerUri, "picky", "quorum"));
        Assert.False(await DeclaresAsAsync(virtualHost.BrokerUri, "picky", "classic"));
        Assert.True(await DeclaresAsAsync(virtualHost.BrokerUri, "picky_error", "quorum"));
    }

    [Fact]
    public async Task By_default_the_queues_are_classic()
    {
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("classic");
        var journal = await PickyHost.PublishPoisonThenGoodAsync(virtualHost.BrokerUri, retryLimit: 1, queueType: null, Ct);

        Assert.Contains("good", journal.Processed);
        Assert.NotNull(await ErrorQueue.TakeAsync(virtualHost.BrokerUri, "picky_error", Ct));
        Assert.False(await DeclaresAsAsync(virtualHost.BrokerUri, "picky", "quorum"));
        Assert.False(await DeclaresAsAsync(virtualHost.BrokerUri, "picky_error", "quorum"));
    }

    /// <summary>Whether the broker accepts declaring <paramref name="queue"/> as <paramref name="type"/> (it refuses a type the queue does not have).</summary>
    private static async Task<bool> DeclaresAsAsync(Uri broker, string queue, string type)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                new Dictionary<string, object?> { ["x-queue-type"] = type }, cancellationToken: Ct);
            return true;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 406)
        {
            return false;
        }
    }
}
