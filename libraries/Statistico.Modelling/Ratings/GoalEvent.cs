namespace Statistico.Modelling.Ratings;

/// <summary>A goal at a minute of the match.</summary>
/// <param name="Minute">Match minute (stoppage time counts as the minute it extends).</param>
/// <param name="ByHome">True for a home goal.</param>
public sealed record GoalEvent(int Minute, bool ByHome);
