using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.JobService;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Sagas;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Puts <see cref="TransactionalConsumeFilter{TDbContext,TMessage}"/> in front of every consumer and saga message on one
/// receive endpoint. The inbox's consumer id is MassTransit's own (endpoint + consumer + message type), so inbox rows
/// written before this filter existed still recognise their messages.
/// </summary>
internal sealed class TransactionalConsumeObserver<TDbContext>(IReceiveEndpointConfigurator endpoint, IRegistrationContext context) :
    IConsumerConfigurationObserver,
    ISagaConfigurationObserver
    where TDbContext : DbContext
{
    private readonly ConsumeScopeProvider scopes = new(context);

    public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
        where TConsumer : class
    {
    }

    public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
        where TConsumer : class
        where TMessage : class =>
        Add<TConsumer, TMessage>(configurator as IConsumerMessageConfigurator<TMessage>, sagaRepositoryClaims: false);

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
        where TMessage : class =>
        // A saga stored by the Postgres repository makes the claim itself, with its row's read (ADR 48).
        Add<TSaga, TMessage>(configurator as ISagaMessageConfigurator<TMessage>, context.GetService<PostgresSagaRepositoryOptions<TSaga>>() is not null);

    private void Add<TConsumer, TMessage>(IPipeConfigurator<ConsumeContext<TMessage>>? configurator, bool sagaRepositoryClaims)
        where TConsumer : class
        where TMessage : class
    {
        if (configurator is null)
        {
            throw new ConfigurationException($"The inbox cannot be added to {typeof(TConsumer).Name} for {typeof(TMessage).Name}.");
        }

        var consumerId = JobMetadataCache<TConsumer, TMessage>.GenerateJobTypeId(endpoint.InputAddress.GetEndpointName());
        configurator.UseFilter(new TransactionalConsumeFilter<TDbContext, TMessage>(scopes, consumerId, typeof(TConsumer).Name, sagaRepositoryClaims));
    }
}
