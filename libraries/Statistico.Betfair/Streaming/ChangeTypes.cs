namespace Statistico.Betfair.Streaming;

/// <summary>The <c>ct</c> of a change message; absent means an ordinary delta.</summary>
public static class ChangeTypes
{
    public const string SubImage = "SUB_IMAGE";
    public const string ResubDelta = "RESUB_DELTA";
    public const string Heartbeat = "HEARTBEAT";
}
