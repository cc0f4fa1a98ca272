using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Statistico.FootballData.Client;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// The real Football Data service and the real Odds Compiler (and, when asked, the real Ratings service), each on its
/// own database. They share one virtual host unless the compiler is to be deaf to Football Data's events.
/// </summary>
internal sealed class CompilerSystem : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly List<IAsyncDisposable> owned;

    private CompilerSystem(
        FootballDataFactory footballData,
        CompilerFactory compiler,
        string compilerDatabase,
        RatingsFactory? ratings,
        IsolatedVirtualHost virtualHost,
        IsolatedVirtualHost compilerHost,
        List<IAsyncDisposable> owned)
    {
        FootballData = new FootballDataClient(footballData.CreateClient());
        CompilerDatabase = compilerDatabase;
        Compiler = compiler;
        CompilerClient = compiler.CreateClient();
        RatingsClient = ratings?.CreateClient();
        VirtualHost = virtualHost;
        CompilerHost = compilerHost;
        this.owned = owned;
    }

    public FootballDataClient FootballData { get; }

    public CompilerFactory Compiler { get; }

    public HttpClient CompilerClient { get; }

    /// <summary>The compiler's database (its outbox says whether everything it published has gone out).</summary>
    public string CompilerDatabase { get; }

    /// <summary>The hosted Ratings service's API, when the system has one.</summary>
    public HttpClient? RatingsClient { get; }

    /// <summary>Football Data's (and Ratings') virtual host.</summary>
    public IsolatedVirtualHost VirtualHost { get; }

    /// <summary>The compiler's virtual host: <see cref="VirtualHost"/> unless the compiler was started deaf.</summary>
    public IsolatedVirtualHost CompilerHost { get; }

    /// <param name="infrastructure">The real broker and database servers.</param>
    /// <param name="purpose">Names the databases and virtual hosts.</param>
    /// <param name="settings">Compiler settings.</param>
    /// <param name="withRatings">Also host the Ratings service (its events reach the compiler, and its API backs the compiler's backfill).</param>
    /// <param name="deafCompiler">Put the compiler on a virtual host of its own, so it hears no event of Football Data's.</param>
    /// <param name="compilerServices">Services the test adds to the compiler after its own.</param>
    public static async Task<CompilerSystem> StartAsync(
        TestInfrastructure infrastructure,
        string purpose,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool withRatings = false,
        bool deafCompiler = false,
        Action<IServiceCollection>? compilerServices = null)
    {
        var owned = new List<IAsyncDisposable>();
        var footballDataDatabase = await infrastructure.CreateDatabaseAsync(purpose + "-fd");
        var compilerDatabase = await infrastructure.CreateDatabaseAsync(purpose + "-oc");
        var virtualHost = await infrastructure.CreateVirtualHostAsync(purpose);
        var compilerHost = deafCompiler ? await infrastructure.CreateVirtualHostAsync(purpose + "-deaf") : virtualHost;
        var footballData = new FootballDataFactory(
            footballDataDatabase.ConnectionString, virtualHost.BrokerUri, infrastructure.Endpoints.Cache, infrastructure.CreateKeyPrefix(purpose));
        _ = footballData.Server; // start it before the others ask it anything
        RatingsFactory? ratings = null;
        if (withRatings)
        {
            var ratingsDatabase = await infrastructure.CreateDatabaseAsync(purpose + "-ra");
            owned.Add(ratingsDatabase);
            ratings = new RatingsFactory(ratingsDatabase.ConnectionString, virtualHost.BrokerUri, () => footballData.Server.CreateHandler());
            _ = ratings.Server;
        }

        var compiler = new CompilerFactory(
            compilerDatabase.ConnectionString, compilerHost.BrokerUri, () => footballData.Server.CreateHandler(), settings,
            ratings is null ? null : () => ratings.Server.CreateHandler(), compilerServices);
        _ = compiler.Server;
        owned.InsertRange(0, ratings is null ? [compiler, footballData] : [compiler, ratings, footballData]);
        owned.AddRange(deafCompiler ? [compilerHost, virtualHost, compilerDatabase, footballDataDatabase] : [virtualHost, compilerDatabase, footballDataDatabase]);
        return new CompilerSystem(footballData, compiler, compilerDatabase.ConnectionString, ratings, virtualHost, compilerHost, owned);
    }

    public async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        await CompilerClient.GetFromJsonAsync<T>(path, Json, cancellationToken);

    /// <summary>The compiler's answer, or null while it answers 404 (nothing fitted or refused yet).</summary>
    public async Task<T?> FindAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await CompilerClient.GetAsync(path, cancellationToken);
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        CompilerClient.Dispose();
        RatingsClient?.Dispose();
        foreach (var resource in owned)
        {
            await resource.DisposeAsync();
        }
    }
}
