namespace Statistico.Simulator.Data;

/// <summary>A login session; kept in the database so sessions survive a restart as Betfair's do.</summary>
public sealed class SessionRow
{
    public required string Token { get; set; }

    public required string Username { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
