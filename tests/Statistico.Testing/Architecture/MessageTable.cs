namespace Statistico.Testing.Architecture;

/// <summary>
/// The message table of <c>docs/architecture.md</c> (section "Messages"): one row per message and consuming queue, with
/// the services that create the message and whether it is published or sent. Tests hold it to the buses' real topology and the services' code, so the page
/// cannot drift from what the services do.
/// </summary>
public sealed class MessageTable
{
    private const string Heading = "## Messages";

    private MessageTable(IReadOnlyList<MessageTableRow> rows) => Rows = rows;

    public IReadOnlyList<MessageTableRow> Rows { get; }

    public static MessageTable Load() => Parse(File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "architecture.md")));

    public static MessageTable Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var start = lines.ToList().FindIndex(line => line.Trim() == Heading);
        if (start < 0)
        {
            throw new InvalidDataException($"docs/architecture.md has no '{Heading}' section.");
        }

        var rows = new List<MessageTableRow>();
        // The table is the first run of '|' lines after the heading; its first two lines are the header and the rule.
        var table = lines.Skip(start + 1).SkipWhile(line => !line.StartsWith('|')).TakeWhile(line => line.StartsWith('|')).Skip(2);
        foreach (var line in table)
        {
            var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray();
            if (cells.Length != 5 || !Enum.TryParse<Delivery>(cells[4], ignoreCase: true, out var delivery))
            {
                throw new InvalidDataException($"A message table row needs 5 cells (message | from | consumed by | queue | publish or send): '{line}'");
            }

            rows.Add(new MessageTableRow(cells[0], Services(cells[1]), cells[2], cells[3], delivery));
        }

        return new MessageTable(rows);
    }

    /// <summary>The rows a service consumes, as the service's bus would report them.</summary>
    public IReadOnlyList<ConsumedMessage> ConsumedBy(string service) =>
        Rows.Where(row => row.ConsumedBy == service)
            .Select(row => new ConsumedMessage(row.Message, row.Queue, row.Delivery))
            .OrderBy(c => c.Message, StringComparer.Ordinal).ThenBy(c => c.Queue, StringComparer.Ordinal)
            .ToList();

    /// <summary>Table rows for what a service consumes (the "from" cell left for the author to fill in).</summary>
    public static string Format(IEnumerable<ConsumedMessage> consumed, string service) =>
        string.Join('\n', consumed.Select(c => $"| `{c.Message}` | ? | {service} | `{c.Queue}` | {c.Delivery.ToString().ToLowerInvariant()} |"));

    private static List<string> Services(string cell) =>
        cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s != "—").ToList();
}
