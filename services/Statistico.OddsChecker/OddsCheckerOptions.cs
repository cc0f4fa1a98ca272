using Statistico.OddsChecker.Backfills;
using Statistico.OddsChecker.Sources;
using Statistico.OddsChecker.Sources.Betfair;

namespace Statistico.OddsChecker;

/// <summary>The "OddsChecker" configuration section: one entry per odds source, keyed by the source's name.</summary>
internal sealed class OddsCheckerOptions
{
    public const string SectionName = "OddsChecker";

    public Dictionary<string, SourceOptions> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The scheduled football-data.co.uk backfill of closing prices (off unless enabled).</summary>
    public FootballDataBackfillOptions FootballDataBackfill { get; set; } = new();

    /// <summary>Which replica streams a streamed source (ADR 0306).</summary>
    public StreamLeaseOptions StreamLease { get; set; } = new();
}
