using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Statistico.Charts.Tests.Support;

/// <summary>Rendered documents: as text (for the validators) and as JSON trees of any kind (for the assertions).</summary>
internal static partial class Manifests
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();
    private static readonly ISerializer JsonWriter = new SerializerBuilder().JsonCompatible().Build();

    /// <summary>The non-empty documents of helm's output, each as its own YAML text.</summary>
    public static IReadOnlyList<string> Split(string yaml) =>
        [.. DocumentSeparator().Split(yaml).Where(text => Parse(text).Count > 0)];

    /// <summary>Every document as JSON (scalars as YAML wrote them: numbers stay numbers, "quoted" stay strings).</summary>
    public static IReadOnlyList<JsonObject> Parse(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var documents = new List<JsonObject>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (Reader.Deserialize<object?>(parser) is { } document)
            {
                documents.Add(JsonNode.Parse(JsonWriter.Serialize(document))!.AsObject());
            }
        }

        return documents;
    }

    public static async Task<IReadOnlyList<JsonObject>> RenderAsync(string valueSet, params string[] extra) =>
        Parse(await Helm.TemplateAsync(valueSet, extra));

    public static IEnumerable<JsonObject> OfKind(this IEnumerable<JsonObject> documents, string kind) =>
        documents.Where(d => (string?)d["kind"] == kind);

    public static string Name(this JsonObject document) => (string)document["metadata"]!["name"]!;

    [GeneratedRegex(@"^---\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();
}
