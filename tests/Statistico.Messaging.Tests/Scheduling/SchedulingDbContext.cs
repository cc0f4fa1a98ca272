using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Stands in for a service's DbContext: its only migration creates Quartz's schema.</summary>
public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options);
