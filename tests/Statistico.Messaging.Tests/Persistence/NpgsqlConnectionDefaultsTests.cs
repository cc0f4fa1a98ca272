using Npgsql;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Tests.Persistence;

[Trait("Category", "Unit")]
public sealed class NpgsqlConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_without_the_settings_gets_prepared_statements_and_no_reset_on_close()
    {
        var applied = new NpgsqlConnectionStringBuilder(NpgsqlConnectionDefaults.Apply("Host=127.0.0.1;Database=ratings;Username=statistico"));

        Assert.Equal(NpgsqlConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(NpgsqlConnectionDefaults.AutoPrepareMinUsages, applied.AutoPrepareMinUsages);
        Assert.True(applied.NoResetOnClose);
        Assert.Equal(("127.0.0.1", "ratings", "statistico"), (applied.Host, applied.Database, applied.Username));
    }

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=0;Auto Prepare Min Usages=7;No Reset On Close=false")]
    [InlineData("Host=h;maxautoprepare=0;AUTOPREPAREMINUSAGES=7;noresetonclose=false")]
    public void Settings_the_connection_string_names_win_over_the_defaults(string connectionString)
    {
        var applied = new NpgsqlConnectionStringBuilder(NpgsqlConnectionDefaults.Apply(connectionString));

        Assert.Equal((0, 7, false), (applied.MaxAutoPrepare, applied.AutoPrepareMinUsages, applied.NoResetOnClose));
    }
}
