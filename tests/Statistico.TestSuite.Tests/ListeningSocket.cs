using System.Globalization;
using System.Net;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// A listening TCP socket of this machine, any user's, read from /proc/net/tcp and /proc/net/tcp6, with its inode (which
/// names it in its owner's /proc/PID/fd).
/// </summary>
public sealed record ListeningSocket(IPAddress Address, int Port, long Inode = 0)
{
    private const string Listen = "0A";
    private static readonly string[] Tables = ["/proc/net/tcp", "/proc/net/tcp6"];

    public bool IsLoopback => IPAddress.IsLoopback(Address.IsIPv4MappedToIPv6 ? Address.MapToIPv4() : Address);

    public static IReadOnlyList<ListeningSocket> ReadAll() =>
        [.. Tables.Where(File.Exists).SelectMany(path => Parse(File.ReadLines(path)))];

    /// <summary>Lines of /proc/net/tcp{,6}: "sl local_address rem_address st ...", addresses as hex words in host (little-endian) order.</summary>
    public static IEnumerable<ListeningSocket> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4 || fields[3] != Listen)
            {
                continue;
            }

            var local = fields[1].Split(':');
            var inode = fields.Length > 9 ? long.Parse(fields[9], NumberStyles.Integer, CultureInfo.InvariantCulture) : 0;
            yield return new ListeningSocket(ParseAddress(local[0]), int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), inode);
        }
    }

    public override string ToString() => Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{Address}]:{Port}" : $"{Address}:{Port}";

    private static IPAddress ParseAddress(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        // Each 32-bit word is written in the kernel's (little-endian) byte order.
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPAddress(bytes);
    }
}
