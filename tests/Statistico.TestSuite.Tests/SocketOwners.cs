using System.Globalization;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// Which process holds which socket: every process named one of the given names, with the inodes of the sockets in its
/// /proc/PID/fd. A process whose descriptors this user may not read (another user's, when the tests do not run as root)
/// is listed as unreadable rather than taken to hold nothing.
/// </summary>
public sealed record SocketOwners(IReadOnlyDictionary<long, string> ByInode, IReadOnlyList<string> Seen, IReadOnlyList<string> Unreadable)
{
    /// <param name="processNames">The processes' names (/proc/PID/comm).</param>
    /// <param name="commandLineContains">Only processes whose command line holds this text (null: any).</param>
    public static SocketOwners Read(IReadOnlyCollection<string> processNames, string? commandLineContains = null)
    {
        var byInode = new Dictionary<long, string>();
        var seen = new List<string>();
        var unreadable = new List<string>();
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(process);
            if (!pid.All(char.IsAsciiDigit) || Text(process, "comm") is not { } name || !processNames.Contains(name.Trim()))
            {
                continue;
            }

            name = name.Trim();
            if (commandLineContains is not null && Text(process, "cmdline")?.Contains(commandLineContains, StringComparison.Ordinal) != true)
            {
                continue;
            }

            seen.Add($"{name}({pid})");
            try
            {
                foreach (var descriptor in Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd")))
                {
                    if (Inode(new FileInfo(descriptor).LinkTarget) is { } inode)
                    {
                        byInode[inode] = $"{name}({pid})";
                    }
                }
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                // IOException: the process ended while its descriptors were read.
                unreadable.Add($"{name}({pid})");
            }
        }

        return new SocketOwners(byInode, seen, unreadable);
    }

    /// <summary>The inode of a descriptor's link target "socket:[12345]"; null for any other file.</summary>
    public static long? Inode(string? linkTarget) =>
        linkTarget is not null && linkTarget.StartsWith("socket:[", StringComparison.Ordinal) && linkTarget.EndsWith(']')
            && long.TryParse(linkTarget.AsSpan(8, linkTarget.Length - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
            ? inode
            : null;

    private static string? Text(string process, string file)
    {
        try
        {
            return File.ReadAllText(Path.Combine(process, file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // gone meanwhile
        }
    }
}
