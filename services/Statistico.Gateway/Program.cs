using Statistico.Gateway;
using Statistico.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseGatewayPipeline();
app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapGatewayApi();

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
