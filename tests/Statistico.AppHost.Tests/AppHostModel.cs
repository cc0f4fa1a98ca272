using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>The AppHost's application model as its Program builds it (nothing started), in external mode.</summary>
internal static class AppHostModel
{
    public static Task<IDistributedApplicationTestingBuilder> BuildAsync(params string[] args) =>
        DistributedApplicationTestingBuilder.CreateAsync<Projects.Statistico_AppHost>(
            [
                "Infrastructure:Mode=external",
                "ConnectionStrings:messaging=amqp://guest:guest@127.0.0.1:9/",
                "ConnectionStrings:postgres=Host=127.0.0.1;Port=9",
                "ConnectionStrings:cache=127.0.0.1:9",
                .. args,
            ],
            TestContext.Current.CancellationToken);

    public static ProjectResource Project(IDistributedApplicationTestingBuilder builder, string name) =>
        builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name);

    /// <summary>
    /// Every variable the resource's environment callbacks set, as set: plain strings, or expressions such as an
    /// endpoint's port that only a running app resolves. (Aspire's one-call reader waits for those values.)
    /// </summary>
    public static async Task<Dictionary<string, object>> EnvironmentOfAsync(ProjectResource resource)
    {
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), resource, cancellationToken: TestContext.Current.CancellationToken);
        foreach (var annotation in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await annotation.Callback(context);
        }

        return context.EnvironmentVariables.ToDictionary(v => v.Key, v => v.Value);
    }

    /// <summary>The value behind a variable that must be a secret parameter (it fails on a plain string or a public parameter).</summary>
    public static async Task<string?> SecretValueAsync(object variable)
    {
        var parameter = Assert.IsType<ParameterResource>(variable);
        Assert.True(parameter.Secret, $"{parameter.Name} is not a secret parameter");
        return await parameter.GetValueAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The plain-text variables only.</summary>
    public static async Task<Dictionary<string, string>> PlainEnvironmentOfAsync(ProjectResource resource) =>
        (await EnvironmentOfAsync(resource)).Where(v => v.Value is string).ToDictionary(v => v.Key, v => (string)v.Value);
}
