namespace Statistico.Simulator.Clock;

/// <summary>
/// Serialises everything that reads or changes the world's orders and account: the simulator is one process playing
/// one world, and a single gate makes every exchange operation atomic with respect to the others.
/// </summary>
public sealed class WorldGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
