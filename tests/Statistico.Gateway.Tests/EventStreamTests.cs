using System.Net;
using System.Text.Json;
using Statistico.Gateway.Tests.Support;

namespace Statistico.Gateway.Tests;

/// <summary><c>/api/events</c> against real services on loopback: the summary at once, again only when it changes.</summary>
[Trait("Category", "Unit")]
public sealed class EventStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_stream_sends_the_summary_at_once_and_again_only_when_it_changes()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var warehouse = await RecordingService.StartAsync();
        warehouse.Summary = """{"service":"odds-warehouse","lines":[{"name":"series","count":3}]}""";
        await using var gateway = GatewayFactory.With(trader.Url, warehouse.Url);
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", GatewayFactory.Key);
        using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var events = new SseReader(await response.Content.ReadAsStreamAsync(Ct));

        var first = await events.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("summary", first.Type);
        Assert.Equal("trader", first.Data.GetProperty("trader").GetProperty("service").GetString());
        Assert.Equal(3, first.Data.GetProperty("warehouse").GetProperty("lines")[0].GetProperty("count").GetInt32());

        // Ten intervals of the same summaries: nothing new is sent (the services were asked again meanwhile).
        var asked = trader.Requests.Count;
        await Assert.ThrowsAsync<TimeoutException>(() => events.NextAsync(TimeSpan.FromSeconds(1)));
        Assert.True(trader.Requests.Count > asked + 3, $"the trader was asked {trader.Requests.Count - asked} more times");

        trader.Summary = """{"service":"trader","lines":[{"name":"trades Settled","count":1}]}""";
        var changed = await events.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("trades Settled", changed.Data.GetProperty("trader").GetProperty("lines")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_service_that_does_not_answer_reads_as_null_and_the_other_still_flows()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url, new Uri(GatewayFactory.DownService));
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", GatewayFactory.Key);
        using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, Ct);
        await using var events = new SseReader(await response.Content.ReadAsStreamAsync(Ct));

        var first = await events.NextAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(JsonValueKind.Null, first.Data.GetProperty("warehouse").ValueKind);
        Assert.Equal("trader", first.Data.GetProperty("trader").GetProperty("service").GetString());
    }

    [Fact]
    public async Task The_stream_needs_a_key()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(trader.Requests);
    }
}
