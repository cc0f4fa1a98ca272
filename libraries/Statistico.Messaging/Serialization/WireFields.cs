using MessagePack;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// Every object is an array of its fields in a fixed order. A writer of a later minor revision may append fields;
/// a reader skips the ones it does not know (and fills the ones an older writer did not send with their defaults),
/// so adding an optional property to a contract needs no new format version.
/// </summary>
internal static class WireFields
{
    /// <summary>Skips the fields past the ones this reader knows.</summary>
    public static void SkipNewer(ref MessagePackReader reader, int written, int known)
    {
        for (var i = known; i < written; i++)
        {
            reader.Skip();
        }
    }
}
