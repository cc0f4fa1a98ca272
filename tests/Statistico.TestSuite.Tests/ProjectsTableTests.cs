using System.Text.RegularExpressions;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// The architecture page's "Projects" table against the tree: every project folder has exactly one row, and every row
/// names a folder that exists, so a project added, moved or removed without the page fails here.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class ProjectsTableTests
{
    // The folders whose every child is a project of its own (tests/ has one shared row for its *.Tests projects).
    private static readonly string[] ProjectFolders = ["contracts", "aspire", "services", "libraries", "tools", "bench"];

    [Fact]
    public void Every_project_folder_has_one_row_and_every_row_names_a_folder_that_exists()
    {
        var root = TestAssemblies.RepositoryRoot;
        var rows = File.ReadLines(Path.Combine(root, "docs", "architecture.md"))
            .SkipWhile(line => line != "## Projects").Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => RowPath().Match(line)).Where(match => match.Success)
            .Select(match => match.Groups["path"].Value).ToList();
        var projects = ProjectFolders.Where(folder => Directory.Exists(Path.Combine(root, folder)))
            .SelectMany(folder => Directory.GetDirectories(Path.Combine(root, folder)))
            .Where(directory => !Path.GetFileName(directory).StartsWith('.'))
            // A project moved away leaves its ignored build output behind in a working copy; that is not a project.
            .Where(directory => Directory.EnumerateFileSystemEntries(directory).Any(entry => Path.GetFileName(entry) is not ("bin" or "obj")))
            .Select(directory => Path.GetRelativePath(root, directory).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal).ToList();

        var repeated = rows.GroupBy(row => row).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        var missing = projects.Except(rows).ToList();
        var gone = rows.Where(row => !row.Contains('*', StringComparison.Ordinal) && !Directory.Exists(Path.Combine(root, row))).ToList();

        Assert.Empty(repeated);
        Assert.Empty(missing);
        Assert.Empty(gone);
    }

    [GeneratedRegex(@"^\| `(?<path>[^`]+)` \|")]
    private static partial Regex RowPath();
}
