namespace OpenSpiral.Tests;

/// <summary>Finds the repository's source files from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "OpenSpiral.Web");

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
