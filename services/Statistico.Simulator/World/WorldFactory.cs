using Microsoft.Extensions.Options;
using Statistico.FootballDataFiles;

namespace Statistico.Simulator.World;

/// <summary>Builds the world the configuration describes for a seed (replay files are read once and kept).</summary>
public sealed class WorldFactory(IOptions<SimulatorOptions> options, IHttpClientFactory httpClients, IHostEnvironment environment)
{
    private IReadOnlyList<FootballDataMatch>? replayMatches;

    public async Task<WorldDefinition> BuildAsync(int seed, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Mode == WorldMode.Synthetic)
        {
            return SyntheticWorldBuilder.Build(settings.Synthetic, seed);
        }

        // A relative folder or file is relative to the service's content root, wherever it is started from.
        var replay = settings.Replay;
        if (!Uri.TryCreate(replay.Source, UriKind.Absolute, out _) && !Path.IsPathRooted(replay.Source))
        {
            replay = new ReplayOptions
            {
                Source = Path.GetFullPath(Path.Combine(environment.ContentRootPath, replay.Source)), Leagues = replay.Leagues, Seasons = replay.Seasons,
                League = replay.League, Season = replay.Season, PriceMoveWindow = replay.PriceMoveWindow,
            };
        }

        replayMatches ??= await ReplaySource.LoadAsync(replay, httpClients.CreateClient(nameof(WorldFactory)), cancellationToken);
        return ReplayWorldBuilder.Build(replayMatches, settings.Replay.PriceMoveWindow);
    }
}
