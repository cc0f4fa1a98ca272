using Statistico.FootballData.Client;
using Statistico.FootballData.Ingestion;

namespace Statistico.FootballData.Providers;

/// <summary>Runs a provider once: each batch it yields goes through the ingestor in a scope (and a commit) of its own.</summary>
public sealed class ProviderIngestion(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<ImportReport>> RunAsync(IFootballDataProvider provider, IngestionKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var reports = new List<ImportReport>();
        await foreach (var batch in provider.FetchAsync(kind, cancellationToken))
        {
            reports.Add(await IngestAsync(batch, provider.UnknownTeams, cancellationToken));
        }

        return reports;
    }

    public async Task<ImportReport> IngestAsync(ImportBatch batch, UnknownTeamPolicy unknownTeams, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<FixtureIngestor>();
        return await ingestor.IngestAsync(batch, unknownTeams, cancellationToken);
    }
}
