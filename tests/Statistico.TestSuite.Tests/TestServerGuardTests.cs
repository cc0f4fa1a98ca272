using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>The test helpers refuse a server beyond loopback unless STATISTICO_TEST_ALLOW_HOST names it.</summary>
[Trait("Category", "Unit")]
public sealed class TestServerGuardTests
{
    private static InfrastructureEndpoints Local(string? postgresHost = null, string? cache = null, string? brokerHost = null) => new(
        new Uri($"amqp://app:secret@{brokerHost ?? "127.0.0.1"}:5672/statistico"),
        $"Host={postgresHost ?? "127.0.0.1"};Port=5432;Username=app;Password=secret",
        cache ?? "127.0.0.1:6379",
        new Uri("http://admin:secret@localhost:15672"),
        "test",
        "Host=127.0.0.1;Port=5432;Username=admin;Password=secret");

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.1.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    [InlineData("[::1]")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("/var/run/postgresql")]
    public void Loopback_hosts_and_unix_sockets_are_allowed(string host) => Assert.True(TestServerGuard.IsLoopback(host));

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("0.0.0.0")]
    [InlineData("db.example.com")]
    [InlineData("localhost.example.com")]
    [InlineData("::")]
    public void Other_hosts_are_not_loopback(string host) => Assert.False(TestServerGuard.IsLoopback(host));

    [Fact]
    public void Local_servers_pass() => TestServerGuard.EnsureAllowed(Local(), allowed: null);

    [Fact]
    public void A_remote_postgres_is_refused_with_the_host_and_the_opt_in_variable_named()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => TestServerGuard.EnsureAllowed(Local(postgresHost: "prod-db.internal"), allowed: null));

        Assert.Contains("'prod-db.internal'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("STATISTICO_TEST_ALLOW_HOST=prod-db.internal", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_server_is_checked_broker_redis_and_each_host_of_a_postgres_list()
    {
        Assert.Throws<InvalidOperationException>(() => TestServerGuard.EnsureAllowed(Local(brokerHost: "rabbit.internal"), allowed: null));
        Assert.Throws<InvalidOperationException>(() => TestServerGuard.EnsureAllowed(Local(cache: "127.0.0.1:6379,cache.internal:6379"), allowed: null));
        Assert.Throws<InvalidOperationException>(() => TestServerGuard.EnsureAllowed(Local(postgresHost: "127.0.0.1,replica.internal:5433"), allowed: null));
    }

    [Fact]
    public void Naming_the_host_in_the_opt_in_variable_allows_it_and_only_it()
    {
        TestServerGuard.EnsureAllowed(Local(postgresHost: "ci-db"), allowed: "other, ci-db");

        Assert.Throws<InvalidOperationException>(() => TestServerGuard.EnsureAllowed(Local(postgresHost: "ci-db2"), allowed: "ci-db"));
    }

    [Fact]
    public async Task The_isolated_database_helper_refuses_a_remote_server_before_connecting()
    {
        // An unresolvable name: without the refusal this would fail later, with a network error instead.
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => IsolatedDatabase.CreateAsync(
            "Host=db.invalid;Username=app;Password=x", "Host=db.invalid;Username=admin;Password=x", "refusal"));

        Assert.Contains(TestServerGuard.AllowVariable, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_isolated_virtual_host_helper_refuses_a_remote_broker_before_connecting()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => IsolatedVirtualHost.CreateAsync(
            new Uri("amqp://app:x@rabbit.invalid:5672/"), new Uri("http://admin:x@rabbit.invalid:15672"), "refusal"));

        Assert.Contains("'rabbit.invalid'", refused.Message, StringComparison.Ordinal);
    }
}
