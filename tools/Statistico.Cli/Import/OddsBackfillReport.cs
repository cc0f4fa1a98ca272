namespace Statistico.Cli.Import;

/// <summary>The Odds Checker's answer to one football-data.co.uk backfill (its <c>BackfillReport</c>).</summary>
/// <param name="Rows">Usable rows in the file.</param>
/// <param name="Matched">Rows mapped to a fixture the checker tracks.</param>
/// <param name="Published">Markets published per source (0 when a re-run finds nothing new).</param>
/// <param name="Unmatched">Rows no fixture matched.</param>
/// <param name="Problems">Rows or cells the reader skipped, as <c>file:line: message</c>.</param>
public sealed record OddsBackfillReport(
    int Rows, int Matched, IReadOnlyDictionary<string, int> Published, IReadOnlyList<OddsBackfillUnmatchedRow> Unmatched, IReadOnlyList<string> Problems);
