using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Statistico.Gateway.Security;

/// <summary>
/// The accepted keys, kept as SHA-256 digests and compared in constant time over every key: how long a check takes
/// says nothing about how much of a guess was right, nor which key matched.
/// </summary>
internal sealed class ApiKeyRing(IOptions<GatewayOptions> options)
{
    private readonly byte[][] digests = options.Value.ApiKeys.Select(Digest).ToArray();

    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var digest = Digest(presented);
        var accepted = false;
        foreach (var known in digests)
        {
            accepted |= CryptographicOperations.FixedTimeEquals(digest, known);
        }

        return accepted;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
