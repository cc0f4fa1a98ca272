using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Statistico.Messaging.Scheduling;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The second migration a service adds for the scheduler: the recurring jobs' firing claims.</summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261208000000_RecurringJobFirings")]
public sealed class FiringClaimsMigration : RecurringJobFiringsMigration;
