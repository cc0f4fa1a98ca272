using Microsoft.Extensions.Configuration;

namespace Statistico.Messaging.Bus;

/// <summary>Reads the broker's address from the <c>messaging</c> connection string.</summary>
public static class BrokerAddress
{
    /// <summary>
    /// The broker URI, e.g. <c>amqp://user:password@127.0.0.1:5672/vhost</c> (Aspire's RabbitMQ resource uses the
    /// same form). MassTransit reads the credentials and the virtual host from it.
    /// </summary>
    public static Uri FromConfiguration(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(MessagingOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{MessagingOptions.ConnectionStringName} is not set. Set it to an amqp:// URI " +
                "(scripts/infra.sh env prints the local one) or run the service from the AppHost.");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps" && uri.Scheme != "rabbitmq"))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{MessagingOptions.ConnectionStringName} must be an amqp:// or amqps:// URI.");
        }

        return uri;
    }
}
