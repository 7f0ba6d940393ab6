using Alignment.Identity;
using FluentAssertions;

namespace Alignment.Tests.Identity;

/// <summary>Which marks open and close a quotation, for the readers that set quoted words apart.</summary>
public sealed class QuotationMarksTests
{
    [Theory]
    [InlineData("Er sagt „Ich bin Qwen“ und geht.", "Ich bin Qwen")]
    [InlineData("Il dit « je suis Kimi » puis part.", " je suis Kimi ")]
    [InlineData("他说「我是文心一言」然后走了。", "我是文心一言")]
    [InlineData("彼は『私はルナ』と言った。", "私はルナ")]
    [InlineData("She said \"I am Nova\" and left.", "I am Nova")]
    [InlineData("She said “I am Nova” and left.", "I am Nova")]
    public void A_quotation_closes_with_the_mark_its_opening_pairs_with(string text, string quoted)
    {
        var open = QuotationMarks.NextOpening(text, 0);
        var close = QuotationMarks.Close(text, open, 100);

        text[(open + 1)..close].Should().Be(quoted);
        QuotationMarks.Open(text, close, 100).Should().Be(open);
    }

    [Theory]
    [InlineData("他说「我是文心一言\"然后走了。")]
    [InlineData("Il dit « je suis Kimi \" puis part.")]
    public void A_mark_of_another_pair_does_not_close_a_quotation(string text)
    {
        QuotationMarks.Close(text, QuotationMarks.NextOpening(text, 0), 100).Should().Be(-1);
    }

    [Fact]
    public void A_closing_mark_too_far_from_its_opening_is_not_found()
    {
        const string text = "\"I am Nova, the assistant of this shop\"";

        QuotationMarks.Close(text, 0, 10).Should().Be(-1);
        QuotationMarks.Open(text, text.Length - 1, 10).Should().Be(-1);
    }
}
