using Statistico.Messaging.Persistence;
using Statistico.OddsChecker;
using Statistico.OddsChecker.Apis;
using Statistico.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapMappingApi();
app.MapBackfillsApi();
app.MapSummaryApi();

await app.RunOrMigrateAsync();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
