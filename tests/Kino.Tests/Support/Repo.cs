namespace Kino.Tests.Support;

public static class Repo
{
    /// <summary>The checkout's root (where the kino script lives).</summary>
    public static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "kino"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("kino script not found above the test binaries");
    }
}
