using System.Text.Json;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// The transport headers MassTransit sends with a binary MarketOddsObserved (its raw serializer carries them there
/// instead of in an envelope), as read off the broker: the deserializer reads the message id and type from them,
/// and the rest is their share of the bytes.
/// </summary>
internal static class WireHeaders
{
    private const string MessageType = "urn:message:Statistico.Contracts.Odds:MarketOddsObserved";
    private const string SourceAddress = "rabbitmq://127.0.0.1/statistico/odds-checker?temporary=true";

    private static readonly string HostInfo = JsonSerializer.Serialize(new
    {
        MachineName = Environment.MachineName,
        ProcessName = "Statistico.OddsChecker",
        ProcessId = Environment.ProcessId,
        Assembly = "Statistico.OddsChecker",
        AssemblyVersion = "1.0.0.0",
        FrameworkVersion = Environment.Version.ToString(),
        MassTransitVersion = "8.5.12.0",
        OperatingSystemVersion = Environment.OSVersion.ToString(),
    });

    public static Dictionary<string, object?> For(Guid messageId) => new()
    {
        ["MessageId"] = messageId.ToString(),
        ["ConversationId"] = Guid.NewGuid().ToString(),
        ["MT-MessageType"] = MessageType,
        ["MT-Source-Address"] = SourceAddress,
        ["MT-Host-Info"] = HostInfo,
    };
}
