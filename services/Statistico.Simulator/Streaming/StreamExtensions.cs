namespace Statistico.Simulator.Streaming;

/// <summary>Registers the Exchange Stream API (server, feed and pump) from "Simulator:Stream".</summary>
public static class StreamExtensions
{
    public static void AddExchangeStream(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(StreamServerOptions.SectionName);
        builder.Services.AddOptions<StreamServerOptions>().Bind(section);
        if (!section.GetValue(nameof(StreamServerOptions.Enabled), true))
        {
            return;
        }

        builder.Services.AddSingleton<StreamFeed>();
        builder.Services.AddScoped<StreamImages>();
        builder.Services.AddHostedService<StreamFeedPump>();
        builder.Services.AddSingleton<StreamServer>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<StreamServer>());
    }
}
