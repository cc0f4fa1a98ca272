using MassTransit;
using Npgsql;
using NpgsqlTypes;
using Statistico.Contracts.FootballData;

namespace Statistico.OddsWarehouse.Fixtures;

/// <summary>
/// Keeps <c>fixture_kick_offs</c> from Football Data's events (ADR 0303). An upsert guarded by the event's time makes
/// it idempotent and order-proof: a redelivered or late event never overwrites a newer kick-off.
/// </summary>
internal sealed class FixtureKickOffConsumer(NpgsqlDataSource dataSource) : IConsumer<FixtureScheduled>, IConsumer<FixtureUpdated>
{
    private const string Upsert = """
        INSERT INTO fixture_kick_offs (fixture_id, kick_off, status, as_of)
        VALUES (@fixture, @kick_off, @status, @as_of)
        ON CONFLICT (fixture_id) DO UPDATE
            SET kick_off = excluded.kick_off, status = excluded.status, as_of = excluded.as_of
            WHERE fixture_kick_offs.as_of <= excluded.as_of
        """;

    public Task Consume(ConsumeContext<FixtureScheduled> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        return SaveAsync(message.FixtureId, message.KickOff, FixtureStatus.Scheduled, message.OccurredAt, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<FixtureUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        return SaveAsync(message.FixtureId, message.KickOff, message.Status, message.OccurredAt, context.CancellationToken);
    }

    private async Task SaveAsync(Guid fixtureId, DateTimeOffset kickOff, FixtureStatus status, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Upsert);
        command.Parameters.Add(new NpgsqlParameter<Guid>("fixture", NpgsqlDbType.Uuid) { TypedValue = fixtureId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("kick_off", NpgsqlDbType.TimestampTz) { TypedValue = kickOff.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<string>("status", NpgsqlDbType.Varchar) { TypedValue = status.ToString() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("as_of", NpgsqlDbType.TimestampTz) { TypedValue = asOf.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
