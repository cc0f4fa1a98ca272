namespace Statistico.Cli.Evaluate;

/// <summary>Evaluated matches left out of the common set, grouped by why.</summary>
/// <param name="Reason">Which rows could not price them.</param>
/// <param name="Count">How many matches.</param>
public sealed record DroppedMatches(string Reason, int Count);
