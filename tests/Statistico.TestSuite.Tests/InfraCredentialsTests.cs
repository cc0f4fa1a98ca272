using System.Diagnostics;
using System.Runtime.Versioning;
using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// scripts/infra.sh's per-machine credentials (ADR 0041), in a file of a temporary directory: created on first use with
/// two random passwords, readable by its owner only, kept as they are afterwards, and different on another machine.
/// </summary>
[Trait("Category", "Unit")]
[UnsupportedOSPlatform("windows")] // infra.sh and Unix file modes
public sealed class InfraCredentialsTests : IDisposable
{
    private readonly DirectoryInfo home = Directory.CreateTempSubdirectory("infra-credentials-");

    [Fact]
    public async Task The_first_use_writes_two_random_passwords_readable_by_the_owner_only_and_later_uses_keep_them()
    {
        var file = Path.Combine(home.FullName, "config", "statistico", "infra.env");

        Assert.Equal(file, (await CredentialsAsync(file)).Trim());
        var first = LocalCredentials.Parse(await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        Assert.Matches("^[A-Za-z0-9]{32}$", first["STATISTICO_INFRA_PASSWORD"]);
        Assert.Matches("^[A-Za-z0-9]{32}$", first["STATISTICO_INFRA_ADMIN_PASSWORD"]);
        Assert.NotEqual(first["STATISTICO_INFRA_PASSWORD"], first["STATISTICO_INFRA_ADMIN_PASSWORD"]);

        await CredentialsAsync(file);
        Assert.Equal(first, LocalCredentials.Parse(await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)));

        var elsewhere = Path.Combine(home.FullName, "other", "infra.env");
        await CredentialsAsync(elsewhere);
        var other = LocalCredentials.Parse(await File.ReadAllLinesAsync(elsewhere, TestContext.Current.CancellationToken));
        Assert.NotEqual(first["STATISTICO_INFRA_PASSWORD"], other["STATISTICO_INFRA_PASSWORD"]);
    }

    [Fact]
    public async Task A_file_widened_by_hand_is_narrowed_again_and_env_prints_its_passwords_not_a_fixed_one()
    {
        var file = Path.Combine(home.FullName, "infra.env");
        await CredentialsAsync(file);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var env = await RunAsync(file, "env");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var password = LocalCredentials.Parse(await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken))["STATISTICO_INFRA_PASSWORD"];
        Assert.Contains($"Username=statistico;Password={password}", env, StringComparison.Ordinal);
        Assert.Contains($"amqp://statistico:{password}@127.0.0.1:5672/", env, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=statistico", env, StringComparison.Ordinal);
    }

    public void Dispose() => home.Delete(recursive: true);

    private static Task<string> CredentialsAsync(string file) => RunAsync(file, "credentials");

    private static async Task<string> RunAsync(string file, string command)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "infra.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["STATISTICO_INFRA_ENV_FILE"] = file;
        start.Environment.Remove("STATISTICO_INFRA_PASSWORD");
        start.Environment.Remove("STATISTICO_INFRA_ADMIN_PASSWORD");
        using var script = Process.Start(start)!;
        var stdout = script.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await script.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await script.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(script.ExitCode == 0, $"infra.sh {command} failed: {stderr}");
        return await stdout;
    }
}
