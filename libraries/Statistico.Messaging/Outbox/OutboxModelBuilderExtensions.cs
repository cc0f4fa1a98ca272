using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>Adds the inbox and outbox tables to a service's own DbContext, so they share its transactions.</summary>
public static class OutboxModelBuilderExtensions
{
    public static ModelBuilder AddStatisticoOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        var inbox = modelBuilder.Entity<InboxState>();
        inbox.ToTable("inbox_state");
        inbox.HasKey(i => i.Id);
        inbox.HasAlternateKey(i => new { i.MessageId, i.ConsumerId });
        inbox.HasIndex(i => i.Delivered);
        inbox.Property(i => i.Version).IsRowVersion();

        var message = modelBuilder.Entity<OutboxMessage>();
        message.ToTable("outbox_message");
        message.HasKey(m => m.SequenceNumber);
        message.Property(m => m.SequenceNumber).UseIdentityAlwaysColumn();
        message.HasIndex(m => new { m.InboxMessageId, m.InboxConsumerId, m.SequenceNumber }).IsUnique();
        message.HasIndex(m => new { m.OutboxId, m.SequenceNumber }).IsUnique();
        message.HasIndex(m => m.EnqueueTime);
        message.HasIndex(m => m.ExpirationTime);
        message.HasIndex(m => m.Parked);
        message.Property(m => m.ContentType).HasMaxLength(256);
        message.Property(m => m.MessageType);
        message.Property(m => m.SourceAddress).HasMaxLength(256);
        message.Property(m => m.DestinationAddress).HasMaxLength(256);
        message.Property(m => m.ResponseAddress).HasMaxLength(256);
        message.Property(m => m.FaultAddress).HasMaxLength(256);
        return modelBuilder;
    }
}
