namespace Seo.Infrastructure.Privacy;

/// <summary>
/// The data folder holds the embedded database and the generated keys: on Unix it is readable by
/// its owner only (0700) and so is each file in it (0600), whatever the process's umask.
/// Windows keeps its inherited ACLs (the folder is under the user's profile or the service's).
/// </summary>
public static class DataDirectory
{
    public const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder owner-only, or narrows an existing one to its owner unless it is a shared folder such as /tmp.</summary>
    public static void Ensure(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path, OwnerOnlyDirectory);
        }

        // A folder others may write to (/tmp: world-writable, sticky) is shared, not this
        // application's to narrow: narrowing it would lock every other user out. The files made
        // in it are owner-only all the same.
        var mode = File.GetUnixFileMode(path);
        if (mode != OwnerOnlyDirectory && (mode & (UnixFileMode.StickyBit | UnixFileMode.OtherWrite)) == 0)
        {
            File.SetUnixFileMode(path, OwnerOnlyDirectory);
        }
    }

    /// <summary>Writes a new file readable by its owner only; throws <see cref="IOException"/> if it exists.</summary>
    public static void WriteOwnerOnly(string path, ReadOnlySpan<byte> content)
    {
        using var file = new FileStream(path, CreateNewOwnerOnly());
        file.Write(content);
    }

    /// <summary>
    /// Makes sure <paramref name="path"/> exists and is owner-only before a database opens it:
    /// SQLite takes an empty file as a new database and gives its journal and WAL the file's mode.
    /// An existing file is narrowed to its owner.
    /// </summary>
    public static void EnsureOwnerOnlyFile(string path)
    {
        if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
        {
            // No folder, no database: opening it fails with SQLite's own error.
            return;
        }

        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, CreateNewOwnerOnly());
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first.
            }
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnlyFile) != 0)
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) & OwnerOnlyFile);
        }
    }

    private static FileStreamOptions CreateNewOwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }
}
