namespace Statistico.Simulator.Faults;

/// <summary>Seeded draws for fault injection, so a faulty run can be repeated.</summary>
public sealed class FaultDice(int seed)
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();

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
}
