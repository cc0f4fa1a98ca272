namespace Statistico.FootballData.Data;

/// <summary>How one source spells a team, e.g. Sportmonks' "Manchester United" for "Man United".</summary>
public sealed class TeamAlias
{
    /// <summary>The provider name the spelling comes from (aliases are per source: one name can mean two clubs in two sources).</summary>
    public required string Source { get; set; }

    public required string Spelling { get; set; }

    public Guid TeamId { get; set; }
}
