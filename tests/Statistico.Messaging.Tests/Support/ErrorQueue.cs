using RabbitMQ.Client;

namespace Statistico.Messaging.Tests.Support;

/// <summary>Reads what MassTransit parked in an <c>_error</c> queue, straight off the broker.</summary>
internal static class ErrorQueue
{
    /// <summary>The first message in <paramref name="queue"/>, waiting up to <paramref name="patience"/> (15 s unless told) for one; null when none came.</summary>
    public static async Task<BasicGetResult?> TakeAsync(Uri broker, string queue, CancellationToken ct, TimeSpan? patience = null)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync(ct);
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            // MassTransit declares the error queue when it moves the first fault there; until then RabbitMQ
            // answers 404 and closes the channel, so each try takes a fresh one.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                if (await channel.BasicGetAsync(queue, autoAck: true, ct) is { } message)
                {
                    return message;
                }
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
            {
                // not declared yet
            }

            await Task.Delay(200, ct);
        }

        return null;
    }
}
