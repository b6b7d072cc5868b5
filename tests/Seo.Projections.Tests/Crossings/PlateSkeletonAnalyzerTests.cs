using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Seo.Domain.Vehicles;
using Seo.Projections.Crossings;
using Seo.Projections.Crossings.Lucene;
using static Seo.Projections.Tests.Crossings.Crossings;

namespace Seo.Projections.Tests.Crossings;

/// <summary>The Lucene index folds plates itself: what it makes of a plate as typed is the skeleton the code makes of its normal form.</summary>
[Trait("ReadModel", "Lucene")]
public sealed class PlateSkeletonAnalyzerTests
{
    private static readonly PlateSkeletonAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    [Theory]
    [InlineData("123ABC02", "123A8C02")]
    [InlineData("о 8 о-123 ав", "080123A8")]
    [InlineData("KZ 777\tsob 01", "K277750801")]
    [InlineData("АВЕКМНОРСТУХ", "A8EKMH0PCTYX")]
    public void A_plate_as_typed_folds_to_its_skeleton(string typed, string skeleton)
    {
        Analyzer.Fold(typed).ShouldBe(skeleton);
        PlateSkeleton.Of(PlateNumber.Normalise(typed)).ShouldBe(skeleton);
    }

    [Fact]
    public void Every_plate_the_alphabet_can_type_folds_as_the_code_folds_its_normal_form()
    {
        const string Alphabet = " \t-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzАВЕКМНОРСТУХавекмнорстух";
        var random = new Random(707);
        for (var i = 0; i < 2_000; i++)
        {
            var typed = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => Alphabet[random.Next(Alphabet.Length)]));

            Analyzer.Fold(typed).ShouldBe(PlateSkeleton.Of(PlateNumber.Normalise(typed)), $"'{typed}'");
        }
    }

    [Fact]
    public async Task A_reader_of_the_index_finds_a_crossing_by_a_look_alike_plate_typed_as_seen()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var crossing = Read(NewCheckpoint(), plate: "O8O123AB");
            await using (var log = new LuceneCrossingLog(directory))
            {
                await log.IndexAsync([crossing], CancellationToken.None);
            }

            // As a tool reading the index would, with the index's analyzer and no code of ours in between.
            using var index = FSDirectory.Open(directory);
            using var reader = DirectoryReader.Open(index);
            var hits = new IndexSearcher(reader).Search(new TermQuery(new Term(LuceneCrossingFields.PlateSkeleton, Analyzer.Fold("о 8 0-12З ав"))), 10);

            hits.TotalHits.ShouldBe(0, "З is a Cyrillic Ze, no look-alike of 3: the plate differs");
            var found = new IndexSearcher(reader).Search(new TermQuery(new Term(LuceneCrossingFields.PlateSkeleton, Analyzer.Fold("о 8 0-123 ав"))), 10);
            found.TotalHits.ShouldBe(1);
        }
        finally
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }
}
