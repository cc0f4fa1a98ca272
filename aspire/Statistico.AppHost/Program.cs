using Statistico.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddStatisticoInfrastructure();

var footballData = builder.AddProject<Projects.Statistico_FootballData>("football-data")
    .WithInfrastructure(infrastructure, databaseName: "footballdata")
    .WithHttpHealthCheck("/health");

// "ratings" is the database resource's name (a connection-string resource), so the service needs another.
builder.AddProject<Projects.Statistico_Ratings>("ratings-service")
    .WithInfrastructure(infrastructure, databaseName: "ratings")
    .WithReference(footballData)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
