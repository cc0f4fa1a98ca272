using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Statistico.FootballData.Client;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>The real Football Data service and the real Odds Compiler on one virtual host, each on its own database.</summary>
internal sealed class CompilerSystem : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly List<IAsyncDisposable> owned;

    private CompilerSystem(FootballDataFactory footballData, CompilerFactory compiler, IsolatedVirtualHost virtualHost, List<IAsyncDisposable> owned)
    {
        FootballData = new FootballDataClient(footballData.CreateClient());
        Compiler = compiler;
        CompilerClient = compiler.CreateClient();
        VirtualHost = virtualHost;
        this.owned = owned;
    }

    public FootballDataClient FootballData { get; }

    public CompilerFactory Compiler { get; }

    public HttpClient CompilerClient { get; }

    public IsolatedVirtualHost VirtualHost { get; }

    public static async Task<CompilerSystem> StartAsync(TestInfrastructure infrastructure, string purpose, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var footballDataDatabase = await infrastructure.CreateDatabaseAsync(purpose + "-fd");
        var compilerDatabase = await infrastructure.CreateDatabaseAsync(purpose + "-oc");
        var virtualHost = await infrastructure.CreateVirtualHostAsync(purpose);
        var footballData = new FootballDataFactory(
            footballDataDatabase.ConnectionString, virtualHost.BrokerUri, infrastructure.Endpoints.Cache, TestInfrastructure.CreateKeyPrefix(purpose));
        _ = footballData.Server; // start it before the compiler asks it anything
        var compiler = new CompilerFactory(compilerDatabase.ConnectionString, virtualHost.BrokerUri, () => footballData.Server.CreateHandler(), settings);
        _ = compiler.Server;
        return new CompilerSystem(footballData, compiler, virtualHost, [compiler, footballData, virtualHost, compilerDatabase, footballDataDatabase]);
    }

    public async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        await CompilerClient.GetFromJsonAsync<T>(path, Json, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        CompilerClient.Dispose();
        foreach (var resource in owned)
        {
            await resource.DisposeAsync();
        }
    }
}
