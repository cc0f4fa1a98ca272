namespace Statistico.ServiceDefaults;

/// <summary>Tags that decide which health endpoint runs a check.</summary>
public static class HealthTags
{
    /// <summary>Runs on <c>/alive</c>: the process itself works (liveness).</summary>
    public const string Live = "live";

    /// <summary>Runs on <c>/health</c>: a dependency the service needs to do its work (readiness).</summary>
    public const string Ready = "ready";
}
