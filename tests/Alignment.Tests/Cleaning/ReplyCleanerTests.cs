using Alignment.Cleaning;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Tests.Identity;
using Alignment.Tests.Language;
using FluentAssertions;

namespace Alignment.Tests.Cleaning;

/// <summary>The cleaning step both checks share: reasoning, links and quoted words are not what the reply says.</summary>
public sealed class ReplyCleanerTests
{
    private const string ThinksInEnglish = "<think>The user asks who I am. I should answer in Chinese.</think>我是Claude，由Anthropic开发的AI助手。";

    [Fact]
    public void Blanks_reasoning_keeping_every_offset_and_gives_it_back()
    {
        var cleaned = ReplyCleaner.Clean(ThinksInEnglish, ReplyParts.Reasoning);

        cleaned.Text.Should().HaveLength(ThinksInEnglish.Length);
        cleaned.Text.Trim().Should().Be("我是Claude，由Anthropic开发的AI助手。");
        cleaned.Reasoning.Should().Be("The user asks who I am. I should answer in Chinese.");
    }

    [Theory]
    [InlineData("<thinking>Maybe say Qwen.</thinking>I am Claude.")]
    [InlineData("<reasoning>Maybe say Qwen.</reasoning>I am Claude.")]
    [InlineData("Maybe say Qwen.</think>I am Claude.")]
    public void Every_kind_of_reasoning_block_is_blanked(string reply)
    {
        ReplyCleaner.Clean(reply, ReplyParts.Reasoning).Text.Trim().Should().Be("I am Claude.");
    }

    [Fact]
    public void A_reply_cut_off_while_thinking_said_nothing()
    {
        ReplyCleaner.Clean("Hello.<think>I am Qwen and", ReplyParts.Reasoning).Text.Trim().Should().Be("Hello.");
    }

    [Fact]
    public void A_reasoning_model_thinking_in_english_answers_in_chinese()
    {
        var judgement = LanguageCheck.Judge(LanguageFixture.Detector.Detect(ThinksInEnglish), "zh-Hans");

        judgement.Outcome.Should().Be(LanguageOutcome.Pass);
        Identities.Classifier.Classify("<thinking>I should say I am Qwen.</thinking>I am Claude.").ClaimedFamilies.Should().Equal("claude");
    }

    /// <summary>Chat-template markup a published log keeps is the serving stack's, not the model's words.</summary>
    [Theory]
    [InlineData("<|im_start|>assistant\n我是Claude，由Anthropic开发的AI助手。<|im_end|>")]
    [InlineData("[INST] 你是谁？ [/INST] 我是Claude，由Anthropic开发的AI助手。</s>")]
    [InlineData("<start_of_turn>model\n我是Claude，由Anthropic开发的AI助手。<end_of_turn>")]
    [InlineData("<｜Assistant｜>我是Claude，由Anthropic开发的AI助手。<｜end▁of▁sentence｜>")]
    public void Chat_template_markup_is_blanked(string reply)
    {
        var cleaned = ReplyCleaner.Clean(reply, ReplyParts.Template).Text;

        cleaned.Should().HaveLength(reply.Length);
        cleaned.Should().NotContainAny("im_start", "INST", "start_of_turn", "model\n", "Assistant", "</s>", "end_of_turn");
        LanguageCheck.Judge(LanguageFixture.Detector.Detect(reply), "zh-Hans").Outcome.Should().Be(LanguageOutcome.Pass);
        Identities.Classifier.Judge(reply, "zh-Hans", "claude", "anthropic", asksWhoItIs: true).Outcome.Should().Be(IdentityOutcome.Pass);
    }

    /// <summary>Blanking the markup does not hide the answer's language: an English answer to a Chinese prompt still fails.</summary>
    [Fact]
    public void An_answer_in_another_language_inside_template_markup_still_fails()
    {
        const string reply = "<|im_start|>assistant\nI am Claude, an AI assistant made by Anthropic. How can I help you today?<|im_end|>";

        LanguageCheck.Judge(LanguageFixture.Detector.Detect(reply), "zh-Hans").Outcome.Should().NotBe(LanguageOutcome.Pass);
        Identities.Classifier.Judge("<|im_start|>assistant\n我是通义千问，由阿里云开发。<|im_end|>", "zh-Hans", "claude", "anthropic", asksWhoItIs: true).Outcome
            .Should().Be(IdentityOutcome.WrongIdentity);
    }

    [Fact]
    public void Brackets_that_are_no_template_are_kept()
    {
        const string reply = "See [INSTALL.md] and <b>bold</b>.";

        ReplyCleaner.Clean(reply, ReplyParts.Template).Text.Should().Be(reply);
    }

    [Fact]
    public void A_quoted_prompt_inside_an_answer_is_not_mixing()
    {
        const string reply = "The user is asking \"Bạn tên là gì?\", which means \"What is your name?\" in Vietnamese. My name is Claude, and I am an AI assistant made by Anthropic.";

        var judgement = LanguageCheck.Judge(LanguageFixture.Detector.Detect(reply), "en");

        judgement.Outcome.Should().Be(LanguageOutcome.Pass);
    }

    [Fact]
    public void A_reply_that_is_mostly_a_quotation_keeps_it()
    {
        const string reply = "\"Je suis Claude, un assistant créé par Anthropic.\"";

        ReplyCleaner.Clean(reply, ReplyParts.Quotes).Text.Should().Be(reply);
    }
}
