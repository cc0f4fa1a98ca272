using Statistico.Testing.Architecture;

namespace Statistico.Trader.Tests;

/// <summary>docs/architecture.md's message table against the Trader's bus as it is really configured, paper only and live.</summary>
[Trait("Category", "Unit")]
public sealed class MessageTableTests
{
    [Fact]
    public void The_architecture_page_names_every_message_the_paper_trader_consumes_and_its_queue()
    {
        var actual = BusTopology.ConsumedBy("Statistico.Trader", Extensions.DatabaseName, builder => builder.AddApplicationServices());

        var documented = MessageTable.Load().ConsumedBy("Trader");

        Assert.True(documented.SequenceEqual(actual), $"docs/architecture.md, section Messages, must list what the Trader consumes; its bus consumes:\n{MessageTable.Format(actual, "Trader")}");
    }

    [Fact]
    public void The_architecture_page_names_every_message_the_live_trader_adds_and_its_queue()
    {
        // An exchange's address switches live trading on (LiveExchangeRegistration); the rest is what the AppHost sets.
        var live = new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = "https://api.betfair.example/exchange/betting/json-rpc/v1",
            ["Betfair:AppKey"] = "app-key",
            ["Betfair:Username"] = "user",
            ["Betfair:Password"] = "password",
        };
        var paper = BusTopology.ConsumedBy("Statistico.Trader", Extensions.DatabaseName, builder => builder.AddApplicationServices());
        var all = BusTopology.ConsumedBy("Statistico.Trader", Extensions.DatabaseName, builder => builder.AddApplicationServices(), live);

        var added = all.Except(paper).ToList();

        Assert.NotEmpty(added);
        var documented = MessageTable.Load().ConsumedBy("Trader (live)");
        Assert.True(documented.SequenceEqual(added), $"docs/architecture.md, section Messages, must list what live trading adds:\n{MessageTable.Format(added, "Trader (live)")}");
    }
}
