using Statistico.Messaging.Persistence;
using Statistico.ServiceDefaults;
using Statistico.Simulator;
using Statistico.Simulator.Apis;
using Statistico.Simulator.Faults;

var builder = WebApplication.CreateBuilder(args);
ControlApiGuard.EnsureAllowed(builder.Environment, builder.Configuration);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseMiddleware<FaultInjection>();
app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapControlApi();
app.MapIdentityApi();
app.MapJsonRpcApi();
app.MapSportmonksApi();

await app.RunOrMigrateAsync();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
