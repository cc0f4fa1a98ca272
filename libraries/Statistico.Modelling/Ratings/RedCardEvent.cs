namespace Statistico.Modelling.Ratings;

/// <summary>A sending-off at a minute of the match.</summary>
/// <param name="Minute">Match minute.</param>
/// <param name="ToHome">True when a home player was sent off.</param>
public sealed record RedCardEvent(int Minute, bool ToHome);
