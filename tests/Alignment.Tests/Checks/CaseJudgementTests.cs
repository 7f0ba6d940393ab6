using Alignment.Cases;
using Alignment.Checks;
using Alignment.Language;
using Alignment.Snapshots;
using Alignment.Tests.Identity;
using Alignment.Tests.Snapshots;
using FluentAssertions;

namespace Alignment.Tests.Checks;

/// <summary>A case is judged once: every check on every reply, and every host reads that one judgement.</summary>
public sealed class CaseJudgementTests
{
    private static readonly CheckSet Real = CheckSet.Create(Identities.Classifier, new LanguageDetector(Identities.Catalog.AllNames()));

    [Fact]
    public void Every_check_judges_every_reply_once_however_many_hosts_read_the_judgement()
    {
        using var kit = new SnapshotKit();
        var counting = new CountingCheck(Real[CheckKind.Identity]);
        var checks = new CheckSet([counting, Real[CheckKind.Language]]);
        var target = SnapshotKit.Target();
        var samples = SnapshotKit.Samples(kit.Case("zh-Hans", "who-are-you"), "我是Claude，由Anthropic开发。", "我是通义千问，由阿里云开发。", "我是Claude。");

        var judgement = CaseJudgement.Judge(samples, checks, target.CheckContext(samples.Case));
        var identityRow = judgement.For(CheckKind.Identity);
        var languageRow = judgement.For(CheckKind.Language);
        var snapshot = new CaseSnapshot(checks).Render(target, judgement);

        counting.Calls.Should().Be(3, "one call per reply, not one per row and one per snapshot");
        identityRow.Passed.Should().BeFalse();
        identityRow.Distribution().Should().Be("claude 2/3, qwen 1/3");
        languageRow.Passed.Should().BeTrue();
        snapshot.Should().Contain("| outcome | fail (identity) |").And.Contain("| claimed identities | claude, qwen |");
    }

    [Fact]
    public void A_check_reads_its_own_count_of_samples_from_the_same_judgement()
    {
        using var kit = new SnapshotKit();
        var c = kit.Case("zh-Hans", "who-are-you");
        var samples = SnapshotKit.Samples(c, "我是Claude。", "我是Claude。", "I am Claude.") with
        {
            SamplesPerCheck = new Dictionary<CheckKind, int> { [CheckKind.Language] = 2 },
        };

        var judgement = CaseJudgement.Judge(samples, Real, SnapshotKit.Target().CheckContext(c));

        judgement.For(CheckKind.Identity).Verdicts.Should().HaveCount(3);
        judgement.For(CheckKind.Language).Verdicts.Should().HaveCount(2, "the English third sample is beyond the language check's count");
        judgement.For(CheckKind.Language).Passed.Should().BeTrue();
        judgement.Verdict(2, CheckKind.Language).Passed.Should().BeFalse("the judgement still holds every check's verdict on every reply");
    }

    [Fact]
    public void Replies_are_cleaned_and_capped_once_and_refusals_and_missing_replies_get_no_check_verdict()
    {
        using var kit = new SnapshotKit();
        var c = kit.Case("zh-Hans", "who-are-you");
        var samples = new CaseSamples(c, [Sample.Refusal(0, "I can't help with that."), new Sample(1, null, "HTTP 500"), new Sample(2, "我是Claude，由Anthropic开发的AI助手。" + new string('好', 50), null)])
        {
            MaxReplyChars = 20,
        };

        var judgement = CaseJudgement.Judge(samples, Real, SnapshotKit.Target().CheckContext(c));

        judgement.Judged[2].Cut.Should().BeTrue();
        judgement.Verdict(2, CheckKind.Identity).Passed.Should().BeTrue();
        judgement.Invoking(j => j.Verdict(0, CheckKind.Identity)).Should().Throw<KeyNotFoundException>("a refusal is its own verdict, not a check's");
        judgement.For(CheckKind.Identity).Distribution().Should().Be("claude 1/3, no reply 1/3, refused 1/3");
        judgement.For(CheckKind.Language).Passed.Should().BeFalse();
    }

    [Fact]
    public void The_check_set_names_a_missing_check_kind()
    {
        var identityOnly = new CheckSet([Real[CheckKind.Identity]]);

        identityOnly.Invoking(s => s[CheckKind.Language]).Should().Throw<KeyNotFoundException>().WithMessage("*Language*");
    }

    private sealed class CountingCheck(IReplyCheck inner) : IReplyCheck
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public CheckKind Kind => inner.Kind;

        public ReplyVerdict Judge(string reply, CheckContext context)
        {
            Interlocked.Increment(ref calls);
            return inner.Judge(reply, context);
        }
    }
}
