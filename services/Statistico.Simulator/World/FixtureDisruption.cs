namespace Statistico.Simulator.World;

/// <summary>A match that is not played to a result: its markets are voided.</summary>
public enum FixtureDisruption
{
    /// <summary>Played normally.</summary>
    None,

    /// <summary>Called off before kick-off (announced <c>PostponementNotice</c> ahead); Sportmonks state 10.</summary>
    Postponed,

    /// <summary>Started but not finished; Sportmonks state 15.</summary>
    Abandoned,
}
