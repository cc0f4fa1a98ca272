namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>One timed run.</summary>
/// <param name="Messages">Messages moved (0 for the COPY baseline, which moves rows only).</param>
/// <param name="Rows">Runner prices moved.</param>
/// <param name="Elapsed">Wall time from the first publish (or COPY) to the last acknowledgement (or commit).</param>
internal sealed record Measurement(long Messages, long Rows, TimeSpan Elapsed)
{
    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;

    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}
