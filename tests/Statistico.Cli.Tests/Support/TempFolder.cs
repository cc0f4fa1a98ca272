namespace Statistico.Cli.Tests.Support;

/// <summary>A scratch folder for hand-written CSV files, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("statistico-cli-").FullName;

    /// <summary>Writes <paramref name="lines"/> joined by LF to a file under the folder and returns its full path.</summary>
    public string Write(string relativePath, IEnumerable<string> lines, bool byteOrderMark = false)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new System.Text.UTF8Encoding(byteOrderMark));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
