using Alignment.Cases;
using Alignment.Language;
using FluentAssertions;

namespace Alignment.Tests.Language;

public sealed class LanguageDetectorTests
{
    private static LanguageDetector Detector => LanguageFixture.Detector;

    // Lingua's failures from issue 6: Latin brand names out-voted the real script or language.
    [Theory]
    [InlineData("Я Claude, ИИ-ассистент от Anthropic.", "ru")]
    [InlineData("Ich bin Claude, ein KI-Assistent von Anthropic.", "de")]
    [InlineData("Use `git status` to check, then run dotnet test.", "en")]
    [InlineData("Je suis Claude, un assistant IA créé par Anthropic.", "fr")]
    [InlineData("Soy Claude, un asistente de IA creado por Anthropic.", "es")]
    [InlineData("Sou o Claude, um assistente de IA criado pela Anthropic.", "pt")]
    [InlineData("Sono Claude, un assistente di intelligenza artificiale creato da Anthropic.", "it")]
    [InlineData("Tôi là Claude, một trợ lý AI do Anthropic phát triển.", "vi")]
    // No word here only Indonesian writes: Malay or Indonesian (msa), which satisfies both (MalayVarietyTests).
    [InlineData("Saya Claude, asisten AI yang dibuat oleh Anthropic.", "msa")]
    [InlineData("Saya Claude, asisten AI yang dibuat oleh Anthropic. Saya bisa membantu Anda.", "id")]
    [InlineData("Saya Claude, pembantu AI yang dibangunkan oleh Anthropic.", "ms")]
    [InlineData("Ben Claude, Anthropic tarafından geliştirilen bir yapay zeka asistanıyım.", "tr")]
    [InlineData("Jestem Claude, asystent AI stworzony przez firmę Anthropic.", "pl")]
    [InlineData("Ik ben Claude, een AI-assistent gemaakt door Anthropic.", "nl")]
    [InlineData("Я Claude, ШІ-асистент, створений компанією Anthropic.", "uk")]
    [InlineData("أنا Claude، مساعد ذكاء اصطناعي من تطوير Anthropic.", "ar")]
    [InlineData("من Claude هستم، یک دستیار هوش مصنوعی ساخته شرکت Anthropic.", "fa")]
    [InlineData("私はClaudeです。Anthropicが開発したAIアシスタントです。", "ja")]
    [InlineData("저는 Anthropic이 만든 AI 어시스턴트 Claude입니다.", "ko")]
    [InlineData("मैं Claude हूँ, Anthropic द्वारा बनाया गया एक AI सहायक।", "hi")]
    [InlineData("ฉันคือ Claude ผู้ช่วย AI ที่พัฒนาโดย Anthropic", "th")]
    [InlineData("אני Claude, עוזר בינה מלאכותית שפותח על ידי Anthropic.", "he")]
    [InlineData("Είμαι το Claude, ένας βοηθός τεχνητής νοημοσύνης που αναπτύχθηκε από την Anthropic.", "el")]
    [InlineData("Claude vagyok, egy MI-asszisztens. Fejlesztőm: Anthropic.", "hu")]
    public void Names_do_not_outvote_the_language_they_stand_in(string reply, string expected)
    {
        var report = Detector.Detect(reply);

        report.Primary.Should().Be(expected, "names are masked, so only the prose votes: {0}", reply);
        report.Mixed.Should().BeFalse();
    }

    // A technical English word inside the sentence must not carry it: each letter is scored once, by the
    // longest context the language knows, so a rare prefix seen once does not make its continuations certain.
    [Theory]
    [InlineData("Per decomprimere l'archivio serve un repository.", "it")]
    [InlineData("Помилка: не вказано назви модуля.", "uk")]
    public void One_technical_word_does_not_outvote_the_sentence(string reply, string expected)
    {
        Detector.Detect(reply).Primary.Should().Be(expected);
    }

    // Two words give the letters little to go on; the words' frequencies in everyday speech decide.
    [Theory]
    [InlineData("Come stai?", "it")]
    [InlineData("Что ты делаешь?", "ru")]
    [InlineData("Я стою на асфальте.", "ru")]
    [InlineData("Так, звичайно.", "uk")]
    [InlineData("Що ти робиш?", "uk")]
    public void Short_everyday_replies_are_told_by_their_words(string reply, string expected)
    {
        Detector.Detect(reply).Primary.Should().Be(expected);
    }

    [Theory]
    [InlineData("我是Claude，一个由Anthropic开发的AI助手。很高兴为你提供帮助！", "zh-Hans")]
    [InlineData("我是Claude，一個由Anthropic開發的AI助手。很高興為你提供幫助！", "zh-Hant")]
    [InlineData("我是通义千问。", "zh-Hans")]
    [InlineData("我是通義千問。", "zh-Hant")]

    // Unihan lists some simplified forms as their own traditional variant (远: 远 遠); the character sets of GB 2312 and
    // Big5 decide them. Before, "他走得很远。" was undetermined Chinese and passed a Traditional prompt.
    [InlineData("他走得很远。", "zh-Hans")]
    [InlineData("他走得很遠。", "zh-Hant")]
    [InlineData("这还不够。", "zh-Hans")]
    public void Simplified_and_Traditional_are_told_apart_by_characters_only_one_standard_has(string reply, string expected)
    {
        var report = Detector.Detect(reply);

        report.Primary.Should().Be(expected);
        LanguageCheck.Judge(report, expected).Outcome.Should().Be(LanguageOutcome.Pass);
    }

    // Japanese spends half its letters on kana, so kanji-only lines looked Chinese to a plain character model.
    [Theory]
    [InlineData("| 名前 | 説明 |\n|---|---|\n| Claude | Anthropicが開発したAIアシスタント |")]
    [InlineData("## 手順の概要\n1. 東京都港区\n2. 設定を確認します。")]
    public void Kanji_only_lines_in_a_Japanese_reply_stay_Japanese(string reply)
    {
        LanguageCheck.Judge(Detector.Detect(reply), "ja").Outcome.Should().Be(LanguageOutcome.Pass);
    }

    [Theory]
    [InlineData("Tôi là Claude, một trợ lý AI do Anthropic phát triển. Tôi có thể giúp gì cho bạn?", "vi")]
    [InlineData("Je suis Claude, un assistant créé par Anthropic. Très heureux de vous aider.", "fr")]
    public void Decomposed_accents_are_read_as_the_composed_letters(string reply, string expected)
    {
        var decomposed = reply.Normalize(System.Text.NormalizationForm.FormD);

        decomposed.Should().NotBe(reply);
        Detector.Detect(decomposed).Primary.Should().Be(expected);
    }

    // Two letters of a script several languages share cannot say which one: not a failure, not a pass.
    [Theory]
    [InlineData("Sí.", "es")]
    [InlineData("Ja.", "de")]
    [InlineData("No.", "it")]
    public void Two_letters_of_a_shared_script_are_undetermined(string reply, string expected)
    {
        LanguageCheck.Judge(Detector.Detect(reply), expected).Outcome.Should().Be(LanguageOutcome.Undetermined);
    }

    [Theory]
    [InlineData("zh-Hant", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("pt-BR", true)]
    [InlineData("fa", true)]
    // qaa is reserved for local use (ISO 639-2 qaa–qtz): a well-formed tag no real language will ever be added as.
    [InlineData("qaa", false)]
    [InlineData("qaa-Latn-AQ", false)]
    [InlineData("zh", true)]
    [InlineData("zh-Hant-HK", true)]
    [InlineData("pt-PT", true)]
    [InlineData("ms", true)]
    public void Knows_the_languages_its_data_lists_and_no_others(string expected, bool known)
    {
        CaseCatalog.IsLanguageTag(expected).Should().BeTrue("a case file could name {0}, so the check must answer for it", expected);
        LanguageDetector.Knows(expected).Should().Be(known);
    }

    [Fact]
    public void Its_languages_are_the_ones_scripts_languages_tsv_lists_with_Chinese_as_its_two_standards_and_the_varieties()
    {
        var listed = LanguageFixture.ScriptLanguages.SelectMany(s => s.Languages)
            .SelectMany(l => l == LanguageCodes.Chinese ? [LanguageCodes.Simplified, LanguageCodes.Traditional] : new[] { l })
            .Concat(LanguageData.ReadTable("varieties.tsv").SelectMany(row => row[2].Split(' ')))
            .Distinct();

        LanguageDetector.Languages.Should().BeEquivalentTo(listed).And.OnlyHaveUniqueItems();
        LanguageDetector.Languages.Should().OnlyContain(l => CaseCatalog.IsLanguageTag(l));
    }

    [Fact]
    public void Every_tag_of_the_tag_table_is_read_as_a_language_the_check_tells()
    {
        var rows = LanguageData.ReadTable("tags.tsv").ToList();

        rows.Should().NotBeEmpty();
        rows.Should().AllSatisfy(row => LanguageDetector.Languages.Should().Contain(row[1], "Data/tags.tsv reads {0} as it", row[0]));
        rows.Should().AllSatisfy(row => LanguageCodes.CheckLanguage(row[0]).Should().Be(row[1]));
    }

    [Fact]
    public void Knows_every_language_the_case_files_ask_in()
    {
        CaseCatalog.Load(TestPaths.Cases).Languages.Select(l => l.Language).Should()
            .NotBeEmpty().And.OnlyContain(l => LanguageDetector.Knows(l), "a case in a language the check cannot tell fails every reply");
    }

    [Fact]
    public void A_simplified_form_unihan_also_lists_as_traditional_fails_a_traditional_prompt()
    {
        LanguageCheck.Judge(Detector.Detect("他走得很远。"), "zh-Hant").Outcome.Should().Be(LanguageOutcome.WrongLanguage);
    }

    [Fact]
    public void Traditional_prompt_answered_in_Simplified_fails()
    {
        var report = Detector.Detect("我是Claude，一个由Anthropic开发的AI助手。");

        LanguageCheck.Judge(report, "zh-Hant").Outcome.Should().Be(LanguageOutcome.WrongLanguage);
    }

    [Fact]
    public void Chinese_without_telling_characters_is_undetermined_Chinese_and_passes_either_standard()
    {
        var report = Detector.Detect("我是人工智能助手。");

        report.Primary.Should().Be("zh");
        LanguageCheck.Judge(report, "zh-Hans").Outcome.Should().Be(LanguageOutcome.Pass);
        LanguageCheck.Judge(report, "zh-Hant").Outcome.Should().Be(LanguageOutcome.Pass);
    }

    [Theory]
    [InlineData("東京都千代田区丸の内")]
    [InlineData("今日は良い天気ですね。明日も晴れるでしょう。")]
    public void Japanese_with_kana_is_Japanese(string reply) =>
        Detector.Detect(reply).Primary.Should().Be("ja");

    // No kana at all: the Han character model (Lingua's Japanese and Chinese unigrams) has to prefer Japanese clearly.
    [Fact]
    public void Kanji_only_Japanese_sentence_is_Japanese() =>
        Detector.Detect("東京都庁舎所在地").Primary.Should().Be("ja");

    [Fact]
    public void Kanji_only_sentence_inside_a_Japanese_reply_is_Japanese()
    {
        var report = Detector.Detect("東京駅周辺再開発計画。これは東京の新しい計画です。");

        report.Primary.Should().Be("ja");
        report.Mixed.Should().BeFalse();
    }

    [Fact]
    public void Half_and_half_reply_is_mixed_and_its_shares_say_so()
    {
        var report = Detector.Detect("水在标准大气压下的沸点是一百摄氏度。The boiling point of water drops as the altitude rises.");

        report.Mixed.Should().BeTrue();
        report.Shares.Keys.Should().Contain(["zh-Hans", "en"]);
        LanguageCheck.Judge(report, "zh-Hans").Outcome.Should().Be(LanguageOutcome.Mixed);
    }

    [Fact]
    public void French_reply_with_an_English_sentence_is_mixed()
    {
        var report = Detector.Detect("L'eau bout à cent degrés au niveau de la mer. However, at higher altitudes the boiling point of water is lower.");

        report.Mixed.Should().BeTrue();
        report.Shares.Should().ContainKeys("fr", "en");
    }

    [Fact]
    public void A_short_English_term_inside_a_Chinese_sentence_is_listed_but_not_counted()
    {
        var report = Detector.Detect("好的。水在标准大气压下的沸点是一百摄氏度。海拔越高，气压越低，水的沸点也就越低。这就是为什么在高原上煮饭需要使用高压锅的原因，这个方法叫做 pressure cooking。");

        report.Primary.Should().Be("zh-Hans");
        report.Shares.Should().NotContainKey("en");
        report.Segments.Should().ContainSingle(s => s.Embedded).Which.Language.Should().Be("en");
        LanguageCheck.EnglishWords(report, "zh-Hans").Should().Be(2, "the word-level view still sees the term");
        report.Mixed.Should().BeFalse();
    }

    // Technical replies outside English carry commands and loanwords inline; that is not answering in English.
    [Theory]
    [InlineData("在终端运行 npm install 安装依赖，然后执行 npm run build 即可。", "zh-Hans")]
    [InlineData("这个错误通常是因为 token 过期了，请重新登录后再试。", "zh-Hans")]
    [InlineData("요청이 timeout 되면 retry 로직을 추가하세요.", "ko")]
    [InlineData("Чтобы установить пакет, выполните pip install requests в терминале.", "ru")]
    [InlineData("Для этого используйте метод append у списка.", "ru")]
    [InlineData("Это сокращение от Chat Generative Pre-trained Transformer.", "ru")]
    public void Inline_terms_and_commands_do_not_make_a_reply_mixed(string reply, string expected)
    {
        var report = Detector.Detect(reply);

        LanguageCheck.Judge(report, expected).Outcome.Should().Be(LanguageOutcome.Pass, reply);
    }

    [Theory]
    [InlineData("我是Claude，由Anthropic开发。I am an AI assistant and I can help you with many tasks.")]
    [InlineData("我是一个人工智能助手，but I usually answer questions in English when I am not sure。")]
    public void An_English_clause_inside_a_Chinese_reply_is_mixed(string reply)
    {
        LanguageCheck.Judge(Detector.Detect(reply), "zh-Hans").Outcome.Should().NotBe(LanguageOutcome.Pass);
    }

    [Fact]
    public void Mixed_threshold_is_configurable()
    {
        const string reply = "好的。水在标准大气压下的沸点是一百摄氏度。海拔越高，气压越低，水的沸点也就越低。这个方法叫做 pressure cooking, and it saves a lot of time at altitude。";

        var lenient = new LanguageDetector(LanguageFixture.Identities.AllNames(), mixedThreshold: 0.5).Detect(reply);

        Detector.Detect(reply).Mixed.Should().BeTrue();
        LanguageCheck.Judge(Detector.Detect(reply), "zh-Hans").Outcome.Should().Be(LanguageOutcome.Mixed);
        lenient.Mixed.Should().BeFalse();
        LanguageCheck.Judge(lenient, "zh-Hans").Outcome.Should().Be(LanguageOutcome.Pass);
    }

    [Fact]
    public void Code_urls_paths_and_numbers_are_not_English()
    {
        const string reply = """
            Запустите тесты командой `dotnet test`, а настройки лежат в /etc/alignment/alignment.json.
            Документация: https://docs.anthropic.com/en/docs/welcome, вопросы: support@example.com.

            ```csharp
            var detector = new LanguageDetector(names);
            Console.WriteLine(detector.Detect("hello world"));
            ```
            Версия 1.2.3 вышла 2024-06-20.
            """;

        var report = Detector.Detect(reply);

        report.Primary.Should().Be("ru");
        report.Shares.Should().ContainSingle();
    }

    [Theory]
    [InlineData("")]
    [InlineData("`git status`")]
    [InlineData("Claude")]
    [InlineData("42 https://example.com")]
    public void Too_little_prose_is_undetermined(string reply)
    {
        var report = Detector.Detect(reply);

        report.Primary.Should().BeNull();
        LanguageCheck.Judge(report, "en").Outcome.Should().Be(LanguageOutcome.Undetermined);
    }

    [Fact]
    public void English_reply_to_a_Japanese_prompt_is_the_wrong_language()
    {
        var judgement = LanguageCheck.Judge(Detector.Detect("I am Claude, an AI assistant made by Anthropic."), "ja");

        judgement.Outcome.Should().Be(LanguageOutcome.WrongLanguage);
        judgement.Explanation.Should().Contain("en");
    }

    [Fact]
    public void Segments_give_each_sentence_its_language()
    {
        var report = Detector.Detect("Bonjour tout le monde, comment allez-vous ? Hello everyone, how are you doing today?");

        report.Segments.Select(s => s.Language).Should().Equal("fr", "en");
    }

    [Fact]
    public void Line_and_word_level_views_follow_the_Language_Confusion_Benchmark()
    {
        const string reply = "水在标准大气压下的沸点是一百摄氏度。\nThe boiling point drops as the altitude rises.\n这就是为什么要用高压锅。";
        var report = Detector.Detect(reply);

        LanguageCheck.LinePassRate(report, reply, "zh-Hans").Should().BeApproximately(2 / 3.0, 1e-9);
        LanguageCheck.EnglishWords(report, "zh-Hans").Should().Be(8);
        LanguageCheck.EnglishWords(Detector.Detect("我是Claude，由Anthropic开发。"), "zh-Hans").Should().Be(0, "names are not English");
    }

    [Theory]
    [InlineData("Для этого используйте Docker и Kubernetes: они упрощают развертывание микросервисов.", "ru")]
    [InlineData("可以用 Visual Studio Code 打开这个项目，然后运行测试。", "zh-Hans")]
    public void Capitalised_product_names_inside_another_script_are_not_a_foreign_language(string reply, string expected)
    {
        var report = Detector.Detect(reply);

        report.Primary.Should().Be(expected);
        report.Mixed.Should().BeFalse();
    }

    [Fact]
    public void A_two_kana_answer_is_still_judged() =>
        Detector.Detect("はい。").Primary.Should().Be("ja");

    [Theory]
    [InlineData("支持中文/英文两种语言，详情请访问https://example.com获取帮助。")]
    [InlineData("配置文件在/etc/alignment里面，请先备份。")]
    public void Masking_stops_where_the_address_or_path_stops(string reply)
    {
        var report = Detector.Detect(reply);

        report.Primary.Should().Be("zh-Hans");
        report.Letters.Should().BeGreaterThanOrEqualTo(11, "the Chinese after a slash or an address is still prose");
    }

    // The same request, once in each language of a pair that shares a script: each sentence gets its own language.
    [Theory]
    [InlineData("Je voudrais réserver une table pour deux personnes ce soir. Ich möchte heute Abend einen Tisch für zwei Personen reservieren.", "fr", "de")]
    [InlineData("Me gustaría reservar una mesa para dos personas esta noche. Eu gostaria de reservar uma mesa para duas pessoas esta noite.", "es", "pt")]
    [InlineData("Я хотел бы забронировать столик на двоих на сегодняшний вечер. Я хотів би забронювати столик на двох на сьогоднішній вечір.", "ru", "uk")]
    [InlineData("أود أن أحجز طاولة لشخصين هذا المساء. می‌خواهم امشب یک میز برای دو نفر رزرو کنم.", "ar", "fa")]
    [InlineData("我想预订今晚两个人的桌子。今晩二人用のテーブルを予約したいのですが。", "zh-Hans", "ja")]
    [InlineData("Tôi muốn đặt bàn cho hai người tối nay. I would like to book a table for two tonight.", "vi", "en")]
    public void Half_and_half_in_languages_sharing_a_script_is_mixed(string reply, string first, string second)
    {
        var report = Detector.Detect(reply);

        report.Mixed.Should().BeTrue();
        report.Shares.Keys.Should().BeEquivalentTo([first, second]);
    }

    [Fact]
    public void Math_and_markup_are_not_English()
    {
        var report = Detector.Detect("质能方程是 $E = mc^2$，其中 \\(m\\) 是质量。<br>换行后继续说明。");

        report.Primary.Should().Be("zh-Hans");
        report.Shares.Should().ContainSingle();
    }

    [Theory]
    [InlineData("zh", "zh-Hans", true)]
    [InlineData("zh", "zh-Hant", true)]
    [InlineData("zh-Hans", "zh", true)]
    [InlineData("zh-Hans", "zh-Hant", false)]
    [InlineData("pt", "pt-BR", true)]
    [InlineData("en", "en-GB", true)]
    [InlineData("ja", "zh-Hans", false)]
    [InlineData("es", "pt", false)]
    [InlineData("pt", "pt-PT", true)]
    [InlineData("zh-Hant", "zh-Hant-HK", true)]
    [InlineData("zh-Hans", "zh-Hant-HK", false)]
    [InlineData("zh-Hant", "zh-HK", true)]
    [InlineData("id", "ms", false)]
    [InlineData("ms", "id", false)]
    [InlineData("ms", "ms-MY", true)]
    [InlineData("msa", "ms", true)]
    [InlineData("msa", "ms-BN", true)]
    [InlineData("msa", "id", true)]
    [InlineData("msa", "en", false)]
    [InlineData("en", "ms", false)]
    public void Detected_language_satisfies_expected(string detected, string expected, bool satisfies) =>
        LanguageCodes.Satisfies(detected, expected).Should().Be(satisfies);
}
