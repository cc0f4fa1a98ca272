namespace Statistico.Ratings.Apis;

/// <summary>A team's ratings after its last fixture before the requested instant.</summary>
public sealed record TeamRatingDto(
    string Team, double Attack, double Defence, double Elo, double PiHome, double PiAway, Guid LastFixtureId, DateTimeOffset LastKickOff, int Fixtures);
