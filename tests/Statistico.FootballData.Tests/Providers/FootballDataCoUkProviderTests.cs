using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Statistico.FootballData.Client;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Providers;

/// <summary>The football-data.co.uk provider as configured in production: on its Quartz schedule, from a folder or the site's URLs.</summary>
[Trait("Category", "Integration")]
public sealed class FootballDataCoUkProviderTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_scheduled_provider_imports_its_folder_by_itself()
    {
        var folder = Directory.CreateTempSubdirectory("statistico-fd-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "D1"));
            File.Copy(Path.Combine(SharedData.FootballDataFolder, "D1", "2021-22.csv"), Path.Combine(folder.FullName, "D1", "2021-22.csv"));
            await using var host = await FootballDataHost.StartAsync(infrastructure, "fdschedule", new Dictionary<string, string?>
            {
                ["FootballData:Providers:files:Type"] = "football-data-co-uk",
                ["FootballData:Providers:files:Location"] = folder.FullName,
                ["FootballData:Providers:files:Schedules:Results"] = "0/2 * * * * ?",
            });

            await Eventually.UntilAsync(
                async () => await host.ScalarAsync("SELECT count(*) FROM fixtures") == 306, TimeSpan.FromSeconds(60), "the schedule to import D1 2021/22", Ct);
            var runs = await host.Client.GetFromJsonAsync<List<ImportReport>>("/api/imports", Ct);
            Assert.Contains(runs!, r => r.Source == "files" && r.Location == "D1/2021-22.csv" && r.Inserted == 306);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_sites_url_layout_is_fetched_and_a_missing_file_is_reported_without_stopping_the_rest()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var site = builder.Build();
        site.MapGet("/mmz4281/{season}/{division}.csv", (string season, string division) =>
            season == "2122" && division == "E0"
                ? Results.File(Path.Combine(SharedData.FootballDataFolder, "E0", "2021-22.csv"), "text/csv")
                : Results.NotFound());
        await site.StartAsync(Ct);
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdurl", new Dictionary<string, string?>
        {
            ["FootballData:Providers:site:Type"] = "football-data-co-uk",
            ["FootballData:Providers:site:Location"] = $"{address}/mmz4281/",
            ["FootballData:Providers:site:Seasons:0"] = "2122",
            ["FootballData:Providers:site:Divisions:0"] = "E0",
            ["FootballData:Providers:site:Divisions:1"] = "E9",
        });

        var response = await host.Client.PostAsync("/api/providers/site/runs?kind=results", null, Ct);
        var reports = (await response.Content.ReadFromJsonAsync<List<ImportReport>>(Ct))!;

        Assert.Equal(380, reports.Sum(r => r.Inserted));
        var problem = Assert.Single(reports.SelectMany(r => r.Problems));
        Assert.Equal($"{address}/mmz4281/2122/E9.csv", problem.Location);
        Assert.Contains("404", problem.Reason, StringComparison.Ordinal);
    }
}
