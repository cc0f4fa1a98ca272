namespace Statistico.FootballData.Data;

/// <summary>A club. Its <see cref="Name"/> is the canonical spelling used in every event; sources' other spellings are aliases.</summary>
public sealed class Team
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public List<TeamAlias> Aliases { get; set; } = [];
}
