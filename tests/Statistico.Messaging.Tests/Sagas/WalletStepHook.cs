namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Lets a test hold a wallet event inside its transaction (after the saga was loaded or inserted, before it is
/// saved), to force one interleaving of two concurrent events instead of hoping for it.
/// </summary>
public sealed class WalletStepHook
{
    /// <summary>Runs before each event's change, with the message and its retry attempt (0 = first try).</summary>
    public Func<object, int, Task> Before { get; set; } = (_, _) => Task.CompletedTask;
}
