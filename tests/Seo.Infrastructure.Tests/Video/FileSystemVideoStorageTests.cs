using Seo.Infrastructure.Video;

namespace Seo.Infrastructure.Tests.Video;

/// <summary>R32: the default video store deletes recordings under its root, and nothing outside it.</summary>
public sealed class FileSystemVideoStorageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seo-video-tests", Guid.NewGuid().ToString("N"));
    private readonly string _root;
    private readonly FileSystemVideoStorage _storage;

    public FileSystemVideoStorageTests()
    {
        _root = Path.Combine(_folder, "video");
        Directory.CreateDirectory(_root);
        _storage = new FileSystemVideoStorage(_root);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "frames");
        return path;
    }

    [Fact]
    public async Task R32_a_recording_under_the_root_is_deleted_and_deleting_it_again_succeeds()
    {
        var path = Write("dostyk/zone/0900.mp4");
        var neighbour = Write("dostyk/zone/0910.mp4");

        (await _storage.DeleteAsync("dostyk/zone/0900.mp4", CancellationToken.None)).IsSuccess.ShouldBeTrue();
        (await _storage.DeleteAsync("dostyk/zone/0900.mp4", CancellationToken.None)).IsSuccess.ShouldBeTrue();

        File.Exists(path).ShouldBeFalse();
        File.Exists(neighbour).ShouldBeTrue();
    }

    [Fact]
    public async Task R32_a_recording_whose_folder_is_gone_counts_as_deleted() =>
        (await _storage.DeleteAsync("nowhere/at/all.mp4", CancellationToken.None)).IsSuccess.ShouldBeTrue();

    [Theory]
    [InlineData("../outside.mp4")]
    [InlineData("dostyk/../../outside.mp4")]
    [InlineData("/tmp/outside.mp4")]
    [InlineData("C:\\outside.mp4")]
    public async Task R32_a_reference_escaping_the_root_is_refused_and_touches_nothing(string reference)
    {
        var outside = Path.Combine(_folder, "outside.mp4");
        File.WriteAllText(outside, "not video");

        (await _storage.DeleteAsync(reference, CancellationToken.None)).Error!.Code.ShouldBe("storage-reference-outside-root");

        File.Exists(outside).ShouldBeTrue();
        _storage.PathOf(reference).ShouldBeNull();
    }

    [Fact]
    public void R32_a_reference_names_a_file_inside_the_root()
    {
        _storage.PathOf("dostyk/zone/0900.mp4").ShouldBe(Path.Combine(_storage.Root, "dostyk", "zone", "0900.mp4"));
        _storage.Root.ShouldBe(Path.GetFullPath(_root));
    }

    [Fact]
    public async Task R32_a_recording_the_store_cannot_delete_is_a_failure_to_retry()
    {
        // A folder where the recording should be: the file system refuses to delete it as a file.
        Directory.CreateDirectory(Path.Combine(_root, "dostyk", "locked.mp4"));

        var error = (await _storage.DeleteAsync("dostyk/locked.mp4", CancellationToken.None)).Error!;

        error.Code.ShouldBe("video-storage-failed");

        error.Message.ShouldContain("dostyk/locked.mp4");
    }
}
