using Statistico.Messaging.Persistence;
using Statistico.OddsCompiler;
using Statistico.OddsCompiler.Apis;
using Statistico.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapBooksApi();
app.MapModelsApi();
app.MapSummaryApi();

await app.RunOrMigrateAsync();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
