namespace OpenSpiral.Tests;

/// <summary>Finds the repository's source files from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "OpenSpiral.Web");

    /// <summary>The application's hand-written .cs and .cshtml files (no build output, no generated migrations), relative to the web project.</summary>
    public static IEnumerable<string> WebSourceFiles() =>
        Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(WebProject, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("Data/Migrations/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenSpiral.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OpenSpiral.slnx not found above " + AppContext.BaseDirectory);
    }
}
