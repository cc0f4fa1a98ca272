using Statistico.Charts.Tests.Support;

namespace Statistico.Charts.Tests;

/// <summary>values.schema.json turns a wrong type or an unknown key into a failed render with the schema's message.</summary>
[Trait("Category", "Unit")]
public sealed class BadValuesTests
{
    [Theory]
    [InlineData("--set-string", "components.trader.replicas=3", "at '/components/trader/replicas': got string, want integer")]
    [InlineData("--set-string", "defaults.replicas=three", "at '/defaults/replicas': got string, want integer")]
    [InlineData("--set", "replicaCount=3", "additional properties 'replicaCount' not allowed")]
    [InlineData("--set", "global.registry=x", "at '/global': additional properties 'registry' not allowed")]
    [InlineData("--set", "components.gatway.enabled=true", "at '/components': additional properties 'gatway' not allowed")]
    [InlineData("--set", "infrastructure.mode=embedded", "at '/infrastructure/mode'")]
    [InlineData("--set", "infrastructure.rabbitmq.queueType=Stream", "at '/infrastructure/rabbitmq/queueType'")]
    public async Task A_bad_value_fails_helm_template_with_the_schema_message(string flag, string value, string message)
    {
        var result = await Helm.RunAsync("template", "statistico", ".", flag, value);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
