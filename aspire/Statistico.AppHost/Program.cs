using Statistico.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddStatisticoInfrastructure();

var footballData = builder.AddProject<Projects.Statistico_FootballData>("football-data")
    .WithInfrastructure(infrastructure, databaseName: "footballdata")
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Statistico_OddsCompiler>("odds-compiler")
    .WithInfrastructure(infrastructure, databaseName: "oddscompiler")
    .WithReference(footballData)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
