namespace Statistico.OddsChecker.Data;

/// <summary>A source's spelling of a team, mapped to the canonical name Football Data uses.</summary>
internal sealed class TeamAlias
{
    public required string Source { get; set; }

    public required string Spelling { get; set; }

    public required string Team { get; set; }
}
