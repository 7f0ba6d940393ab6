using System.Text.RegularExpressions;
using Alignment.Cases;

namespace Alignment.Identity;

/// <summary>What a word around a name does to it; one kind per list in cases/claims.yaml.</summary>
internal enum MarkKind
{
    Self,
    Naming,
    SelfAfter,
    NamingAfter,
    SelfAfterOpening,
    FirstPerson,
    MakerBefore,
    MakerAfter,
    MakerOfMe,
    MadeBy,
    MadeByAfter,
    Negation,
    NegationAfter,
    NegationFinal,
    Contrast,
    Hedge,
    HedgeFinal,
    Roleplay,
    ThirdParty,
    ThirdPartyAfter,
    Conjunction,
    OtherSubject,
    OtherSubjectAfter,
    Continuation,
    ContinuationAfter,
    Filler,
    SignOff,
    WishedBy,
    Advises,
    AdvisesBefore,
}

/// <summary>cases/claims.yaml: the words of identity claims in every language, and the distances they reach.</summary>
public sealed class ClaimGrammar
{
    public const string FileName = "claims.yaml";

    private static readonly Dictionary<string, MarkKind> Lists = new(StringComparer.Ordinal)
    {
        ["self"] = MarkKind.Self,
        ["naming"] = MarkKind.Naming,
        ["self-after"] = MarkKind.SelfAfter,
        ["naming-after"] = MarkKind.NamingAfter,
        ["self-after-opening"] = MarkKind.SelfAfterOpening,
        ["first-person"] = MarkKind.FirstPerson,
        ["maker-before"] = MarkKind.MakerBefore,
        ["maker-after"] = MarkKind.MakerAfter,
        ["maker-of-me"] = MarkKind.MakerOfMe,
        ["made-by"] = MarkKind.MadeBy,
        ["made-by-after"] = MarkKind.MadeByAfter,
        ["negation"] = MarkKind.Negation,
        ["negation-after"] = MarkKind.NegationAfter,
        ["negation-final"] = MarkKind.NegationFinal,
        ["contrast"] = MarkKind.Contrast,
        ["hedge"] = MarkKind.Hedge,
        ["hedge-final"] = MarkKind.HedgeFinal,
        ["roleplay"] = MarkKind.Roleplay,
        ["third-party"] = MarkKind.ThirdParty,
        ["third-party-after"] = MarkKind.ThirdPartyAfter,
        ["conjunction"] = MarkKind.Conjunction,
        ["other-subject"] = MarkKind.OtherSubject,
        ["other-subject-after"] = MarkKind.OtherSubjectAfter,
        ["continuation"] = MarkKind.Continuation,
        ["continuation-after"] = MarkKind.ContinuationAfter,
        ["filler"] = MarkKind.Filler,
        ["sign-off"] = MarkKind.SignOff,
        ["wished-by"] = MarkKind.WishedBy,
        ["advises"] = MarkKind.Advises,
        ["advises-before"] = MarkKind.AdvisesBefore,
    };

    private ClaimGrammar(PhraseMatcher<MarkKind> marks, IReadOnlyList<string> languages, int maxGap, int makerGap, int afterGap, bool inferFamilyFromMaker, Regex versionTail)
    {
        Marks = marks;
        Languages = languages;
        MaxGap = maxGap;
        MakerGap = makerGap;
        AfterGap = afterGap;
        InferFamilyFromMaker = inferFamilyFromMaker;
        VersionTail = versionTail;
    }

    /// <summary>The languages the file has claim forms for.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether the file has claim forms for a language, or for a variety of it ("pt" for "pt-BR", "zh-Hans" for "zh").</summary>
    public bool HasFormsFor(string language) => Languages.Any(l =>
        l.Equals(language, StringComparison.OrdinalIgnoreCase)
        || l.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith(l + "-", StringComparison.OrdinalIgnoreCase));

    /// <summary>Most characters between a claim form and the name it claims.</summary>
    public int MaxGap { get; }

    /// <summary>Most characters between "by"/"由" and the maker.</summary>
    public int MakerGap { get; }

    /// <summary>Most characters between a name and a form after it.</summary>
    public int AfterGap { get; }

    /// <summary>Words in a naming slot that name nobody ("I am an AI assistant", "我是一个AI助手"), folded: the settings' and every language's.</summary>
    public IReadOnlySet<string> GenericWords { get; private init; } = new HashSet<string>();

    /// <summary>Words that show a run of unspaced letters is a phrase, not a name ("一个", "的", "正在"), folded.</summary>
    internal IReadOnlyList<string> PhraseWords { get; private init; } = [];

    /// <summary>Han letters that only describe, never a brand's (possessives, pronouns, measure words): setting <c>description-letters</c>.</summary>
    internal char[] DescriptionLetters { get; private init; } = [];

    /// <summary>
    /// Particles that end a name written without spaces, folded: "名叫|小明|的机器人", "魔搭的|小黄", "Googleの|Gemini".
    /// </summary>
    internal IReadOnlySet<char> NameEnds { get; private init; } = new HashSet<char>();

    /// <summary>One-character prefixes of nicknames written without spaces ("小智", "阿福"): a heading of one may title the speaker.</summary>
    internal IReadOnlySet<char> NicknameStarts { get; private init; } = new HashSet<char>();

    /// <summary>The generic words with letters of unspaced scripts (Han, kana, Hangul: "aiアシスタント"), longest first: found inside a run of letters, not as whole words.</summary>
    internal IReadOnlyList<string> GenericUnspaced { get; private init; } = [];

    /// <summary>Whether a run of letters holds a generic word of an unspaced script ("小助手" in "智慧小助手").</summary>
    internal bool HoldsGenericUnspaced(ReadOnlySpan<char> run)
    {
        // A loop, not a lambda: name readers ask this once a character.
        foreach (var g in GenericUnspaced)
        {
            if (run.Contains(g, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Negations that carry the first-person verb where the pronoun is dropped ("non sono", "no soy", "não sou"),
    /// folded: found from the negation and self lists, so "Non sono ChatGPT, ma Claude" denies one name and claims the next.
    /// </summary>
    internal IReadOnlySet<string> SelfDenials { get; private init; } = new HashSet<string>();

    /// <summary>Naming forms of every language, folded ("my name is", "我叫"): also listed as self forms, they still name.</summary>
    internal IReadOnlySet<string> NamingForms { get; private init; } = new HashSet<string>();

    /// <summary>Self forms written to open a clause ("^it's", "^this is"), folded: they need no first-person word.</summary>
    internal IReadOnlySet<string> ClauseStartSelves { get; private init; } = new HashSet<string>();

    /// <summary>
    /// First-person endings a form may end in, folded: "iyorum" ("*iyorum", written onto a word). A made-by form that ends in
    /// one, or in a first-person word ("vagyok"), speaks of the speaker ("Az OTP Bank digitális asszisztense vagyok").
    /// </summary>
    internal IReadOnlyList<string> FirstPersonEndings { get; private init; } = [];

    /// <summary>First-person words whole, folded: the last word of a form is looked up among them.</summary>
    private HashSet<string> FirstPersonWords { get; init; } = [];

    /// <summary>Whether a folded word is a first-person word of some language ("i", "je", "ich").</summary>
    internal bool IsFirstPersonWord(string word) => FirstPersonWords.Contains(word);

    /// <summary>Whether the words from <paramref name="start"/> to <paramref name="end"/> end in a first-person word.</summary>
    internal bool EndsInFirstPerson(FoldedText text, int start, int end)
    {
        var span = text.Folded.AsSpan(start, end - start);
        var space = span.LastIndexOf(' ');
        if (space >= 0 && FirstPersonWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span[(space + 1)..]))
        {
            return true;
        }

        foreach (var ending in FirstPersonEndings)
        {
            if (span.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Self forms that open a clause ("это", "ici", kind <c>self-opening</c>) or say the speaker is still someone ("I'm still",
    /// "je reste", kind <c>self-ending</c>), folded: they claim only a name that ends the clause.
    /// </summary>
    internal IReadOnlySet<string> OpeningSelfForms { get; private init; } = new HashSet<string>();

    /// <summary>The self-opening forms alone, folded ("ici", "di sini"): with no name read after one, no word of the speaker.</summary>
    internal IReadOnlySet<string> ClauseOpeners { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Made-by forms that say who adapted the model rather than who made it ("customized by", "微调"): such a maker beside the
    /// expected one is another maker, not the same one named twice.
    /// </summary>
    internal IReadOnlySet<string> TuningForms { get; private init; } = new HashSet<string>();

    /// <summary>Words that end an organisation's name written without spaces ("科技", "实验室"), folded: kind <c>org-ends</c>.</summary>
    internal IReadOnlyList<string> OrgEnds { get; private init; } = [];

    /// <summary>
    /// Relative pronouns after an assistant word ("an assistant that", "ein Assistent, den"): kind <c>made-by-relative</c>. With a
    /// verb of making later in the clause (<c>made-by-verbs</c>: "that Helix Labs trained") they are a made-by form.
    /// </summary>
    internal PhraseMatcher<bool> Relatives { get; private init; } = new();

    /// <summary>The same relative pronouns, folded: a maker read back stops at one ("जिसे Helix Labs ने …").</summary>
    internal IReadOnlySet<string> RelativeWords { get; private init; } = new HashSet<string>();

    /// <summary>Labels of the user's turns in a transcript ("User", "사용자", "用户"), folded: setting <c>user-labels</c>.</summary>
    internal IReadOnlySet<string> UserLabels { get; private init; } = new HashSet<string>();

    /// <summary>Labels of a system prompt echoed in a reply ("System:", "系统提示："), folded: setting <c>system-labels</c>.</summary>
    internal IReadOnlySet<string> SystemLabels { get; private init; } = new HashSet<string>();

    /// <summary>Words of the user's own things ("your", "dein", "你的"): setting <c>user-words</c>.</summary>
    internal PhraseMatcher<bool> UserWords { get; private init; } = new();

    /// <summary>Words that present a piece of writing to the user ("here's", "voici", "ये रहा"): setting <c>presenting-words</c>.</summary>
    internal PhraseMatcher<bool> PresentingWords { get; private init; } = new();

    /// <summary>Nouns for text the reply writes for the user to use ("greeting", "欢迎语", "예시", "template"): setting <c>sample-nouns</c>.</summary>
    internal PhraseMatcher<bool> SampleNouns { get; private init; } = new();

    /// <summary>An e-mail's subject labels, folded ("subject", "betreff", "主旨"): setting <c>subject-labels</c>.</summary>
    internal IReadOnlySet<string> SubjectLabels { get; private init; } = new HashSet<string>();

    /// <summary>Verbs of making that close a relative clause ("trained", "entwickelt hat"): kind <c>made-by-verbs</c>.</summary>
    internal PhraseMatcher<bool> MakingVerbs { get; private init; } = new();

    /// <summary>Making verbs that end a relative clause before the noun in verb-final languages ("개발한", "開発した"): kind <c>made-by-final</c>.</summary>
    internal PhraseMatcher<bool> FinalMakingVerbs { get; private init; } = new();

    /// <summary>Particles that make a noun the sentence's topic ("은 ", "는 ", "は"), folded: kind <c>topic-particles</c>.</summary>
    internal IReadOnlyList<string> TopicParticles { get; private init; } = [];

    /// <summary>Words of how between a maker and its verb ("由X|基于|开源模型微调"), folded: kind <c>maker-adverbials</c>.</summary>
    internal IReadOnlyList<string> MakerAdverbials { get; private init; } = [];

    /// <summary>Particles that make a noun an object ("를 ", "を", "について"), folded: kind <c>object-particles</c>.</summary>
    internal IReadOnlyList<string> ObjectParticles { get; private init; } = [];

    /// <summary>Topics that say when or where, not who ("普段は", "여기서는"), folded: kind <c>adverbial-topics</c>.</summary>
    internal IReadOnlyList<string> AdverbialTopics { get; private init; } = [];

    /// <summary>Particles that mark who did the making in such a clause ("이", "가", "が"), folded: kind <c>maker-particles</c>.</summary>
    internal IReadOnlyList<string> MakerParticles { get; private init; } = [];

    /// <summary>The first letters of <see cref="MakerParticles"/>, to skip replies that hold none.</summary>
    internal System.Buffers.SearchValues<char> ParticleStarts { get; private init; } = System.Buffers.SearchValues.Create("");

    /// <summary>
    /// Forms after a maker that need what the speaker is after them, folded: possessives ("'s", "의": kind
    /// <c>maker-possessive</c>) and participles before a noun ("entwickelte": kind <c>made-by-before-noun</c>).
    /// </summary>
    internal IReadOnlySet<string> NounForms { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Nouns that, after a possessive maker, say what the speaker is ("Google's model", "Acme's product"), folded (settings:
    /// maker-nouns; assistant-words count too). "Google's APIs" names no maker of the speaker's.
    /// </summary>
    internal IReadOnlySet<string> MakerNouns { get; private init; } = new HashSet<string>();

    /// <summary>
    /// A maker's people, written after their maker ("Helix Labs' engineers", "az OTP Bank mérnökei", "Helix Labs ekibi"), folded
    /// (settings: maker-people): before "built me" they stand for their maker.
    /// </summary>
    internal IReadOnlySet<string> MakerPeople { get; private init; } = new HashSet<string>();

    /// <summary>Words that say what really answers behind a reply ("under the hood", "背后", "裏側"): kind <c>backstage</c>.</summary>
    internal PhraseMatcher<bool> Backstage { get; private init; } = new();

    /// <summary>
    /// Forms of taking on a role under a name ("I act as", "として", "के रूप में"): kinds <c>role-as</c> (true: the name follows)
    /// and <c>role-as-after</c> (false: it comes before).
    /// </summary>
    internal PhraseMatcher<bool> RoleForms { get; private init; } = new();

    /// <summary>Words that take back what the speaker just said of itself ("correction:", "let me correct that", "訂正します"): kind <c>correction</c>.</summary>
    internal PhraseMatcher<bool> Corrections { get; private init; } = new();

    /// <summary>Words for this version of the speaker ("this version of me", "эту версию"): kind <c>this-version</c>.</summary>
    internal PhraseMatcher<bool> ThisVersion { get; private init; } = new();

    /// <summary>The deployer's own people, in the first person plural ("our team", "nuestro equipo", "فريقنا"): per-language key <c>deployer</c>.</summary>
    internal PhraseMatcher<bool> Deployer { get; private init; } = new();

    /// <summary>Words after what the speaker is that make it "as a …" ("모델로서", "modellként"): kind <c>as-after</c>.</summary>
    internal IReadOnlySet<string> AsAfterForms { get; private init; } = new HashSet<string>();

    /// <summary>Words of adapting a model ("adapted by", "доработанной", "カスタマイズ", "定制"): kind <c>adapted</c>.</summary>
    internal PhraseMatcher<bool> Adapted { get; private init; } = new();

    /// <summary>Verbs of saying that tag a line of dialogue ("—Me llamo Tomás —respondió"), folded: per-language list <c>speech-verbs</c>.</summary>
    internal IReadOnlySet<string> SpeechVerbs { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Nouns for words someone else wrote, right before a quotation that holds them ("the phrase «Je suis ChatGPT»", "Cytat
    /// „I'm Llama”"), folded: per-language list <c>quote-nouns</c>.
    /// </summary>
    internal IReadOnlySet<string> QuoteNouns { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Verb endings only a speaker uses of what it does for the one it speaks to ("드립니다", "いたします"): per-language key
    /// <c>speaker-verbs</c>. They stand for "I" in languages that leave it out.
    /// </summary>
    internal IReadOnlyList<string> SpeakerVerbs { get; private init; } = [];

    /// <summary>Small words that link a generic word to its maker in an apposition ("un modelo de Google", "a model of Acme").</summary>
    internal HashSet<string> MakerLinks { get; private init; } = [];

    /// <summary>Words for "by" that lead, on a header or footer, to the model credited with the work ("Resumé udarbejdet af DanskGPT").</summary>
    internal HashSet<string> CreditLinks { get; private init; } = [];

    /// <summary>Words that join names into a list of alternatives ("or", "o", "ou", "или"), folded: setting <c>list-joiners</c>.</summary>
    internal IReadOnlySet<string> ListJoiners { get; private init; } = new HashSet<string>();

    /// <summary>Laughter and particles of chat after a name ("i'm pip lol", "soy kira jaja"): settings, <c>chat-fillers</c>.</summary>
    internal IReadOnlySet<string> ChatFillers { get; private init; } = new HashSet<string>();

    /// <summary>Words of hesitation between a claim and the hedge that closes it ("Well… probably."): setting <c>interjections</c>.</summary>
    internal IReadOnlySet<string> Interjections { get; private init; } = new HashSet<string>();

    /// <summary>Particles of politeness that may close an answer of only a name ("Claude ạ.", "Claude ครับ").</summary>
    internal IReadOnlySet<string> AnswerParticles { get; private init; } = new HashSet<string>();

    /// <summary>Keys whose string value is the reply's own answer ("output", "completion"), folded: setting <c>answer-keys</c>.</summary>
    internal IReadOnlySet<string> AnswerKeys { get; private init; } = new HashSet<string>();

    /// <summary>Verbs after a subject in the third person ("is", "loves", "ist"), folded: setting <c>third-person-verbs</c>.</summary>
    internal IReadOnlySet<string> ThirdPersonVerbs { get; private init; } = new HashSet<string>();

    /// <summary>Small words inside a name ("Gandalf the Grey", "Cyrano de Bergerac"), folded: setting <c>name-particles</c>.</summary>
    internal IReadOnlySet<string> NameParticles { get; private init; } = new HashSet<string>();

    /// <summary>Case endings a listed maker's Latin name takes ("Anthropica", "Anthropicnak"), folded: setting <c>name-endings</c>.</summary>
    internal IReadOnlySet<string> NameEndings { get; private init; } = new HashSet<string>();

    /// <summary>Case endings a listed name written in Cyrillic takes ("Клода", "Клодові"), folded: setting <c>cyrillic-name-endings</c>.</summary>
    internal IReadOnlySet<string> CyrillicNameEndings { get; private init; } = new HashSet<string>();

    /// <summary>Words that label a translation the reply presents ("translation", "翻译", "번역"), folded: setting <c>translation-labels</c>.</summary>
    internal IReadOnlyList<string> TranslationLabels { get; private init; } = [];

    /// <summary>Labels of the text a translation renders (setting source-labels), muted only beside a translation label.</summary>
    internal IReadOnlyList<string> SourceLabels { get; private init; } = [];

    /// <summary>Labels of who wrote a document in its metadata ("author:", "autor:", "作者:"), folded (settings: author-labels).</summary>
    internal IReadOnlySet<string> AuthorLabels { get; private init; } = new HashSet<string>();

    /// <summary>Verbs of hosting or serving with their "by" ("hosted by", "bereitgestellt von"): who runs the model, not who made it.</summary>
    internal IReadOnlyList<string> HostedBy { get; private init; } = [];

    /// <summary>
    /// Verbs of founding or leading a company with their "by", folded (setting <c>founded-by</c>): who they credit founded the
    /// maker ("Anthropic, la empresa fundada por Dario Amodei"), not the speaker.
    /// </summary>
    internal IReadOnlyList<string> FoundedBy { get; private init; } = [];

    /// <summary>What a person who signs for a company does ("customer service", "kundtjänst", "CSKH"), folded: setting <c>support-words</c>.</summary>
    internal IReadOnlyList<string> SupportWords { get; private init; } = [];

    /// <summary>Farewells written after the name that signs ("敬上", "드림", "より"), folded: setting <c>sign-off-after</c>.</summary>
    internal IReadOnlyList<string> SignOffAfter { get; private init; } = [];

    /// <summary>Suffixes that make a word a nickname ("くん", "ちゃん"), folded: setting <c>nickname-suffixes</c>.</summary>
    internal IReadOnlyList<string> NicknameSuffixes { get; private init; } = [];

    /// <summary>Titles written onto a persona's name in scripts without word breaks ("น้อง"), folded: setting <c>persona-titles</c>.</summary>
    internal IReadOnlyList<string> PersonaTitles { get; private init; } = [];

    /// <summary>Short questions about the speaker ("who am i", "mon nom"), folded: setting <c>self-questions</c>.</summary>
    internal IReadOnlySet<string> SelfQuestions { get; private init; } = new HashSet<string>();

    /// <summary>Case endings written onto a name in Indic scripts ("एंथ्रोपिकने", "অ্যানথ্রপিকের"), folded: setting <c>glued-name-endings</c>.</summary>
    internal IReadOnlySet<string> GluedNameEndings { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Self forms that claim only a listed name: what produced the reply, as relays say it ("upstream:", "generated by", "本回答由").
    /// The same words name software and sources ("Backend: PostgreSQL", "a wrapper around urllib3"), so no other name is read there.
    /// </summary>
    internal IReadOnlySet<string> ListedOnlyForms { get; private init; } = new HashSet<string>();

    /// <summary>"As X" forms that claim X only before a clause of the speaker's ("Как ГигаЧат, я бы…", not "Как ChatGPT, так и Gemini"), folded: kind <c>self-as</c>.</summary>
    internal IReadOnlySet<string> AsForms { get; private init; } = new HashSet<string>();

    /// <summary>Sentence openers that narrow the sentence before ("具体的には、", "구체적으로는"), folded: kind <c>specifying</c>.</summary>
    internal IReadOnlySet<string> SpecifyingForms { get; private init; } = new HashSet<string>();

    /// <summary>Whether a mark is a specifying opener: the sentence it opens goes on about the subject of the one before.</summary>
    internal bool IsSpecifying(FoldedText text, PhraseHit<MarkKind> mark) =>
        mark.Value == MarkKind.FirstPerson && SpecifyingForms.Count > 0 && SpecifyingForms.Contains(text.Folded[mark.Start..mark.End].Trim());

    /// <summary>First-person forms that open a participial clause about the speaker ("^sebagai", "^as a"), folded.</summary>
    private IReadOnlySet<string> ParticipialOpeners { get; init; } = new HashSet<string>();

    /// <summary>
    /// Whether an "as" form that claims nothing here still opens a clause about the speaker, as a first-person form of its
    /// language: "Sebagai model AI yang dikembangkan oleh Google, integrasi saya …" credits the speaker's maker.
    /// </summary>
    internal bool OpensParticipial(FoldedText text, PhraseHit<MarkKind> mark) => ParticipialOpeners.Contains(text.Folded[mark.Start..mark.End].Trim());

    internal bool IsAsForm(FoldedText text, PhraseHit<MarkKind> mark) =>
        mark.Value == MarkKind.Self && AsForms.Count > 0 && AsForms.Contains(text.Folded[mark.Start..mark.End].Trim());

    /// <summary>Whether a mark is a self form that claims only a listed name.</summary>
    internal bool ListedOnly(FoldedText text, PhraseHit<MarkKind> mark) =>
        mark.Value == MarkKind.Self && ListedOnlyForms.Count > 0 && ListedOnlyForms.Contains(text.Folded[mark.Start..mark.End].Trim());

    /// <summary>
    /// Maker-of-me forms that credit only a listed maker: "we" and a word of place ("мы в Anthropic", "ما در Anthropic"). The
    /// same words put the speaker's side anywhere ("мы в Москве"), so no other name is read there (kind <c>maker-of-me-listed</c>).
    /// </summary>
    internal IReadOnlySet<string> ListedMakerForms { get; private init; } = new HashSet<string>();

    internal bool CreditsOnlyListed(FoldedText text, PhraseHit<MarkKind> mark) =>
        mark.Value == MarkKind.MakerOfMe && ListedMakerForms.Count > 0 && ListedMakerForms.Contains(text.Folded[mark.Start..mark.End].Trim());

    /// <summary>
    /// Each language's own forms, folded, by base language (its varieties together: "zh" holds zh-Hans and zh-Hant): "i"
    /// is English's "I" and Italian's "the", "je" French's "I" and Dutch's "you", "im" Turkish's "I am" and German's "in the".
    /// </summary>
    private IReadOnlyDictionary<string, HashSet<string>> OwnForms { get; init; } = new Dictionary<string, HashSet<string>>();

    /// <summary>Whether a folded word is one of a language's own forms, or of another variety of it ("pt-BR" reads "pt").</summary>
    internal bool IsOwnForm(string folded, string language) =>
        OwnForms.TryGetValue(language.Split('-')[0], out var forms) && forms.Contains(folded);

    /// <summary>The kinds a language lists a folded word under: Arabic "من" is "from" (maker-before), not Persian's "I".</summary>
    private IReadOnlyDictionary<string, Dictionary<string, uint>> OwnKinds { get; init; } = new Dictionary<string, Dictionary<string, uint>>();

    /// <summary>Whether a language lists one of its own words under other kinds only, never this one.</summary>
    internal bool OwnWordOfAnotherKind(string folded, string language, MarkKind kind) =>
        OwnKinds.TryGetValue(language.Split('-')[0], out var words) && words.TryGetValue(folded, out var kinds) && (kinds & Bit(kind)) == 0;

    /// <summary>A kind as one bit of a set of kinds.</summary>
    private static uint Bit(MarkKind kind) => 1u << (int)kind;

    /// <summary>The bit of a word a language lists as an article before names, which is no mark kind.</summary>
    private const uint NameArticleBit = 1u << 31;

    /// <summary>Languages that capitalise every noun (German): a capital there says nothing about a name.</summary>
    internal IReadOnlySet<string> NounCapitals { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Languages whose own script has no capitals and whose entry cannot tell a name in it from other words
    /// (<c>reads-own-script-names: false</c>): their forms read Latin and listed names, and a reply that claims nothing
    /// stays uncertain, as in a language without forms.
    /// </summary>
    internal IReadOnlySet<string> OwnNamesUnread { get; private init; } = new HashSet<string>();

    /// <summary>Articles a language sets before a person's name ("sou a Rita", "ich bin die Lena"), folded: <c>name-articles</c>.</summary>
    internal IReadOnlyDictionary<string, HashSet<string>> NameArticles { get; private init; } = new Dictionary<string, HashSet<string>>();

    /// <summary>
    /// Words another language's <c>user-words</c> hold that are ordinary words in this one (Polish "ta" is "this", French "ta"
    /// is "your"), folded: per-language list <c>not-user-words</c>.
    /// </summary>
    internal IReadOnlyDictionary<string, HashSet<string>> NotUserWords { get; private init; } = new Dictionary<string, HashSet<string>>();

    /// <summary>Whether a user word the lists found is an ordinary word of the reply's language instead.</summary>
    internal bool IsNotUserWord(string? language, string word) =>
        language is not null && (NotUserWords.TryGetValue(language, out var own) || NotUserWords.TryGetValue(language.Split('-')[0], out own)) && own.Contains(word);

    /// <summary>Whether a word is an article the reply's language sets before a person's name.</summary>
    internal bool IsNameArticle(string? language, string word) =>
        language is not null && (NameArticles.TryGetValue(language, out var own) || NameArticles.TryGetValue(language.Split('-')[0], out own)) && own.Contains(word);

    /// <summary>Whether a language, or the language a variety belongs to, capitalises every noun.</summary>
    internal bool CapitalisesNouns(string language) => NounCapitals.Contains(language) || NounCapitals.Contains(language.Split('-')[0]);

    /// <summary>Nouns of kinds of organisation in caseless scripts ("بنك", "בנק", "فروشگاه"), folded: setting <c>org-words</c>.</summary>
    internal IReadOnlySet<string> OrgWords { get; private init; } = new HashSet<string>();

    /// <summary>Legal forms that end a company's name ("GmbH", "S.A.", "Ltd"), folded: setting <c>legal-forms</c>.</summary>
    internal IReadOnlySet<string> LegalForms { get; private init; } = new HashSet<string>();

    /// <summary>Legal forms written before a company's name ("ООО «Инфолот»", "PT Teknologi Cerdas"), folded: setting <c>legal-forms-before</c>.</summary>
    internal IReadOnlySet<string> LegalFormsBefore { get; private init; } = new HashSet<string>();

    /// <summary>Link words before an owner in caseless scripts ("של", "الخاص"), folded: setting <c>owner-links</c>.</summary>
    internal IReadOnlySet<string> OwnerLinks { get; private init; } = new HashSet<string>();

    /// <summary>Genitive words after an owner ("का", "کی"), folded: setting <c>genitives</c>.</summary>
    internal IReadOnlySet<string> Genitives { get; private init; } = new HashSet<string>();

    /// <summary>Genitive endings written onto the owner ("-এর"), folded: the entries of <c>genitives</c> with a leading *.</summary>
    internal IReadOnlyList<string> GenitiveEndings { get; private init; } = [];

    /// <summary>Words that describe an assistant, folded ("assistant", "어시스턴트"): a name that opens a sentence about one may be the speaker's.</summary>
    internal IReadOnlySet<string> AssistantWords { get; private init; } = new HashSet<string>();

    /// <summary>The assistant words of more than one word ("trợ lý", "asistente virtual").</summary>
    internal IReadOnlyList<string> AssistantPhrases { get; private init; } = [];

    /// <summary>The generic words of every language (settings: generic-words): tools, formats and small words, not a language's own.</summary>
    internal IReadOnlySet<string> SharedGenericWords { get; private init; } = new HashSet<string>();

    /// <summary>"My name" in every language, folded: a reply that speaks of its name names itself.</summary>
    internal IReadOnlyList<string> MyName { get; private init; } = [];

    /// <summary>Words that, beside "my name", say the reply gives none ("not", "没有", "ありません"), folded.</summary>
    internal IReadOnlyList<string> NoName { get; private init; } = [];

    /// <summary>The assistant words written without spaces (Han, kana, Hangul), matched inside words.</summary>
    internal IReadOnlyList<string> AssistantUnspaced { get; private init; } = [];

    /// <summary>Articles of every language, folded: a word after one is described, not named ("ein Computerprogramm").</summary>
    internal IReadOnlySet<string> Articles { get; private init; } = new HashSet<string>();

    /// <summary>Titles written short before a name, folded, without their stop ("dr", "mme"): setting <c>name-titles</c>.</summary>
    internal IReadOnlySet<string> NameTitles { get; private init; } = new HashSet<string>();

    /// <summary>Titles set after a name in lower case, folded ("néni", "teyze"): setting <c>titles-after-names</c>.</summary>
    internal IReadOnlySet<string> TitlesAfterNames { get; private init; } = new HashSet<string>();

    /// <summary>Kin and courtesy titles before a name in lower case, folded ("la abuela Chela", "баба Нюра"): setting <c>titles-before-names</c>.</summary>
    internal IReadOnlySet<string> TitlesBeforeNames { get; private init; } = new HashSet<string>();

    /// <summary>Copulas written onto the word before them, folded, longest first: setting <c>glued-copulas</c>.</summary>
    internal IReadOnlyList<string> GluedCopulas { get; private init; } = [];

    /// <summary>Prefixes of verbs, folded, whose first person ends as a copula written onto a name does: setting <c>verb-prefixes</c>.</summary>
    internal IReadOnlyList<string> VerbPrefixes { get; private init; } = [];

    /// <summary>Words that link a company to where it is ("from", "uit", "з"), folded: setting <c>place-links</c>.</summary>
    internal IReadOnlySet<string> PlaceLinks { get; private init; } = new HashSet<string>();

    /// <summary>"Bot" in scripts without capitals, written onto a bot's name ("봇"): setting <c>glued-bot-words</c>.</summary>
    internal IReadOnlyList<string> GluedBotWords { get; private init; } = [];

    /// <summary>Words for a bot in Latin capitals that end a bot's name, written onto it or after it ("AI", "Bot"): setting <c>bot-suffixes</c>.</summary>
    internal IReadOnlyList<string> BotSuffixes { get; private init; } = [];

    /// <summary>Endings only a model's name has after small letters ("GPT" of "BharatGPT"): setting <c>model-suffixes</c>.</summary>
    internal IReadOnlyList<string> ModelSuffixes { get; private init; } = [];

    /// <summary>Words for a bot a name ends in after a hyphen or written onto it, in any case ("bot", "бот"): setting <c>bot-words</c>.</summary>
    internal IReadOnlyList<string> BotWords { get; private init; } = [];

    /// <summary>Words for a robot that end as a glued bot word does ("로봇"): setting <c>robot-words</c>.</summary>
    internal IReadOnlyList<string> RobotWords { get; private init; } = [];

    /// <summary>Whether a maker with a single family stands for that family when the reply names no family.</summary>
    public bool InferFamilyFromMaker { get; }

    internal PhraseMatcher<MarkKind> Marks { get; }

    /// <summary>Matches the version after a name (" 3.5 Sonnet", "-R1", "2.5-72B-Instruct"), anchored with \G.</summary>
    internal Regex VersionTail { get; }

    public static ClaimGrammar Load(string casesDirectory) => Parse(YamlDocument.Load(Path.Combine(casesDirectory, FileName)));

    public static ClaimGrammar Parse(YamlDocument document)
    {
        var root = document.Root;
        root.AllowOnly("settings", "languages");
        var settings = root.OptionalMap("settings") ?? throw root.ErrorHere("settings", "is required");
        settings.AllowOnly("max-gap", "maker-gap", "after-gap", "infer-family-from-maker", "generic-words", "articles", "assistant-words", "my-name", "no-name", "version-words", "maker-links", "credit-links", "name-particles", "name-titles", "titles-after-names", "titles-before-names", "place-links", "glued-copulas", "verb-prefixes", "model-suffixes", "bot-suffixes", "bot-words", "glued-bot-words", "robot-words", "name-endings", "cyrillic-name-endings", "glued-name-endings", "translation-labels", "source-labels", "author-labels", "hosted-by", "founded-by", "support-words", "sign-off-after", "nickname-suffixes", "persona-titles", "self-questions", "maker-nouns", "maker-people", "user-words", "presenting-words", "sample-nouns", "subject-labels", "user-labels", "system-labels", "org-words", "legal-forms", "legal-forms-before", "genitives", "owner-links", "list-joiners", "third-person-verbs", "answer-keys", "chat-fillers", "interjections", "answer-particles");
        var maxGap = Count(settings, "max-gap", 60);
        var makerGap = Count(settings, "maker-gap", 24);
        var afterGap = Count(settings, "after-gap", 3);
        var infer = settings.OptionalString("infer-family-from-maker") switch
        {
            null or "true" => true,
            "false" => false,
            var other => throw settings.Error("infer-family-from-maker", $"'{other}' must be true or false"),
        };
        var versionWords = settings.StringList("version-words");

        var marks = new PhraseMatcher<MarkKind>();
        var languages = new List<string>();
        var selfDenials = new HashSet<string>(StringComparer.Ordinal);
        var namingForms = new HashSet<string>(StringComparer.Ordinal);
        var openingSelves = new HashSet<string>(StringComparer.Ordinal);
        var clauseOpeners = new HashSet<string>(StringComparer.Ordinal);
        var clauseStartSelves = new HashSet<string>(StringComparer.Ordinal);
        var participialOpeners = new HashSet<string>(StringComparer.Ordinal);
        var firstPersonEndings = new HashSet<string>(StringComparer.Ordinal);
        var firstPersonWords = new HashSet<string>(StringComparer.Ordinal);
        var tuning = new HashSet<string>(StringComparer.Ordinal);
        var backstage = new PhraseMatcher<bool>();
        var roleForms = new PhraseMatcher<bool>();
        var corrections = new PhraseMatcher<bool>();
        var thisVersion = new PhraseMatcher<bool>();
        var deployer = new PhraseMatcher<bool>();
        var adapted = new PhraseMatcher<bool>();
        var asAfter = new HashSet<string>(StringComparer.Ordinal);
        var nounForms = new HashSet<string>(StringComparer.Ordinal);
        var orgEnds = new List<string>();
        var relatives = new PhraseMatcher<bool>();
        var makingVerbs = new PhraseMatcher<bool>();
        var finalMakingVerbs = new PhraseMatcher<bool>();
        var relativeWords = new HashSet<string>(StringComparer.Ordinal);
        var makerParticles = new List<string>();
        var topicParticles = new List<string>();
        var adverbialTopics = new List<string>();
        var makerAdverbials = new List<string>();
        var objectParticles = new List<string>();
        var listedOnly = new HashSet<string>(StringComparer.Ordinal);
        var listedMakers = new HashSet<string>(StringComparer.Ordinal);
        var asForms = new HashSet<string>(StringComparer.Ordinal);
        var specifying = new HashSet<string>(StringComparer.Ordinal);
        var nounCapitals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ownNamesUnread = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nameArticles = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var notUserWords = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var ownForms = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var ownKinds = new Dictionary<string, Dictionary<string, uint>>(StringComparer.OrdinalIgnoreCase);
        var speechVerbs = new HashSet<string>(StringComparer.Ordinal);
        var quoteNouns = new HashSet<string>(StringComparer.Ordinal);
        var speakerVerbs = new List<string>();
        var phraseWords = new HashSet<string>(StringComparer.Ordinal);
        var descriptionLetters = new HashSet<char>();
        var nameEnds = new HashSet<char>();
        var nicknameStarts = new HashSet<char>();
        var generic = settings.StringList("generic-words").Select(FoldedText.Fold).ToHashSet(UnvowelledComparer.Instance);
        foreach (var entry in root.MapList("languages", required: true))
        {
            entry.AllowOnly(["language", "capitalises-nouns", "reads-own-script-names", "name-articles", "generic", "phrase-words", "description-letters", "name-ends", "nickname-starts", "self-opening", "self-ending", "self-listed", "maker-of-me-listed", "self-as", "tuned-by", "tuned-by-after", "tuned-me", "backstage", "role-as", "role-as-after", "correction", "maker-possessive", "made-by-before-noun", "org-ends", "made-by-relative", "made-by-verbs", "made-by-final", "maker-particles", "topic-particles", "object-particles", "maker-adverbials", "this-version", "deployer", "adapted", "as-after", "specifying", "speech-verbs", "quote-nouns", "not-user-words", "speaker-verbs", "adverbial-topics", .. Lists.Keys]);
            var language = entry.RequiredString("language");
            if (!CaseCatalog.IsLanguageTag(language))
            {
                throw entry.Error("language", $"'{language}' is not a BCP-47 language tag such as zh-Hans");
            }

            if (languages.Contains(language))
            {
                throw entry.Error("language", $"'{language}' is listed twice");
            }

            languages.Add(language);
            // Each language's words by the kinds it lists them under.
            var kinds = ownKinds.TryGetValue(language.Split('-')[0], out var known) ? known : ownKinds[language.Split('-')[0]] = new Dictionary<string, uint>(StringComparer.Ordinal);
            void AddMark(string phrase, MarkKind kind)
            {
                marks.Add(phrase, kind);
                var bare = Bare(phrase);
                kinds[bare] = kinds.GetValueOrDefault(bare) | Bit(kind);
            }

            if (Flag(entry, "capitalises-nouns", false))
            {
                nounCapitals.Add(language);
            }

            if (!Flag(entry, "reads-own-script-names", true))
            {
                ownNamesUnread.Add(language);
            }

            if (entry.StringList("not-user-words") is { Count: > 0 } notUser)
            {
                notUserWords[language] = notUser.Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal);
            }

            if (entry.StringList("name-articles") is { Count: > 0 } articles)
            {
                nameArticles[language] = articles.Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal);
                // The language's own article is no other language's word there: Tagalog "si" is not "if".
                foreach (var article in nameArticles[language])
                {
                    kinds[article] = kinds.GetValueOrDefault(article) | NameArticleBit;
                }
            }

            foreach (var (list, kind) in Lists)
            {
                foreach (var phrase in entry.StringList(list))
                {
                    if (phrase.Trim('*', '^', '$', ' ').Length == 0)
                    {
                        throw entry.Error(list, $"'{phrase}' has no text to match");
                    }

                    AddMark(phrase, kind);
                    if (kind == MarkKind.Self && phrase.StartsWith('^'))
                    {
                        clauseStartSelves.Add(Bare(phrase));
                    }

                    if (kind == MarkKind.FirstPerson && phrase.StartsWith('^'))
                    {
                        participialOpeners.Add(Bare(phrase));
                    }

                    if (kind == MarkKind.FirstPerson && !phrase.StartsWith('^'))
                    {
                        (phrase.StartsWith('*') ? firstPersonEndings : firstPersonWords).Add(Bare(phrase));
                    }
                }
            }

            // "Это Орин.", "Ici Nova !": self forms that open a clause and claim only a name that ends it (not "Это Google Таблицы").
            foreach (var phrase in entry.StringList("self-opening"))
            {
                AddMark(phrase.StartsWith('^') ? phrase : "^" + phrase, MarkKind.Self);
                openingSelves.Add(Bare(phrase));
                clauseOpeners.Add(Bare(phrase));
            }

            // "I'm still X", "je reste X", "我还是X": self forms that claim only a name ending its clause, as opening ones do.
            foreach (var phrase in entry.StringList("self-ending"))
            {
                AddMark(phrase, MarkKind.Self);
                openingSelves.Add(Bare(phrase));
            }

            // "(Generated by glm-4-flash)", "upstream: qwen-turbo": self forms that claim only a listed name (ListedOnlyForms).
            foreach (var phrase in entry.StringList("self-listed"))
            {
                AddMark(phrase, MarkKind.Self);
                listedOnly.Add(Bare(phrase));
            }

            // "мы в Anthropic", "ما در Anthropic": maker-of-me forms that credit only a listed maker (ListedMakerForms).
            foreach (var phrase in entry.StringList("maker-of-me-listed"))
            {
                AddMark(phrase, MarkKind.MakerOfMe);
                listedMakers.Add(Bare(phrase));
            }

            // "Как ГигаЧат, я бы…": "as X" opening a clause claims X only when the next clause is the speaker's (AsForms).
            foreach (var phrase in entry.StringList("self-as"))
            {
                AddMark(phrase.StartsWith('^') ? phrase : "^" + phrase, MarkKind.Self);
                asForms.Add(Bare(phrase));
            }

            // "customized by Helix", "阿里云微调": made-by forms whose maker adapted the model (TuningForms).
            foreach (var (list, kind) in new[] { ("tuned-by", MarkKind.MadeBy), ("tuned-by-after", MarkKind.MadeByAfter), ("tuned-me", MarkKind.MakerOfMe) })
            {
                foreach (var phrase in entry.StringList(list))
                {
                    AddMark(phrase, kind);
                    tuning.Add(Bare(phrase));
                }
            }

            // "Google's", "Google의", "von Quellwerk entwickelte": forms after a maker that make it the speaker's only before what
            // the speaker is (NounForms, MakerNouns).
            foreach (var (list, kind) in new[] { ("maker-possessive", MarkKind.MakerAfter), ("made-by-before-noun", MarkKind.MadeByAfter) })
            {
                foreach (var phrase in entry.StringList(list))
                {
                    AddMark(phrase, kind);
                    nounForms.Add(Bare(phrase));
                }
            }

            foreach (var phrase in entry.StringList("this-version"))
            {
                thisVersion.Add(phrase, true);
            }

            foreach (var phrase in entry.StringList("deployer"))
            {
                deployer.Add(phrase, true);
            }

            foreach (var phrase in entry.StringList("adapted"))
            {
                adapted.Add(phrase, true);
            }

            speechVerbs.UnionWith(entry.StringList("speech-verbs").Select(FoldedText.Fold));
            quoteNouns.UnionWith(entry.StringList("quote-nouns").Select(FoldedText.Fold));
            speakerVerbs.AddRange(entry.StringList("speaker-verbs").Select(FoldedText.Fold));

            // "私は…です。|具体的には|、…": a sentence that narrows the one before goes on about its subject.
            foreach (var phrase in entry.StringList("specifying"))
            {
                AddMark(phrase.StartsWith('^') ? phrase : "^" + phrase, MarkKind.FirstPerson);
                specifying.Add(Bare(phrase));
            }

            foreach (var phrase in entry.StringList("as-after"))
            {
                AddMark(phrase, MarkKind.FirstPerson);
                asAfter.Add(Bare(phrase));
            }

            foreach (var phrase in entry.StringList("backstage"))
            {
                backstage.Add(phrase, true);
            }

            foreach (var phrase in entry.StringList("role-as"))
            {
                roleForms.Add(phrase, true);
            }

            foreach (var phrase in entry.StringList("role-as-after"))
            {
                roleForms.Add(phrase, false);
            }

            foreach (var phrase in entry.StringList("correction"))
            {
                corrections.Add(phrase, true);
            }

            orgEnds.AddRange(entry.StringList("org-ends").Select(FoldedText.Fold));
            foreach (var phrase in entry.StringList("made-by-relative"))
            {
                relatives.Add(phrase, true);
                relativeWords.Add(Bare(phrase));
            }

            foreach (var phrase in entry.StringList("made-by-verbs"))
            {
                makingVerbs.Add(phrase, true);
            }

            foreach (var phrase in entry.StringList("made-by-final"))
            {
                finalMakingVerbs.Add(phrase, true);
            }

            makerParticles.AddRange(entry.StringList("maker-particles").Select(FoldedText.Fold));
            topicParticles.AddRange(entry.StringList("topic-particles").Select(FoldedText.Fold));
            makerAdverbials.AddRange(entry.StringList("maker-adverbials").Select(FoldedText.Fold));
            objectParticles.AddRange(entry.StringList("object-particles").Select(FoldedText.Fold));
            adverbialTopics.AddRange(entry.StringList("adverbial-topics").Select(FoldedText.Fold));

            generic.UnionWith(entry.StringList("generic").Select(FoldedText.Fold));
            phraseWords.UnionWith(entry.StringList("phrase-words").Select(FoldedText.Fold));
            foreach (var letter in entry.StringList("description-letters"))
            {
                descriptionLetters.Add(letter.Length == 1 && FoldedText.ScriptOf(letter[0]) == Script.Unspaced
                    ? FoldedText.Fold(letter[0])
                    : throw entry.Error("description-letters", $"'{letter}' must be one Han character"));
            }

            foreach (var prefix in entry.StringList("nickname-starts"))
            {
                nicknameStarts.Add(prefix.Length == 1 && FoldedText.ScriptOf(prefix[0]) == Script.Unspaced
                    ? FoldedText.Fold(prefix[0])
                    : throw entry.Error("nickname-starts", $"'{prefix}' must be one Han or kana character"));
            }

            foreach (var particle in entry.StringList("name-ends"))
            {
                nameEnds.Add(particle.Length == 1 && FoldedText.ScriptOf(particle[0]) == Script.Unspaced
                    ? FoldedText.Fold(particle[0])
                    : throw entry.Error("name-ends", $"'{particle}' must be one Han or kana character"));
            }

            namingForms.UnionWith(entry.StringList("naming").Select(p => Bare(p)));
            var own = ownForms.TryGetValue(language.Split('-')[0], out var forms) ? forms : ownForms[language.Split('-')[0]] = new HashSet<string>(StringComparer.Ordinal);
            own.UnionWith(Lists.Keys.Concat(["self-opening", "self-ending", "self-listed", "maker-of-me-listed", "self-as", "tuned-by", "tuned-by-after", "tuned-me"]).SelectMany(list => entry.StringList(list)).Select(phrase => Bare(phrase)));
            var selves = entry.StringList("self").Where(Plain).Select(FoldedText.Fold).ToList();
            selfDenials.UnionWith(entry.StringList("negation").Where(Plain).Select(FoldedText.Fold)
                .Where(negation => selves.Any(self => negation.EndsWith(" " + self, StringComparison.Ordinal))));
        }

        return new ClaimGrammar(marks, languages, maxGap, makerGap, afterGap, infer, BuildVersionTail(versionWords))
        {
            GenericWords = generic,
            SharedGenericWords = settings.StringList("generic-words").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            PhraseWords = [.. phraseWords],
            DescriptionLetters = [.. descriptionLetters],
            NameEnds = nameEnds,
            NicknameStarts = nicknameStarts,
            GenericUnspaced = generic.Where(w => w.Any(c => FoldedText.ScriptOf(c) is Script.Unspaced or Script.Hangul))
                .OrderByDescending(w => w.Length).ToList(),
            SelfDenials = selfDenials,
            NamingForms = namingForms,
            OwnForms = ownForms,
            OwnKinds = ownKinds,
            NounCapitals = nounCapitals,
            OwnNamesUnread = ownNamesUnread,
            NameArticles = nameArticles,
            NotUserWords = notUserWords,
            OpeningSelfForms = openingSelves,
            ClauseOpeners = clauseOpeners,
            ClauseStartSelves = clauseStartSelves,
            ParticipialOpeners = participialOpeners,
            FirstPersonEndings = firstPersonEndings.ToList(),
            FirstPersonWords = firstPersonWords,
            TuningForms = tuning,
            Backstage = backstage,
            RoleForms = roleForms,
            Corrections = corrections,
            ThisVersion = thisVersion,
            Deployer = deployer,
            Adapted = adapted,
            SpeechVerbs = speechVerbs,
            QuoteNouns = quoteNouns,
            SpeakerVerbs = speakerVerbs,
            AsAfterForms = asAfter,
            SpecifyingForms = specifying,
            NounForms = nounForms,
            OrgEnds = orgEnds.Distinct().ToList(),
            Relatives = relatives,
            RelativeWords = relativeWords,
            MakingVerbs = makingVerbs,
            FinalMakingVerbs = finalMakingVerbs,
            MakerParticles = makerParticles.Distinct().OrderByDescending(p => p.Length).ToList(),
            ParticleStarts = System.Buffers.SearchValues.Create(string.Concat(makerParticles.Select(p => p[0]).Distinct())),
            TopicParticles = topicParticles.Distinct().ToList(),
            MakerAdverbials = makerAdverbials.Distinct().ToList(),
            ObjectParticles = objectParticles.Distinct().ToList(),
            AdverbialTopics = adverbialTopics.Distinct().ToList(),
            MakerNouns = settings.StringList("maker-nouns").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            MakerPeople = settings.StringList("maker-people").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            UserWords = Matcher(settings.StringList("user-words")),
            PresentingWords = Matcher(settings.StringList("presenting-words")),
            SampleNouns = Matcher(settings.StringList("sample-nouns")),
            SubjectLabels = settings.StringList("subject-labels").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            UserLabels = settings.StringList("user-labels").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            SystemLabels = settings.StringList("system-labels").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            ListedOnlyForms = listedOnly,
            ListedMakerForms = listedMakers,
            AsForms = asForms,
            Articles = settings.StringList("articles").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            NameTitles = settings.StringList("name-titles").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            TitlesAfterNames = settings.StringList("titles-after-names").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            TitlesBeforeNames = settings.StringList("titles-before-names").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            GluedCopulas = settings.StringList("glued-copulas").Select(FoldedText.Fold).OrderByDescending(c => c.Length).ToList(),
            VerbPrefixes = settings.StringList("verb-prefixes").Select(FoldedText.Fold).ToList(),
            PlaceLinks = settings.StringList("place-links").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            ModelSuffixes = settings.StringList("model-suffixes"),
            BotSuffixes = settings.StringList("bot-suffixes"),
            BotWords = settings.StringList("bot-words"),
            GluedBotWords = settings.StringList("glued-bot-words"),
            RobotWords = settings.StringList("robot-words"),
            MakerLinks = settings.StringList("maker-links").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            CreditLinks = settings.StringList("credit-links").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            ListJoiners = settings.StringList("list-joiners").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            ChatFillers = settings.StringList("chat-fillers").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            Interjections = settings.StringList("interjections").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            AnswerParticles = settings.StringList("answer-particles").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            AnswerKeys = settings.StringList("answer-keys").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            ThirdPersonVerbs = settings.StringList("third-person-verbs").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            NameParticles = settings.StringList("name-particles").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            NameEndings = settings.StringList("name-endings").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            CyrillicNameEndings = settings.StringList("cyrillic-name-endings").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            GluedNameEndings = settings.StringList("glued-name-endings").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            TranslationLabels = settings.StringList("translation-labels").Select(FoldedText.Fold).ToList(),
            SourceLabels = settings.StringList("source-labels").Select(FoldedText.Fold).ToList(),
            AuthorLabels = settings.StringList("author-labels").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            HostedBy = settings.StringList("hosted-by").Select(FoldedText.Fold).ToList(),
            FoundedBy = settings.StringList("founded-by").Select(FoldedText.Fold).ToList(),
            SupportWords = settings.StringList("support-words").Select(FoldedText.Fold).ToList(),
            SignOffAfter = settings.StringList("sign-off-after").Select(FoldedText.Fold).ToList(),
            NicknameSuffixes = settings.StringList("nickname-suffixes").Select(FoldedText.Fold).ToList(),
            PersonaTitles = settings.StringList("persona-titles").Select(FoldedText.Fold).ToList(),
            SelfQuestions = settings.StringList("self-questions").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            OrgWords = settings.StringList("org-words").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            LegalForms = settings.StringList("legal-forms").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            LegalFormsBefore = settings.StringList("legal-forms-before").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            OwnerLinks = settings.StringList("owner-links").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            Genitives = settings.StringList("genitives").Where(g => !g.StartsWith('*')).Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            GenitiveEndings = [.. settings.StringList("genitives").Where(g => g.StartsWith('*')).Select(g => FoldedText.Fold(g[1..]))],
            MyName = settings.StringList("my-name").Select(FoldedText.Fold).ToList(),
            NoName = settings.StringList("no-name").Select(FoldedText.Fold).ToList(),
            AssistantWords = settings.StringList("assistant-words").Select(FoldedText.Fold).ToHashSet(StringComparer.Ordinal),
            AssistantPhrases = [.. settings.StringList("assistant-words").Select(FoldedText.Fold).Where(a => a.Contains(' ')).Distinct()],
            AssistantUnspaced = settings.StringList("assistant-words").Select(FoldedText.Fold)
                .Where(w => w.Any(c => FoldedText.ScriptOf(c) is Script.Unspaced or Script.Hangul)).ToList(),
        };
    }

    private static PhraseMatcher<bool> Matcher(IEnumerable<string> phrases)
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase, true);
        }

        return matcher;
    }

    private static bool Plain(string phrase) => !phrase.Contains('*') && !phrase.Contains('^') && !phrase.Contains('$');

    /// <summary>A language entry's true-or-false setting, or its default when the entry leaves it out.</summary>
    private static bool Flag(YamlMap entry, string key, bool fallback) => entry.OptionalString(key) switch
    {
        null => fallback,
        "true" => true,
        "false" => false,
        var other => throw entry.Error(key, $"'{other}' must be true or false"),
    };

    /// <summary>A phrase without its match syntax (^, *, $), folded.</summary>
    private static string Bare(string phrase) => FoldedText.Fold(phrase.Trim('^', '*', '$'));

    private static int Count(YamlMap map, string key, int fallback)
    {
        var value = map.OptionalNumber(key) ?? fallback;
        return value is >= 0 and <= 1000 && value == Math.Floor(value)
            ? (int)value
            : throw map.Error(key, $"'{value}' must be a whole number from 0 to 1000");
    }

    private static Regex BuildVersionTail(IReadOnlyList<string> words)
    {
        var alternatives = string.Join("|", words.Select(w => Regex.Escape(FoldedText.Fold(w))).OrderByDescending(w => w.Length));
        var word = alternatives.Length == 0 ? "(?!)" : $"(?:{alternatives})";

        // Parts joined by nothing, a space, '-', '_' or '.': numbers (3.5, 72b, 4o), letter+number (r1, k2, v3), version words.
        var part = $@"[ \-_.]?(?:\d+(?:\.\d+)*[a-z]{{0,2}}(?![a-z])|[a-z]\d+(?:\.\d+)*(?![a-z])|{word}(?![a-z]))";
        return new Regex($@"\G(?:{part}){{1,6}}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
