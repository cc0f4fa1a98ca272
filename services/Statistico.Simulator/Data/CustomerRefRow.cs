namespace Statistico.Simulator.Data;

/// <summary>A placeOrders customerRef and when (wall clock) it was last submitted, for de-duplication.</summary>
public sealed class CustomerRefRow
{
    public required string CustomerRef { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}
