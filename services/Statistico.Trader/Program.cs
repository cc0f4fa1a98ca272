using Statistico.Messaging.Persistence;
using Statistico.ServiceDefaults;
using Statistico.Trader;
using Statistico.Trader.Apis;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapStrategiesApi();
app.MapTradesApi();
app.MapKillSwitchApi();
app.MapSummaryApi();

await app.RunOrMigrateAsync();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
