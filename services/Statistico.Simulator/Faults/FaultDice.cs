namespace Statistico.Simulator.Faults;

/// <summary>
/// Seeded draws for fault injection, so a faulty run can be repeated, plus one-shot faults armed through the control
/// API ("drop the next answer") for tests that need a fault on one particular call.
/// </summary>
public sealed class FaultDice(int seed)
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();
    private int dropNext;
    private int refuseNext;

    public void Arm(int drop, int refuse)
    {
        lock (gate)
        {
            dropNext = Math.Max(0, drop);
            refuseNext = Math.Max(0, refuse);
        }
    }

    /// <summary>True (once per armed fault) when the next answer is to be dropped.</summary>
    public bool TakeDrop() => Take(ref dropNext);

    /// <summary>True (once per armed fault) when the next call is to be refused.</summary>
    public bool TakeRefuse() => Take(ref refuseNext);

    public bool Roll(double probability)
    {
        if (probability <= 0)
        {
            return false;
        }

        lock (gate)
        {
            return random.NextDouble() < probability;
        }
    }

    private bool Take(ref int armed)
    {
        lock (gate)
        {
            if (armed == 0)
            {
                return false;
            }

            armed--;
            return true;
        }
    }
}
