namespace Statistico.FootballData.Ingestion;

/// <summary>What a provider's unknown team spelling does.</summary>
public enum UnknownTeamPolicy
{
    /// <summary>The spelling becomes a new team (for the source that names teams canonically, football-data.co.uk).</summary>
    Create,

    /// <summary>The row is skipped with a located problem until someone adds an alias (never a silent guess).</summary>
    Report,
}
