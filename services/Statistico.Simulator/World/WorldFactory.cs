using Microsoft.Extensions.Options;
using Statistico.FootballDataFiles;

namespace Statistico.Simulator.World;

/// <summary>Builds the world the configuration describes for a seed (replay files are read once and kept).</summary>
public sealed class WorldFactory(IOptions<SimulatorOptions> options, IHttpClientFactory httpClients)
{
    private IReadOnlyList<FootballDataMatch>? replayMatches;

    public async Task<WorldDefinition> BuildAsync(int seed, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Mode == WorldMode.Synthetic)
        {
            return SyntheticWorldBuilder.Build(settings.Synthetic, seed);
        }

        replayMatches ??= await ReplaySource.LoadAsync(settings.Replay, httpClients.CreateClient(nameof(WorldFactory)), cancellationToken);
        return ReplayWorldBuilder.Build(replayMatches, settings.Replay.PriceMoveWindow);
    }
}
