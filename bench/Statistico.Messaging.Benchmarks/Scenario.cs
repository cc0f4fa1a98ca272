namespace Statistico.Messaging.Benchmarks;

/// <summary>One measured run.</summary>
/// <param name="Name">What ran.</param>
/// <param name="Operations">Saga transitions or messages delivered.</param>
/// <param name="Elapsed">Wall time from the first publish to the last arrival.</param>
/// <param name="MachineBusy">CPU time the whole machine was busy meanwhile (every process).</param>
/// <param name="ProcessBusy">CPU time of the benchmark process itself (the services' side: MassTransit, EF Core, Npgsql).</param>
public sealed record Scenario(string Name, int Operations, TimeSpan Elapsed, TimeSpan MachineBusy, TimeSpan ProcessBusy)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    /// <summary>Machine CPU per operation, in microseconds.</summary>
    public double CpuMicrosecondsPerOperation => MachineBusy.TotalMicroseconds / Operations;

    /// <summary>This process's CPU per operation, in microseconds (the rest of the machine's is Postgres and RabbitMQ).</summary>
    public double ProcessCpuMicrosecondsPerOperation => ProcessBusy.TotalMicroseconds / Operations;

    /// <summary>How many of the machine's cores were busy on average.</summary>
    public double CoresBusy => MachineBusy / Elapsed;
}
