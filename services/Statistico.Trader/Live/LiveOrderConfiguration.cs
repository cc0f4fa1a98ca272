using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Statistico.Trader.Live;

/// <summary>The <c>live_orders</c> table: one row per customer order reference, the key that makes a second placement impossible.</summary>
internal sealed class LiveOrderConfiguration : IEntityTypeConfiguration<LiveOrder>
{
    public void Configure(EntityTypeBuilder<LiveOrder> builder)
    {
        builder.ToTable("live_orders");
        builder.HasKey(o => o.CustomerOrderRef);
        builder.Property(o => o.CustomerOrderRef).HasMaxLength(32);
        builder.Property(o => o.CustomerRef).HasMaxLength(32);
        builder.Property(o => o.MarketId).HasMaxLength(64);
        builder.Property(o => o.Side).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ErrorCode).HasMaxLength(64);
        builder.Property(o => o.BetId).HasMaxLength(64);
        builder.HasIndex(o => o.TradeId).IsUnique();
        // The hourly transaction budget counts recent rows; the reconciler looks for open ones.
        builder.HasIndex(o => o.CreatedAt);
        builder.HasIndex(o => o.Status);
    }
}
