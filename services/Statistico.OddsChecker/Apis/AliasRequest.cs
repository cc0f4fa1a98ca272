namespace Statistico.OddsChecker.Apis;

/// <summary>Body of <c>PUT /api/aliases/{source}/{spelling}</c>.</summary>
/// <param name="Team">The canonical team name (as Football Data names it) the spelling stands for.</param>
internal sealed record AliasRequest(string? Team);
