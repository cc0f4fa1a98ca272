using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Tests;

/// <summary>The replay source reads a folder, one file, or a file served over HTTP (a real Kestrel on loopback).</summary>
[Trait("Category", "Unit")]
public sealed class ReplaySourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_folder_a_file_and_a_url_give_the_same_matches()
    {
        using var http = new HttpClient();
        var file = Path.Combine(SharedData.Folder, "E0", "2021-22.csv");
        var fromFolder = await ReplaySource.LoadAsync(new ReplayOptions { Source = SharedData.Folder, Leagues = ["E0"], Seasons = ["2021-22"] }, http, Ct);
        var fromFile = await ReplaySource.LoadAsync(new ReplayOptions { Source = file }, http, Ct);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var server = builder.Build();
        server.MapGet("/mmz4281/2122/E0.csv", () => Results.File(file, "text/csv"));
        await server.StartAsync(Ct);
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var fromUrl = await ReplaySource.LoadAsync(
            new ReplayOptions { Source = address + "/mmz4281/2122/E0.csv", League = "E0", Season = "2021-22" }, http, Ct);

        Assert.Equal(380, fromFolder.Count);
        Assert.Equal(fromFolder, fromFile);
        Assert.Equal(fromFolder, fromUrl);
    }

    [Fact]
    public async Task A_source_that_is_nothing_is_a_clear_error()
    {
        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ReplaySource.LoadAsync(new ReplayOptions { Source = "/no/such/place" }, http, Ct));
        Assert.Contains("/no/such/place", error.Message, StringComparison.Ordinal);
    }
}
