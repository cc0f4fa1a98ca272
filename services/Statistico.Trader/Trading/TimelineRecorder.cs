using MassTransit;

namespace Statistico.Trader.Trading;

/// <summary>Writes each transition onto the trade's timeline, so it is saved with the state it led to.</summary>
internal sealed class TimelineRecorder(TimeProvider clock) : IStateObserver<TradeState>
{
    public Task StateChanged(BehaviorContext<TradeState> context, State currentState, State previousState)
    {
        if (currentState.Name == "Initial")
        {
            return Task.CompletedTask; // the new instance entering Initial is not a transition of the trade
        }

        var from = previousState?.Name is { } name && name != "Initial" ? name : null;
        var detail = currentState.Name is "Rejected" or "Cancelled" or "Lapsed" or "Voided" ? context.Saga.EndReason : null;
        context.Saga.Timeline.Add(new TradeStep(from, currentState.Name, context.Event.Name, clock.GetUtcNow(), detail));
        return Task.CompletedTask;
    }
}
