using Statistico.FootballDataFiles;

namespace Statistico.Cli.Evaluate;

/// <summary>What to evaluate, as parsed from the command line.</summary>
/// <param name="Models">Model names from <see cref="ModelCatalogue"/>.</param>
/// <param name="FromSeason">First evaluated season; null means three seasons after the first file (the default window of history).</param>
/// <param name="WindowDays">Training window of each weekly refit.</param>
public sealed record EvaluationSettings(IReadOnlyList<string> Models, SeasonName? FromSeason, int WindowDays)
{
    /// <summary>The default window: three seasons.</summary>
    public const int DefaultWindowDays = 3 * 365;
}
