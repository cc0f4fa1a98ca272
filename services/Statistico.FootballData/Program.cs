using Statistico.Messaging.Persistence;
using Statistico.FootballData;
using Statistico.FootballData.Apis;
using Statistico.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapCompetitionsApi();
app.MapTeamsApi();
app.MapFixturesApi();
app.MapImportsApi();
app.MapSummaryApi();

await app.RunOrMigrateAsync();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
