using Statistico.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddStatisticoInfrastructure();

builder.AddProject<Projects.Statistico_FootballData>("football-data")
    .WithInfrastructure(infrastructure, databaseName: "footballdata")
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Statistico_OddsWarehouse>("odds-warehouse")
    .WithInfrastructure(infrastructure, databaseName: "oddswarehouse")
    .WithHttpHealthCheck("/health");

builder.Build().Run();
