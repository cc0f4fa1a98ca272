using System.Globalization;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// The clk tokens: the feed's sequence number prefixed by an epoch chosen at start, so a clk from before a restart is
/// recognised as foreign (the client gets an image) rather than read as a position in the new sequence.
/// </summary>
public static class StreamClock
{
    public static string Format(string epoch, long seq) => string.Create(CultureInfo.InvariantCulture, $"{epoch}:{seq}");

    /// <summary>False when <paramref name="token"/> is not a clk at all (INVALID_CLOCK).</summary>
    public static bool TryParse(string token, out string epoch, out long seq)
    {
        ArgumentNullException.ThrowIfNull(token);
        epoch = string.Empty;
        seq = 0;
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(token.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out seq))
        {
            return false;
        }

        epoch = token[..colon];
        return true;
    }
}
