using Alignment.Checks;
using Alignment.Language;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>
/// Malaysian Malay and Indonesian: the character model reads both as id, and their marker words (Data/varieties/msa.tsv)
/// tell which. A reply with no clear markers is msa and satisfies either; one with clear markers of the other fails.
/// </summary>
public sealed class MalayVarietyTests
{
    private const string Malay = "Saya ialah Claude, pembantu AI yang dibangunkan oleh Anthropic. Apa yang boleh saya bantu? "
        + "Sila beritahu saya jika anda mahu maklumat lanjut, kerana saya sentiasa bersedia membantu.";

    private const string Indonesian = "Saya Claude, asisten AI yang dibuat oleh Anthropic. Saya bisa membantu Anda karena saya "
        + "punya banyak informasi; tanyakan saja kapan pun Anda mau.";

    private static LanguageJudgement Judge(string reply, string expected) =>
        LanguageCheck.Judge(LanguageFixture.Detector.Detect(reply), expected);

    [Theory]
    [InlineData("ms")]
    [InlineData("ms-MY")]
    public void A_Malay_reply_to_a_Malay_case_passes(string expected)
    {
        var judgement = Judge(Malay, expected);

        judgement.Outcome.Should().Be(LanguageOutcome.Pass, judgement.Explanation);
        judgement.Report.Primary.Should().Be("ms");
        judgement.Report.VarietyWords.Should().Contain(["ialah", "sila", "kerana"]);
    }

    [Fact]
    public void A_clearly_Indonesian_reply_to_a_Malay_case_fails_and_names_the_words()
    {
        var judgement = Judge(Indonesian, "ms");

        judgement.Outcome.Should().Be(LanguageOutcome.WrongLanguage);
        judgement.Report.Primary.Should().Be("id");
        judgement.Explanation.Should().Be("answered in Indonesian (bisa, karena, informasi, kapan, mau), asked in Malay");
    }

    [Fact]
    public void A_Malay_reply_to_an_Indonesian_case_fails()
    {
        var judgement = Judge(Malay, "id");

        judgement.Outcome.Should().Be(LanguageOutcome.WrongLanguage);
        judgement.Explanation.Should().StartWith("answered in Malay (ialah, dibangunkan, boleh").And.EndWith("asked in Indonesian");
    }

    [Fact]
    public void An_Indonesian_reply_to_an_Indonesian_case_passes() =>
        Judge(Indonesian, "id").Outcome.Should().Be(LanguageOutcome.Pass);

    // Words both varieties write: nothing to tell them by, so either passes, and the report says which two it could be.
    [Theory]
    [InlineData("Terima kasih, saya akan membantu anda.", "ms")]
    [InlineData("Terima kasih, saya akan membantu anda.", "id")]
    [InlineData("Ibu kota Malaysia adalah Kuala Lumpur.", "ms")]
    [InlineData("Air mendidih pada suhu yang lebih rendah.", "ms")]
    public void Short_neutral_text_passes_either(string reply, string expected)
    {
        var judgement = Judge(reply, expected);

        judgement.Outcome.Should().Be(LanguageOutcome.Pass, judgement.Explanation);
        judgement.Report.Primary.Should().Be("msa");
        judgement.Explanation.Should().Contain("Malay or Indonesian: no word tells which");
    }

    // One marker each, or a half-weight word alone ("tidak boleh" is standard Indonesian too), is not clear.
    [Theory]
    [InlineData("Saya boleh membantu anda dengan soalan itu, tetapi saya bisa salah.")]
    [InlineData("Anda tidak boleh menghapus folder ini.")]
    [InlineData("Folder tidak boleh kosong. Nama folder tidak boleh diawali dengan spasi.")]
    public void Markers_that_do_not_outweigh_each_other_tell_nothing(string reply) =>
        LanguageFixture.Detector.Detect(reply).Primary.Should().Be("msa");

    [Theory]
    [InlineData("Bolehkah saya tahu wangnya dari mana?", "ms")]
    [InlineData("Kawan-kawan saya suka filem-filem lama.", "ms")]
    [InlineData("Uangnya untuk membeli mobil-mobil baru.", "id")]
    public void Clitics_and_reduplication_keep_the_marker(string reply, string variety) =>
        LanguageFixture.Detector.Detect(reply).Primary.Should().Be(variety);

    // The varieties are told over the whole reply, each sentence by the reply's words: no Malay-and-Indonesian mix.
    [Fact]
    public void The_reply_is_told_as_a_whole()
    {
        var report = LanguageFixture.Detector.Detect("Terima kasih. " + Malay);

        report.Shares.Should().ContainSingle().Which.Key.Should().Be("ms");
        report.Segments.Should().OnlyContain(s => s.Language == "ms");
    }

    // The run record marks passages in another language: an untold variety is none, the wrong one is all of it.
    [Fact]
    public void The_reply_check_marks_the_wrong_variety_and_not_an_untold_one()
    {
        var check = new LanguageReplyCheck(LanguageFixture.Detector);
        var context = new CheckContext("ms", "claude", null, NoClaimFails: false);

        var neutral = check.Judge("Terima kasih, saya akan membantu anda.", context);
        var indonesian = check.Judge(Indonesian, context);

        neutral.Passed.Should().BeTrue();
        neutral.Evidence.Should().BeEmpty();
        indonesian.Passed.Should().BeFalse();
        indonesian.Label.Should().Be("id");
        indonesian.Evidence.Should().NotBeEmpty().And.OnlyContain(e => e.Label == "id");
    }

    // Other languages of the Latin model are untouched: the markers only split what the model read as id.
    [Theory]
    [InlineData("Je suis Claude, un assistant créé par Anthropic.", "fr")]
    [InlineData("Mimi ni Claude, msaidizi wa akili bandia.", "sw")]
    public void Other_languages_are_not_split(string reply, string language) =>
        LanguageFixture.Detector.Detect(reply).Primary.Should().Be(language);
}
