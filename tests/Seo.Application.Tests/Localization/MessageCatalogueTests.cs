using System.Globalization;
using System.Text.RegularExpressions;
using Seo.Application.Common.Localization;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Identity;
using Seo.Domain.Messaging;
using Seo.Domain.Waitlist;
using Shouldly;

namespace Seo.Application.Tests.Localization;

public sealed partial class MessageCatalogueTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly CultureInfo Kazakh = CultureInfo.GetCultureInfo("kk");
    private static readonly MessageCatalogue Catalogue = MessageCatalogue.Default;

    public static TheoryData<string> Translated => ["ru", "kk"];

    [Fact]
    public void Every_message_the_code_writes_is_in_the_catalogue()
    {
        var known = Catalogue.Templates.Values.ToHashSet(StringComparer.Ordinal);

        var missing = SourceMessages.In(SourceRoot()).Where(message => !known.Contains(message.Key))
            .Select(message => $"{message.Value}: \"{message.Key}\"").ToList();

        missing.ShouldBeEmpty("add each to src/Application/Common/Localization/Messages.resx and its translations");
    }

    [Fact]
    public void Every_message_in_the_catalogue_is_still_written_by_the_code()
    {
        var written = SourceMessages.In(SourceRoot()).Keys.ToHashSet(StringComparer.Ordinal);

        // The HTTP titles are the framework's words (ProblemDetailsDefaults), not the code's.
        var stale = Catalogue.Templates.Where(entry => !entry.Key.StartsWith("HttpTitle.", StringComparison.Ordinal) && !written.Contains(entry.Value))
            .Select(entry => $"{entry.Key}: \"{entry.Value}\"").ToList();

        stale.ShouldBeEmpty("a message the code no longer writes is removed from Messages.resx and its translations");
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_message_has_a_translation_with_the_same_values_and_spacing(string language)
    {
        var words = Catalogue.TranslationsIn(CultureInfo.GetCultureInfo(language));

        var problems = new List<string>();
        foreach (var (key, english) in Catalogue.Templates)
        {
            if (!words.TryGetValue(key, out var translated) || string.IsNullOrWhiteSpace(translated))
            {
                problems.Add($"{key}: no translation");
                continue;
            }

            if (!Values(english).SequenceEqual(Values(translated)))
            {
                problems.Add($"{key}: fills in {string.Join(",", Values(translated))}, the English {string.Join(",", Values(english))}");
            }

            if (Edges(english) != Edges(translated))
            {
                problems.Add($"{key}: begins or ends with other spacing than the English");
            }
        }

        problems.ShouldBeEmpty();
        words.Keys.Except(Catalogue.Templates.Keys).ShouldBeEmpty("a translation of no English message");
    }

    [Fact]
    public void A_message_is_translated_whole()
    {
        Catalogue.Translate(BookingErrors.NotFound.Message, Russian).ShouldBe("Бронь не найдена.");
        Catalogue.TryTranslate(BookingErrors.NotFound.Message, Kazakh, out var kazakh).ShouldBeTrue();
        kazakh.ShouldNotBe(BookingErrors.NotFound.Message);
        Cyrillic(kazakh).ShouldBeTrue();
    }

    [Fact]
    public void What_the_code_filled_in_is_kept_and_only_the_words_around_it_change()
    {
        var closed = BookingErrors.BookingClosed(TimeSpan.FromHours(25.5)).Message;

        var russian = Catalogue.Translate(closed, Russian);

        russian.ShouldContain("25.5");
        russian.ShouldContain("R29");
        Cyrillic(russian).ShouldBeTrue();
        russian.ShouldNotContain("Booking an interval");
    }

    [Fact]
    public void A_filled_in_value_that_is_a_message_itself_is_translated_too()
    {
        // "The IIN {0}." with the check's own phrase in it.
        var error = Iin.Create("900101300002").Error!.Message;
        error.ShouldStartWith("The IIN ");

        Catalogue.TryTranslate(error, Russian, out var russian).ShouldBeTrue();

        russian.ShouldStartWith("ИИН");
        russian.ShouldNotContain("check digit");
    }

    [Fact]
    public void A_notification_made_of_several_sentences_is_translated_sentence_by_sentence()
    {
        var booking = new JourneyBooking(
            Guid.NewGuid(), Guid.NewGuid(), "DOSTYK", "SEO-2026-000042", "123ABC02", new DateOnly(2026, 12, 20), new TimeOnly(8, 0),
            new DateTimeOffset(2026, 12, 20, 8, 0, 0, TimeSpan.FromHours(5)), new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.FromHours(5)), false, 1);
        var annulled = JourneyTexts.Annulment(booking, AnnulmentReason.LateDeparture, "Dostyk");
        var called = JourneyTexts.Call(booking, inWaitingZone: true, "Dostyk");

        foreach (var text in (string[])[annulled, called, JourneyTexts.Reminder(booking, "Dostyk")])
        {
            foreach (var language in (CultureInfo[])[Russian, Kazakh])
            {
                Catalogue.TryTranslate(text, language, out var translated).ShouldBeTrue($"{language}: {text}");
                translated.ShouldContain("SEO-2026-000042");
                translated.ShouldContain("123ABC02");
                translated.ShouldContain("20.12.2026 08:00-09:00");
                EnglishWords().IsMatch(translated).ShouldBeFalse($"{language}: {translated}");
            }
        }
    }

    [Fact]
    public void A_waitlist_offer_is_translated_whichever_way_its_last_sentence_goes()
    {
        var interval = BookedInterval.FromStored(new DateOnly(2026, 12, 20), new TimeOnly(8, 0), 60, new DateTimeOffset(2026, 12, 20, 8, 0, 0, TimeSpan.FromHours(5)));
        var earlier = BookedInterval.FromStored(new DateOnly(2026, 12, 18), new TimeOnly(10, 0), 60, new DateTimeOffset(2026, 12, 18, 10, 0, 0, TimeSpan.FromHours(5)));

        foreach (var free in (bool[])[true, false])
        {
            var text = WaitlistTexts.Offered("Dostyk", "SEO-2026-000042", interval, earlier, free, new DateTimeOffset(2026, 12, 17, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(5));

            Catalogue.TryTranslate(text, Kazakh, out var kazakh).ShouldBeTrue(text);

            kazakh.ShouldContain("2026-12-18 10:00");
            kazakh.ShouldContain("2026-12-17 17:00");
            EnglishWords().IsMatch(kazakh).ShouldBeFalse(kazakh);
        }
    }

    [Fact]
    public void Words_the_catalogue_does_not_have_are_left_as_they_are_and_said_so()
    {
        Catalogue.TryTranslate("Something nobody wrote.", Russian, out var same).ShouldBeFalse();
        same.ShouldBe("Something nobody wrote.");

        // A known sentence followed by unknown words: what is known is translated, the rest kept.
        Catalogue.TryTranslate(BookingErrors.NotFound.Message + " Extra words.", Russian, out var partly).ShouldBeFalse();
        partly.ShouldBe("Бронь не найдена. Extra words.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("")]
    public void English_and_languages_not_spoken_keep_the_English(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        Catalogue.LanguageOf(culture).ShouldBeNull();
        Catalogue.TryTranslate(BookingErrors.NotFound.Message, culture, out var same).ShouldBeTrue();
        same.ShouldBe(BookingErrors.NotFound.Message);
    }

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("kk-KZ", "kk")]
    [InlineData("kk", "kk")]
    public void A_regional_language_is_its_language(string culture, string language) =>
        Catalogue.LanguageOf(CultureInfo.GetCultureInfo(culture)).ShouldBe(language);

    private static string[] Values(string template) => [.. Placeholder().Matches(template).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static string Edges(string text) =>
        string.Concat(text.TakeWhile(char.IsWhiteSpace)) + "|" + string.Concat(text.Reverse().TakeWhile(char.IsWhiteSpace));

    private static bool Cyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static string SourceRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Seo.sln")))
            {
                return Path.Combine(directory.FullName, "src");
            }
        }

        throw new InvalidOperationException($"No Seo.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>English words a translation would not keep (names, codes and plates are not words).</summary>
    [GeneratedRegex(@"\b(the|booking|vehicle|checkpoint|interval|is|and|your)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
