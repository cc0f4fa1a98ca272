using Statistico.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddStatisticoInfrastructure();

builder.AddProject<Projects.Statistico_FootballData>("football-data")
    .WithInfrastructure(infrastructure, databaseName: "footballdata")
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Statistico_Simulator>("world-simulator") // "simulator" is its database's name
    .WithInfrastructure(infrastructure, databaseName: "simulator")
    .WithHttpHealthCheck("/health");

builder.Build().Run();
