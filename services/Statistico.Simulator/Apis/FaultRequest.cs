namespace Statistico.Simulator.Apis;

/// <summary>One-shot faults for the next exchange or data-provider calls.</summary>
public sealed record FaultRequest(int DropNext = 0, int RefuseNext = 0);
