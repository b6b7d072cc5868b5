using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>
/// The index's own plate folding for <c>plate_skeleton</c>: the whole value is one token
/// (<see cref="KeywordTokenizer"/>), its characters folded by <see cref="PlateSkeleton.CharacterFolding"/>
/// and then upper-cased, so the index turns any plate as typed into its skeleton.
/// </summary>
internal sealed class PlateSkeletonAnalyzer(LuceneVersion version) : Analyzer
{
    private static readonly NormalizeCharMap Folding = Build();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new UpperCaseFilter(version, tokenizer));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(Folding, reader);

    /// <summary>The skeleton this analyzer makes of <paramref name="plate"/>: its one token.</summary>
    public string Fold(string plate)
    {
        using var tokens = GetTokenStream(string.Empty, plate);
        var term = tokens.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        tokens.Reset();
        var skeleton = tokens.IncrementToken() ? term.ToString() : string.Empty;
        tokens.End();
        return skeleton;
    }

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in PlateSkeleton.CharacterFolding)
        {
            builder.Add(from, to);
        }

        return builder.Build();
    }
}
