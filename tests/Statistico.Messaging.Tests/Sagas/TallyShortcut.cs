using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Answers a step numbered <see cref="Step"/> on the saga's message pipe, behind the inbox's filter and in front of the
/// repository, and never passes it on: a message of a saga stored in Postgres that never reaches the repository, so
/// the claim the inbox's filter handed to the repository is still to be made when the pipe returns (ADR 48's fallback).
/// It places itself as the inbox does, by observing the endpoint's saga configuration (connected after the inbox's
/// observer, it lands behind the inbox's filter).
/// </summary>
public sealed class TallyShortcut : IFilter<ConsumeContext<TallyStep>>, ISagaConfigurationObserver
{
    public const int Step = 7;

    public void Probe(ProbeContext context) => context.CreateFilterScope("tally-shortcut");

    public Task Send(ConsumeContext<TallyStep> context, IPipe<ConsumeContext<TallyStep>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return context.Message.Step == Step
            ? context.Publish(new TallyCompleted(context.Message.TallyId, Count: 0))
            : next.Send(context);
    }

    public void SagaConfigured<TSaga>(ISagaConfigurator<TSaga> configurator)
        where TSaga : class, ISaga
    {
    }

    public void StateMachineSagaConfigured<TInstance>(ISagaConfigurator<TInstance> configurator, SagaStateMachine<TInstance> stateMachine)
        where TInstance : class, ISaga, SagaStateMachineInstance
    {
    }

    public void SagaMessageConfigured<TSaga, TMessage>(ISagaMessageConfigurator<TSaga, TMessage> configurator)
        where TSaga : class, ISaga
        where TMessage : class
    {
        if (configurator is ISagaMessageConfigurator<TallyStep> steps)
        {
            steps.UseFilter(this);
        }
    }
}
