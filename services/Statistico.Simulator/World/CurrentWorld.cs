namespace Statistico.Simulator.World;

/// <summary>The world being played now; replaced as a whole on reset.</summary>
public sealed class CurrentWorld
{
    private WorldDefinition? definition;

    public WorldDefinition Definition => definition ?? throw new InvalidOperationException("The world is not built yet (the simulator is starting).");

    public int Seed { get; private set; }

    public bool IsReady => definition is not null;

    public void Replace(WorldDefinition world, int seed)
    {
        Seed = seed;
        definition = world;
    }
}
