namespace Statistico.OddsChecker.Backfills;

/// <summary>What a backfill did.</summary>
/// <param name="Rows">Usable rows in the file.</param>
/// <param name="Matched">Rows mapped to a tracked fixture.</param>
/// <param name="Published">Markets published per source (0 when a re-run finds nothing new).</param>
/// <param name="Unmatched">Rows no fixture matched, with their line and the reason.</param>
/// <param name="Problems">Rows or cells the reader skipped, as <c>file:line: message</c>.</param>
internal sealed record BackfillReport(int Rows, int Matched, IReadOnlyDictionary<string, int> Published, IReadOnlyList<UnmatchedRow> Unmatched, IReadOnlyList<string> Problems);
