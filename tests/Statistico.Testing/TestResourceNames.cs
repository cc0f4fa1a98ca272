using System.Globalization;
using System.Text.RegularExpressions;

namespace Statistico.Testing;

/// <summary>
/// Names of what tests create on the servers: a test marker, the creation time (UTC, to the second) and a unique part.
/// A killed run cannot drop what it created; the next run's sweep (<see cref="LeftoverSweep"/>) drops every marked
/// name older than <see cref="LeftoverAge"/>, and never a name it did not make.
/// </summary>
public static partial class TestResourceNames
{
    /// <summary>Longer than any test runs, so a sweep never drops a running test's database.</summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    private const string StampFormat = "yyMMddHHmmss";

    /// <summary>A Postgres database name (at most 63 bytes; here 44).</summary>
    public static string Database(string purpose, DateTimeOffset now) =>
        $"t_{Stamp(now)}_{Sanitize(purpose, 12)}_{Guid.NewGuid():N}"[..44].TrimEnd('_');

    public static string VirtualHost(string purpose, DateTimeOffset now) => $"test-{Stamp(now)}-{purpose}-{Guid.NewGuid():N}";

    public static string KeyPrefix(string purpose, DateTimeOffset now) => $"test:{Stamp(now)}:{purpose}:{Guid.NewGuid():N}:";

    /// <summary>When a marked name was created; null for any other name (never swept).</summary>
    public static DateTimeOffset? CreatedAt(string name)
    {
        var match = Marked().Match(name ?? string.Empty);
        return match.Success && DateTime.TryParseExact(match.Groups["stamp"].Value, StampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var created)
            ? new DateTimeOffset(created, TimeSpan.Zero)
            : null;
    }

    public static bool IsLeftover(string name, DateTimeOffset now) => CreatedAt(name) is { } created && now - created > LeftoverAge;

    private static string Stamp(DateTimeOffset now) => now.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture);

    private static string Sanitize(string purpose, int length) =>
        new([.. purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(length)]);

    [GeneratedRegex(@"^(t_|test-|test:)(?<stamp>[0-9]{12})[_:-]")]
    private static partial Regex Marked();
}
