namespace Kino.Storage;

/// <summary>
/// Development secrets for the embedded mode: made once, readable only by the owner, kept under the data directory.
/// Replicas that share the directory race safely: the first file written wins and everyone reads it.
/// </summary>
public static class DevelopmentSecrets
{
    /// <summary>The secret in <c>DataDirectory/service/file</c>, made with <paramref name="make"/> when it does not exist yet.</summary>
    public static (string Value, string Path) ReadOrCreate(StorageOptions storage, string service, string file, Func<string> make)
    {
        var folder = System.IO.Path.Combine(storage.DataDirectory, service);
        var path = System.IO.Path.Combine(folder, file);
        Directory.CreateDirectory(folder);
        if (!File.Exists(path))
        {
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(temporary, make());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try { File.Move(temporary, path); }
            catch (IOException) { File.Delete(temporary); }   // another replica made it first: use theirs
        }
        return (File.ReadAllText(path).Trim(), path);
    }
}
