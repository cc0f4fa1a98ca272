namespace Statistico.OddsChecker.Polling;

/// <summary>What one poll of a source did.</summary>
/// <param name="Source">The source polled.</param>
/// <param name="MarketsListed">Markets the source offered in the window.</param>
/// <param name="MarketsPolled">Markets whose prices were read (their fixtures were due).</param>
/// <param name="MarketsPublished">Markets published because their prices changed.</param>
/// <param name="UnmatchedEvents">Source events no fixture matched.</param>
internal sealed record PollOutcome(string Source, int MarketsListed, int MarketsPolled, int MarketsPublished, int UnmatchedEvents);
