using Statistico.Testing.Architecture;

namespace Statistico.OddsChecker.Tests;

/// <summary>docs/architecture.md's message table against this service's bus as it is really configured.</summary>
[Trait("Category", "Unit")]
public sealed class MessageTableTests
{
    [Fact]
    public void The_architecture_page_names_every_contract_this_service_consumes_and_its_queue()
    {
        var actual = BusTopology.ConsumedBy("Statistico.OddsChecker", Extensions.DatabaseName, builder => builder.AddApplicationServices());

        var documented = MessageTable.Load().ConsumedBy("OddsChecker");

        Assert.True(
            documented.SequenceEqual(actual),
            $"docs/architecture.md, section Messages, must list what OddsChecker consumes; its bus consumes:\n{MessageTable.Format(actual, "OddsChecker")}");
    }
}
