namespace Statistico.OddsCompiler.TeamRatings;

/// <summary>One row of the Ratings service's table (<c>GET /api/ratings/{competition}</c>).</summary>
public sealed record RatingsTableRow(
    string Team, double Attack, double Defence, double Elo, double PiHome, double PiAway, Guid LastFixtureId, DateTimeOffset LastKickOff, int Fixtures);
