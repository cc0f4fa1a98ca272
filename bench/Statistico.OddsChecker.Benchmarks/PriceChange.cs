using System.Diagnostics;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>
/// One price change: the runner's best back offer it produced (unique in the run), and when the placeOrders call that
/// made it was sent and answered (Stopwatch timestamps). The change is committed at the exchange somewhere between.
/// </summary>
internal sealed record PriceChange(int Index, LadderTop After, long SentAt, long AnsweredAt)
{
    public double PlacementMs => Stopwatch.GetElapsedTime(SentAt, AnsweredAt).TotalMilliseconds;
}
