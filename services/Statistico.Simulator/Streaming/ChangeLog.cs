namespace Statistico.Simulator.Streaming;

/// <summary>
/// The versions of each market's image, stamped with the feed's sequence number, so a client resubscribing with a
/// clk gets exactly what changed after it. Only the last <c>keep</c> versions of a market are kept; a clk older than
/// those gets a new image. Not thread-safe: <see cref="StreamFeed"/> guards it.
/// </summary>
public sealed class ChangeLog<T>(int keep)
    where T : class
{
    private readonly Dictionary<string, List<Version>> versions = new(StringComparer.Ordinal);

    public sealed record Version(long Seq, string Fingerprint, T Image);

    /// <summary>Adds <paramref name="image"/> as of <paramref name="seq"/> unless it equals the latest; true when added.</summary>
    public bool Append(string key, string fingerprint, T image, long seq)
    {
        if (!versions.TryGetValue(key, out var list))
        {
            versions[key] = list = [];
        }
        else if (list[^1].Fingerprint == fingerprint)
        {
            return false;
        }

        list.Add(new Version(seq, fingerprint, image));
        if (list.Count > keep)
        {
            list.RemoveRange(0, list.Count - keep);
        }

        return true;
    }

    public Version? Latest(string key) => versions.TryGetValue(key, out var list) ? list[^1] : null;

    /// <summary>
    /// The version a client that had applied everything up to <paramref name="seq"/> holds; null when the market had
    /// no version then, or when that version is no longer kept (either way the client needs an image).
    /// </summary>
    public Version? At(string key, long seq)
    {
        if (!versions.TryGetValue(key, out var list))
        {
            return null;
        }

        var index = list.FindLastIndex(v => v.Seq <= seq);
        // Versions are in sequence order, so the last one at or before seq is what the client holds, if still kept.
        return index < 0 ? null : list[index];
    }
}
