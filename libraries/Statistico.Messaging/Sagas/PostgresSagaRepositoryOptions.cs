namespace Statistico.Messaging.Sagas;

/// <summary>The repository settings of one saga type.</summary>
/// <param name="ConcurrencyMode">Optimistic (row version) or pessimistic (row lock).</param>
public sealed record PostgresSagaRepositoryOptions<TSaga>(SagaConcurrencyMode ConcurrencyMode)
    where TSaga : class;
