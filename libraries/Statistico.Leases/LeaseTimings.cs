namespace Statistico.Leases;

/// <summary>
/// How a <see cref="LeaseHolder"/> paces itself: a replica without the lease tries to take it every <paramref name="Retry"/>
/// (a dead holder is replaced within about this); the holder confirms it every <paramref name="Check"/> on its own session.
/// </summary>
public readonly record struct LeaseTimings(TimeSpan Retry, TimeSpan Check);
