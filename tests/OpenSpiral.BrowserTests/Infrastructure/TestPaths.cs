namespace OpenSpiral.BrowserTests.Infrastructure;

public static class TestPaths
{
    /// <summary>The folder of this test project (bin/ is found below it), else the current folder.</summary>
    public static string ProjectDirectory { get; } = FindProjectDirectory();

    public static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return string.Concat(name.Select(c => invalid.Contains(c) || c is ' ' or '"' ? '_' : c));
    }

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenSpiral.BrowserTests.csproj")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
