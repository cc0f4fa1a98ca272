using Aspire.Hosting.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>The AppHost's application model as its Program builds it (nothing started), in external mode.</summary>
internal static class AppHostModel
{
    public static Task<IDistributedApplicationTestingBuilder> BuildAsync(params string[] args) =>
        DistributedApplicationTestingBuilder.CreateAsync<Projects.Statistico_AppHost>(
            [
                "Infrastructure:Mode=external",
                "ConnectionStrings:messaging=amqp://guest:guest@127.0.0.1:9/",
                "ConnectionStrings:postgres=Host=127.0.0.1;Port=9",
                "ConnectionStrings:cache=127.0.0.1:9",
                .. args,
            ],
            TestContext.Current.CancellationToken);
}
