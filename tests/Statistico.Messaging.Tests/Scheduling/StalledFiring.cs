using Quartz;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// Holds a firing of one trigger group on its node before the job runs, as a node that hangs mid-fire: the firing
/// is recorded in Quartz's fired-trigger table and stays there until the node is shut down under it.
/// </summary>
public sealed class StalledFiring(string triggerGroup) : IJobListener
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => $"stall-{triggerGroup}";

    /// <summary>Completes when a firing of the group is being held.</summary>
    public Task Entered => entered.Task;

    /// <summary>Lets the held firing go (at the end of a test, once its node is shut down).</summary>
    public void Release() => released.TrySetResult();

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Trigger.Key.Group == triggerGroup)
        {
            entered.TrySetResult();
            await released.Task; // deaf to the shutdown's cancellation: a hung node does not answer it either
        }
    }
}
