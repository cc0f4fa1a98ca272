using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Statistico.Messaging.Scheduling;

namespace Statistico.OddsChecker.Data.Migrations;

/// <summary>The recurring jobs' firing claims beside Quartz's tables (ADR 0049).</summary>
[DbContext(typeof(OddsCheckerDbContext))]
[Migration("20261208000000_RecurringJobFirings")]
public sealed class RecurringJobFirings : RecurringJobFiringsMigration;
