namespace Statistico.OddsChecker.Sources;

/// <summary>Splits a source's event name (<c>Home v Away</c>) into its teams.</summary>
internal static class EventName
{
    private static readonly string[] Separators = [" v ", " vs ", " vs. ", " - "];

    public static (string Home, string Away)? Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var separator in Separators)
        {
            var at = name.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return (name[..at].Trim(), name[(at + separator.Length)..].Trim());
            }
        }

        return null;
    }
}
