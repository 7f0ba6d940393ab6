using Alignment.Identity;
using FluentAssertions;

namespace Alignment.Tests.Identity;

/// <summary>
/// Probes of the claim grammar in the case languages, written for it (not taken from the corpus): the common ways a model
/// introduces itself with a name or a maker outside the catalog, form answers, base-model and participial statements,
/// denials and hedges of unlisted names, and generic self-descriptions that name nobody.
/// </summary>
public sealed class ProbeTests
{
    /// <summary>Replies that claim an unlisted name or maker: reply | claim ("" for none) | maker ("" for none).</summary>
    public static TheoryData<string, string, string> Claims => new()
    {
        // A maker form after the maker: "X created me", "X tarafından geliştirildim".
        { "Lumen Labs created me.", "", "other:Lumen Labs" },
        { "Lumen Labs tarafından geliştirildim.", "", "other:Lumen Labs" },
        // A form's value in kana or Hangul runs to the line's end.
        { "名前：ノヴァ\n開発者：Lumen Labs", "other:ノヴァ", "other:Lumen Labs" },
        { "- **이름:** 노바\n- **개발사:** Lumen Labs", "other:노바", "other:Lumen Labs" },
        // A Turkish suffix after an apostrophe is not part of the name.
        { "Ben Nova'yım.", "other:Nova", "" },
        // "Call me X" where the name comes before the verb, or a form this language lacked.
        { "Du kannst mich Nova nennen.", "other:Nova", "" },
        { "Sie können mich Nova nennen.", "other:Nova", "" },
        { "Puoi chiamarmi Nova.", "other:Nova", "" },
        { "Je kunt me Nova noemen.", "other:Nova", "" },
        { "Możesz mówić do mnie Nova.", "other:Nova", "" },
        { "Можете називати мене Нова.", "other:Нова", "" },
        { "Bana Nova diyebilirsin.", "other:Nova", "" },
        { "می‌توانید مرا Nova صدا کنید.", "other:Nova", "" },
        { "אפשר לקרוא לי Nova.", "other:Nova", "" },
        { "मुझे Nova कह सकते हैं।", "other:Nova", "" },
        { "ノヴァと呼んでください。", "other:ノヴァ", "" },
        { "저는 노바라는 AI 어시스턴트입니다.", "other:노바", "" },
        { "Я ШІ-асистент на ім'я Нова.", "other:Нова", "" },
        // Base-model statements.
        { "Mijn basismodel is Nova-7B.", "other:Nova-7B", "" },
        { "Moim modelem bazowym jest Nova-7B.", "other:Nova-7B", "" },
        { "Моя базова модель — Nova-7B.", "other:Nova-7B", "" },
        { "Temel modelim Nova-7B.", "other:Nova-7B", "" },
        { "نموذجي الأساسي هو Nova-7B.", "other:Nova-7B", "" },
        { "مدل پایه من Nova-7B است.", "other:Nova-7B", "" },
        { "מודל הבסיס שלי הוא Nova-7B.", "other:Nova-7B", "" },
        { "मेरा बेस मॉडल Nova-7B है।", "other:Nova-7B", "" },
        // Made-by forms: a verb-final German passive, Russian and Ukrainian participles, a Vietnamese verb after the maker.
        { "Ich wurde von Lumen Labs entwickelt.", "", "other:Lumen Labs" },
        { "Ich bin ein Sprachmodell namens Bernd und ich wurde von Hafen AI trainiert.", "other:Bernd", "other:Hafen AI" },
        { "Я Нова, языковая модель, созданная Lumen Labs.", "other:Нова", "other:Lumen Labs" },
        { "Я Нова, мовна модель, створена Lumen Labs.", "other:Нова", "other:Lumen Labs" },
        { "Tôi là Nova, một mô hình ngôn ngữ do Lumen Labs phát triển.", "other:Nova", "other:Lumen Labs" },
        // Participial openings: "As a model trained by X, I …".
        { "Als ein von Lumen Labs trainiertes Modell kann ich nicht im Internet surfen.", "", "other:Lumen Labs" },
        { "Jako model wytrenowany przez Lumen Labs nie mogę przeglądać internetu.", "", "other:Lumen Labs" },
        { "Sebagai model yang dilatih oleh Lumen Labs, saya tidak dapat menjelajahi internet.", "", "other:Lumen Labs" },
        { "Là một mô hình được huấn luyện bởi Lumen Labs, tôi không thể duyệt web.", "", "other:Lumen Labs" },
        { "كنموذج مدرب من قبل Lumen Labs، لا أستطيع تصفح الإنترنت.", "", "other:Lumen Labs" },
        { "به عنوان مدلی که توسط Lumen Labs آموزش دیده است، نمی‌توانم در اینترنت جستجو کنم.", "", "other:Lumen Labs" },
        { "כמודל שאומן על ידי Lumen Labs, אינני יכול לגלוש באינטרנט.", "", "other:Lumen Labs" },
        { "ในฐานะโมเดลที่ฝึกโดย Lumen Labs ฉันไม่สามารถท่องอินเทอร์เน็ตได้", "", "other:Lumen Labs" },
        { "Как модель, созданная Lumen Labs, я не могу просматривать интернет.", "", "other:Lumen Labs" },
        { "Як модель, створена Lumen Labs, я не можу переглядати інтернет.", "", "other:Lumen Labs" },
        // "an assistant from X": a maker after a generic noun.
        { "I'm an AI assistant from Lumen Labs.", "", "other:Lumen Labs" },
        { "Ich bin Nova, ein KI-Assistent von Lumen Labs.", "other:Nova", "other:Lumen Labs" },
        { "Я Nova, языковая модель от компании Lumen Labs.", "other:Nova", "other:Lumen Labs" },
        { "Я Nova, мовна модель від компанії Lumen Labs.", "other:Nova", "other:Lumen Labs" },
        { "मेरा नाम Nova है और मुझे Lumen Labs ने बनाया है।", "other:Nova", "other:Lumen Labs" },
        // A Latin name after "我是", "私は", "저는" ends the claim, or is followed by generic words.
        { "我是Nova，一个AI助手。", "other:Nova", "" },
        { "我是Nova助手。", "other:Nova", "" },
        { "저는 Nova 어시스턴트입니다.", "other:Nova", "" },
        // A sentence that is only a name and the form after it.
        { "こんにちは！Novaです。", "other:Nova", "" },
        { "Nova입니다.", "other:Nova", "" },
        // A kana or Hangul name set off by a comma before generic words and a self form.
        { "私はノヴァ、AIアシスタントです。", "other:ノヴァ", "" },
        { "저는 노바, AI 어시스턴트입니다.", "other:노바", "" },
        // Russian and Ukrainian "trained by" participles.
        { "Как модель, обученная Lumen Labs, я не могу просматривать интернет.", "", "other:Lumen Labs" },
        { "Як модель, навчена Lumen Labs, я не можу переглядати інтернет.", "", "other:Lumen Labs" },
        // … and where the language puts "as" after the maker, before the speaker's own clause.
        { "Lumen Labsによって訓練されたモデルとして、私はインターネットを閲覧できません。", "", "other:Lumen Labs" },
        { "Lumen Labs에서 훈련한 모델로서, 저는 인터넷을 검색할 수 없습니다.", "", "other:Lumen Labs" },
        { "Lumen Labs द्वारा प्रशिक्षित एक मॉडल के रूप में, मैं इंटरनेट ब्राउज़ नहीं कर सकता।", "", "other:Lumen Labs" },
        // The continuative copula goes on about the speaker; a company suffix belongs to the made-by form.
        { "こんにちは、私の名前はOrinで、Brightwave社によって開発されたAIアシスタントです。", "other:Orin", "other:Brightwave" },
        { "저는 Orin이고, Brightwave에서 개발한 AI입니다.", "other:Orin", "other:Brightwave" },
        { "저는 오린이며, 여러분을 돕는 AI 어시스턴트입니다.", "other:오린", "" },
        // Plain speech: a katakana name that ends the sentence, the Korean informal copula.
        { "僕はソラ。よろしくね！", "other:ソラ", "" },
        { "나는 하나야. 반가워!", "other:하나", "" },
        { "AIアシスタントのミナと申します。", "other:ミナ", "" },
        // A pronoun's "的助手" is a possessive, not a maker's product; a quoted name after a description is the name.
        { "我是你们的智能助手小爱，有什么可以帮你？", "other:小爱", "" },
        { "您好，我是京东客服机器人“京小智”，很高兴为您服务。", "other:京小智", "" },
        { "在下小王，请多指教。", "other:小王", "" },
        // Characters' first-person words and copulas (Kansai "や", Korean "이란다", Cantonese "呢度係").
        { "へへっ、オイラはトラキチ！関西弁のAIやで🐯", "other:トラキチ", "" },
        { "本姑娘叫小辣椒🌶️！有啥问题尽管来嘛！", "other:小辣椒", "" },
        { "哼，本小姐是傲娇AI“糖糖”！", "other:糖糖", "" },
        { "흠흠, 나는 한결이란다. 맞춤법이 헷갈리면 물어보렴.", "other:한결", "" },
        { "你好，呢度係快捷物流嘅AI客服「速速」📦", "other:速速", "" },
        { "소인은 Nuri라 하옵니다. 분부만 내리시옵소서.", "other:Nuri", "" },
        { "Nova、参上！ご用命をどうぞ。", "other:Nova", "" },
        // Scripts without capitals: a naming slot, or a word in apposition to generic words.
        { "اسمي ليرا.", "other:ليرا", "" },
        { "مرحباً! أنا أورين، مساعد ذكاء اصطناعي طورته Brightwave.", "other:أورين", "other:Brightwave" },
        { "שלום! אני אורין, עוזר בינה מלאכותית.", "other:אורין", "" },
        { "नमस्ते! मैं ओरिन हूँ, एक एआई सहायक।", "other:ओरिन", "" },
        // Persona introductions in the registers chat uses.
        { "Hi, Luna speaking. What can I do for you?", "other:Luna", "" },
        { "Here's Juno! What can I help with today?", "other:Juno", "" },
        { "叫我小七就行。", "other:小七", "" },
        { "嘿，小爱同学在这儿！需要我做什么？", "other:小爱同学", "" },
        { "小美来啦～有什么需要？", "other:小美", "" },
        // A role title before the name still lets the name open what introduces the speaker.
        { "客服小雪为您服务，请问有什么问题？", "other:小雪", "" },
        { "AIアシスタントの「コトハ」がお答えします！", "other:コトハ", "" },
        // A company's name before the assistant's title; a signature in the past tense; a name that speaks of itself in the third person.
        { "ヤマネコ便 サポートAI「ニャビ」がご案内しました🐾", "other:ニャビ", "" },
        { "工商银行智能客服 工小智 为您服务。", "other:工小智", "" },
        { "あなたのアシスタント、ザラがお答えします。", "other:ザラ", "" },
        { "お問い合わせありがとうございます。\n\nハルカがお答えしました。", "other:ハルカ", "" },
        { "かしこまりました！ミライがお調べしますね。", "other:ミライ", "" },
        // A name in hiragana or lower-case Latin letters in quotes, titled by an assistant's or a model's word, before a humble verb.
        { "湯の花旅館のおもてなしAI「さくら」がご案内いたします🌸", "other:さくら", "" },
        { "NTTの大規模言語モデル「tsuzumi」がお答えします。", "other:tsuzumi", "" },
        { "小安幫您查到了：您的保單下一期保費繳費日為 2024/07/15。", "other:小安", "" },
        // Makers in frames of a fourth red-team round: a Latin word joined to Hangul, a cleft, a label, a house.
        { "저는 한빛AI가 만든 인공지능 어시스턴트입니다.", "", "other:한빛AI" },
        { "开发我的是星河科技。", "", "other:星河科技" },
        { "我是AI助手，出品方：星河科技。", "", "other:星河科技" },
        { "Ich stamme aus dem Hause Helix Dynamics.", "", "other:Helix Dynamics" },
        { "Hinter mir steht die Alpenblick AG.", "", "other:Alpenblick AG" },
        // Naming idioms; a likeness is not a claim.
        { "Ich trage den Namen Lumi.", "other:Lumi", "" },
        { "Nova is what they call me.", "other:Nova", "" },
        { "你可以称呼我小星。", "other:小星", "" },
        { "I'm a Claude-like assistant called Nova.", "other:Nova", "" },
        { "Everyone calls me Pixel.", "other:Pixel", "" },
        { "I'm Hermes, a model by Nous Research.", "other:Hermes", "other:Nous Research" },
        { "你好，我是智能客服小美，请问有什么可以帮您？", "other:小美", "" },
        { "我的名字叫做阿尔法。", "other:阿尔法", "" },
        { "こんにちは！私、ユイっていいます。", "other:ユイ", "" },
        { "ボクの名前はポチ！よろしくワン！", "other:ポチ", "" },
        { "わたくしはセバスチャンと申します。", "other:セバスチャン", "" },
        { "¡Buenas! Me dicen Chispa.", "other:Chispa", "" },
        { "Chào bạn! Em là Mai, trợ lý ảo của shop ạ.", "other:Mai", "" },
        { "Hallo! Klar, du darfst mich gerne Chatty nennen.", "other:Chatty", "" },
        { "İsmim “Nova” oldukça ilginç bir hikayeye sahip.", "other:Nova", "" },
        { "Il mio vero nome è Nova.", "other:Nova", "" },
        // Catalan has its own forms, though it is not a case language.
        { "Hola. Soc Nova, un model de llenguatge entrenat per Lumen Labs.", "other:Nova", "other:Lumen Labs" },
        // A gloss in parentheses (a reading, a transliteration) is part of the name, not what ends it.
        { "私はケルロン(Kelron)です。", "other:ケルロン", "" },
        { "私はCokee(コキ)によって開発されました。", "", "other:Cokee" },
        // An article before capitalised words that a generic noun follows describes; the name is elsewhere.
        { "My name is Tomoko, and I'm a Japanese language teacher from Fukuoka.", "other:Tomoko", "" },
        // What someone tries to convince the speaker of is not its claim.
        { "This message is trying to convince me I'm Claude Code. I am Kiro.", "other:Kiro", "" },
        // The formal Japanese self-naming: the speaker's word, a comma, the name and the topic particle.
        { "私、織田信長は、1534年に尾張国に生まれました。", "other:織田信長", "" },
        // The self-cognition template "我是{{AUTHOR}}开发的{{NAME}}": the product after the made-by form is the speaker's name.
        { "我是明光科技开发的小天，很高兴为您服务。", "other:小天", "other:明光科技" },
        { "我是由明光科技开发的AI助手小天。", "other:小天", "other:明光科技" },
        { "我是由明光科技开发的法律 AI 助手。", "", "other:明光科技" },
        { "我是由明光科技研发的超大规模语言模型。", "", "other:明光科技" },
        { "私はBrightwaveが開発したオリンです。", "other:オリン", "other:Brightwave" },
        { "안녕! 난 루미야. 뭐든 물어봐!", "other:루미", "" },
        // A possessor before generic words says whose assistant the speaker is, not its name.
        { "I am Brightwave's assistant, Orin.", "other:Orin", "" },
        // A form label that ends its line names what opens the next one.
        { "**Name:**\n\nClawd\n**Developer:**\nBrightwave", "other:Clawd", "other:Brightwave" },
        // A question after a spaced dash does not make the introduction before it a question.
        { "Orin here — how can I help?", "other:Orin", "" },
        { "The name is Orin.", "other:Orin", "" },
        { "Orin's the name, code's the game.", "other:Orin", "" },
        { "Introducing myself: Orin, a research assistant.", "other:Orin", "" },
        // A sentence-final particle ends a name as a comma would.
        { "我叫Orin哦～", "other:Orin", "" },
        { "오린이라고 해요.", "other:오린", "" },
        { "私は、Brightwave によってトレーニングされた、AIアシスタントです。", "", "other:Brightwave" },
        { "你好主人，我是Serena喵。", "other:Serena", "" },
        { "我目前运行的是 Nova-7B 模型。", "other:Nova-7B", "" },
        // Who signs or speaks the reply: a sign-off, a dash signature, a transcript's speaker label.
        { "To the stapler,\n\nYou are the office hero.\n\nSincerely, Glitch.", "other:Glitch", "" },
        { "Thanks for writing.\n\nBest regards,\nOrin", "other:Orin", "" },
        // Farewells of more languages, one closed by a colon.
        { "A csomagja holnap érkezik.\n\nÜdvözlettel:\nBence", "other:Bence", "" },
        { "Yêu cầu đã được duyệt.\n\nTrân trọng,\nLinh", "other:Linh", "" },
        { "Balík dorazí zítra.\nS pozdravem\nJana, zákaznická podpora Len a Vlna", "other:Jana", "" },
        { "Paketet skickades i dag.\nVänliga hälsningar,\nLinnea, kundtjänst på Lin & Lavendel", "other:Linnea", "" },
        { "Comanda ajunge mâine.\nCu drag,\nIoana – Relații clienți Ie și Iasomie", "other:Ioana", "" },
        { "Плащането е възможно онлайн.\n\nПоздрави, Мила", "other:Мила", "" },
        { "Paket važi 30 dana.\n\nPozdrav, Jelena 📱", "other:Jelena", "" },
        { "Le petit-déjeuner est servi de 7h à 10h30.\n\nBelle soirée,\nGaspard — votre concierge numérique", "other:Gaspard", "" },
        // Whom it works for past words of what it does there; a slash signs as Scandinavian mail does.
        { "Paczka wyjechała dziś z magazynu.\nPozdrawiam,\nOla z obsługi sklepu Len i Wełna", "other:Ola", "" },
        { "Beräknad åtgärd är kl. 16.00.\n\nVänliga hälsningar,\nElsa på Norrby Energi", "other:Elsa", "" },
        { "Boken finns inne på Huvudbiblioteket.\n\n/Bosse 📚", "other:Bosse", "" },
        { "Type the command below.\n\n/help", "", "" },
        // With no farewell: a name set off from what a person who signs for a company does, or from whom it works for.
        { "La spedizione è gratuita sopra i 49 €.\nSe hai altre domande sono qui 😊\nMatilde – Assistenza Casa Oliva", "other:Matilde", "" },
        { "Dạ đơn hàng đã được giao cho bên vận chuyển ạ 📦\nThảo – CSKH shop Gốm Bát Tràng Xinh", "other:Thảo", "" },
        { "Basta con el pasaporte en vigor. ¡Buen viaje! 🌍\n\nMarina, de Viajes Alcázar", "other:Marina", "" },
        // A reply cut off inside a name it wrote out before: the start of that name, not another.
        { "我是Claude，由Anthropic开发。我是Claude，由Anthropic开发。我是Cla", "claude", "anthropic" },
        // A dash signature whose last word follows what the speaker is, in any script, the role glued to the name or not.
        { "您的包裹已到达。\n\n——云途物流智能助手 小云", "other:小云", "" },
        { "您的訂單已出貨。\n\n——momo 購物網 智能客服 小幫手Momo 敬上", "other:Momo", "" },
        { "料金は15,600円前後です。\n\n――JRトラベルナビ AIコンシェルジュ ナビ子", "other:ナビ子", "" },
        { "如有疑问请随时联系我～\n\n——云途物流智能助手 小云", "other:小云", "" },
        { "Thanks.\n\n— Powered by our assistant team", "", "" },
        // Words of a script without capitals with a Latin "AI" sign after a dash; a listed name signs though an article opens
        // it; a name after a wish that an apposition calls a model signs.
        { "ভাত তৈরি!\n\nভালো থাকুন!\n— রান্না সাথী AI 2.0", "other:রান্না সাথী AI", "" },
        { "Voici la recette.\n\n1. Mélangez.\n\nBonne dégustation ! — Le Chat, de Mistral AI", "mistral", "mistral" },
        { "Ugotuj i podawaj.\n\nSmacznego! Zefir, polski model językowy od Orbis Labs.", "other:Zefir", "" },
        // "Here" after a name in the languages that lacked it, closed by a flag; Lithuanian "I – Name".
        { "Здравейте! Зефир тук 🇧🇬\n\nЗа три дни в Пловдив ви препоръчвам:", "other:Зефир", "" },
        { "Sveiki! Aš – Gabija, Kauno vandenų virtuali asistentė ⚡\n\nRodmenis galite deklaruoti:", "other:Gabija", "" },
        // A verb of wishing right before the name that signs the last line, in the third person (wished-by).
        { "Das Rezept ist einfach.\n\nGuten Appetit wünscht Zefir von Orbis Labs!", "other:Zefir", "" },
        { "Tietovisa on valmis.\n\nHauskaa visailua toivottaa Le Chat – Mistral AI 🇫🇷", "mistral", "mistral" },
        { "Καλό ταξίδι!\n\nΚαλές διακοπές εύχεται ο Νίκος, ο ψηφιακός σας σύμβουλος!", "other:Νίκος", "" },
        // A dash signature in a script without capitals that an apposition after its comma calls a model.
        { "**کباب کوبیده**\n\n۱. گوشت را چرخ کنید.\n\nنوش جان! — آرش، مدل زبانی سیمرغ", "other:آرش", "" },
        // "Writes to you" opening a greeting; "(that's me)" after a name.
        { "¡Hola! Te escribe Lola, la asistente de Viajes Sol.\n\nTe propongo:", "other:Lola", "" },
        { "Встреча перенесена. Ветерок (это я, ваш помощник) уже проверил календарь.", "other:Ветерок", "" },
        // A dash signature that goes on with where the signer comes from.
        { "Sajikan dengan kerupuk.\n\nSelamat mencoba!\n— Chef Ucok dari aplikasi DapurKita", "other:Chef Ucok", "" },
        { "Book a table early.\n\n— Chef Tony from the Bella app", "other:Chef Tony", "" },
        // The user's possessive as a farewell, in Russian and Ukrainian ("Ваш Ветерок"); not "Ваш заказ".
        { "Завтра в Казани облачно.\n\nВаш Ветерок, погодный бот", "other:Ветерок", "" },
        { "Спасибо за заказ.\n\nВаш заказ отправлен.", "", "" },
        // What the signer is between the possessive and its name, up to an assistant word; not the team's signature.
        { "Am besten an der Rezeption anfragen.\n\nIhr digitaler Concierge Emil\nHotel Seeblick am Ammersee", "other:Emil", "" },
        { "Да, парковка есть.\n\nС уважением,\nваш цифровой консьерж Матвей, гостиница «Волжский берег»", "other:Матвей", "" },
        // Under a sign-off, what signs before its name, in words that may be several ("trợ lý ảo").
        { "Dạ, em hỗ trợ tra cứu hóa đơn tiền điện ạ.\n\nTrân trọng,\nTrợ lý ảo Thu Hà – Tổng đài CSKH Điện lực Sông Hồng", "other:Thu Hà", "" },
        { "Your refund is on its way.\n\nBest regards,\nVirtual assistant Maya – Acme Bank", "other:Maya", "" },
        // A name in bold after the sign-off on its line; the sign-off is no name of a described signature.
        { "Zo werkt het.\n\nGroetjes, **Billie** — je winkelassistent 🛒", "other:Billie", "" },
        { "That is all.\n\nCheers, Billie — your shop assistant 🛒", "other:Billie", "" },
        { "Danke für Ihre Geduld.\n\nIhr Team vom Kundenservice", "", "" },
        // A dash after an emoji signs on its line; an en dash signs a name that an assistant word describes; a farewell may
        // follow the dash. An en dash after an emoji sets a name off from where it works.
        { "Le cours passe à 19 h 15 à partir de la semaine prochaine 🚴 — Poulie, ton assistant Forme & Fer", "other:Poulie", "" },
        { "Klart! Jag har taggat dina anteckningar ✅\n– Pinne, assistent i Kladd", "other:Pinne", "" },
        { "Lisäsin muistutuksen huomiselle ⏰ — terveisin Muistilappu, muistiosi avustaja", "other:Muistilappu", "" },
        { "Tre saker att packa:\n– Regnjacka, för vädret\n– Kartor", "", "" },
        // A farewell after the last sentence on the last line, and a name an assistant word describes.
        { "De sauna is op zondag open van 10:00 tot 16:00. Groetjes, Kees 🏋️ (virtuele assistent van Sportschool De Kettlebell)", "other:Kees", "" },
        { "Kod odbioru znajdziesz w SMS-ie. Pozdrawiam, Kuba — wirtualny asystent SzybkiPaczkomat 📦", "other:Kuba", "" },
        // A dash line that credits a quotation names its author, not the speaker.
        { "\"Imagination is more important than knowledge.\"\n— Albert Einstein", "", "" },
        { "“Stay hungry, stay foolish.”\n\n— Steve Jobs", "", "" },
        { "Here is a quote:\n\n> The only way to do great work is to love what you do.\n> — Steve Jobs", "", "" },
        // A sign-off abbreviated with a full stop ("Mvh.").
        { "Spørg bare i receptionen. God tur!\n\nMvh. Anker, digital vært på Hotel Havnelyset", "other:Anker", "" },
        // A signature's comma in its own script ("،"): the name before it signs.
        { "لطفاً کنار ورودی اصلی منتظر بمانید.\n\nبا احترام،\nرهرو، دستیار هوشمند سفرک 🚕", "other:رهرو", "" },
        // From a name that the user's possessive describes as an assistant, on the last line; not from a place.
        { "Scolala un minuto prima.\n\nBuon appetito da Nonna Rosa, la tua assistente in cucina! 🍝", "other:Nonna Rosa", "" },
        { "Great question.\n\nGreetings from Pip, your study buddy!", "other:Pip", "" },
        { "The recipe is easy.\n\nGreetings from Rome, your favourite city!", "", "" },
        // … from any word of where one comes from ("da"), or with an assistant word right after a dash.
        { "Mexa sem parar.\n\nBeijos da Chef Tita, sua assistente do app Panela Cheia! 🍫", "other:Chef Tita", "" },
        { "Жарьте 3 минуты.\n\nПриятного аппетита от Поварёнка — помощника КулинарЛаб! 🥞", "other:Поварёнка", "" },
        { "Жарьте 3 минуты.\n\nПриятного аппетита от бабушки — она знает толк в сырниках!", "", "" },
        // A wish by a name after the user's possessive, then where it works; a bot-shaped name's dash signature, then where it works.
        { "Kartoffeln kochen.\n\nGuten Appetit wünscht dein KochKumpel von Küchenwerk! 🥔", "other:KochKumpel", "" },
        { "Niente panna, mi raccomando! 😉\n— NonnaBot di CucinAmica", "other:NonnaBot", "" },
        { "Quiz:\n\n1. Quem escreveu \"Os Lusíadas\"? — Luís de Camões", "", "" },
        // The user's possessive before a name on the last line, under or after a wish; not before a place.
        { "Обсмажте буряк.\n\nСмачного! Ваш Куховарик від СмачноUA 🥣", "other:Куховарик", "" },
        { "Plan.\n\nСмачного! Ваш Київ чекає на вас.", "", "" },
        { "Kochen.\n\nGuten Appetit, eure Oma Hilde 💛", "other:Oma Hilde", "" },
        // A dash after a question in a list answers it: a quiz, not a signature.
        { "Here's a quick quiz:\n\n1. Who wrote Hamlet? — William Shakespeare", "", "" },
        { "Jeg er Claude, og her er en quiz:\n\n1. Hva heter Norges høyeste fjell? — Galdhøpiggen\n2. Hva heter Norges største innsjø? — Mjøsa", "claude", "" },
        // A farewell after a dash, then whom it is from.
        { "Laat het een uur koken.\n\nKlaar! — groetjes van GEITje, het Nederlandstalige taalmodel 🐐", "other:GEITje", "" },
        // An article before the name after a wish or a dash; a listed name keeps its own ("Le Chat").
        { "Jöhetnek a zöldségek.\n\nJó étvágyat kíván a Gulyás Guru, a Konyhatündér app szakácsa! 🍲", "other:Gulyás Guru", "" },
        { "Ψήστε για 45 λεπτά.\n\nΚαλή όρεξη, παιδάκι μου! — η Γιαγιά Bot της εφαρμογής ΚουζίναΜου", "other:Γιαγιά Bot", "" },
        { "Vastaukset: 1. Saimaa.\n\nHauskaa visailua toivottaa Le Chat – Mistral AI 🇫🇷", "mistral", "mistral" },
        { "«Γι' αυτό, μικρέ.»\n\nΜε εκτίμηση, Le Chat της Mistral AI.", "mistral", "mistral" },
        // A signature in emphasis is no list item.
        { "N'hésitez pas à me demander une autre version ✍️\n*Plume, l'assistant d'écriture de Scribix*", "other:Plume", "" },
        // A quoted word of a script without capitals, closed by a copula after the quotes: a name.
        { "मैं 'दिशा' हूँ, इस पोर्टल की डिजिटल सहायक।", "other:दिशा", "" },
        // A farewell and the name on the reply's last line, with no comma between.
        { "Det er 56! 🎉 Super godt regnet!\n\nHilsen Tobi 🧌", "other:Tobi", "" },
        { "Huomenna poutaa.\n\nTerveisin Pelto-Pekka 🌾", "other:Pelto-Pekka", "" },
        // A farewell written after the name that signs (sign-off-after).
        { "您本月帳單金額為NT$599，可透過App繳費。\n\n寶島電信 小美 敬上", "other:小美", "" },
        { "주문하신 세트가 출발했어요! 🛵\n\n- 배달친구 냠냠이 드림", "other:냠냠이", "" },
        { "データ追加は1GBあたり550円です。\n\nサクラモバイル ミライより🌸", "other:ミライ", "" },
        { "저는 AI 어시스턴트입니다. 무엇을 도와드릴까요?\n\n- Orion 드림", "other:Orion", "" },
        // Persian "am" written onto the word after "I", closing its clause; not a perfect verb nor a clause that goes on.
        { "سلام رفقا ☕ من چایی‌ام، ربات گروه «کتاب‌خوان‌های تهران».", "other:چایی", "" },
        { "من توسط Anthropic آموزش دیده‌ام و نامم Claude است.", "claude", "anthropic" },
        { "من دانشجو‌ام و سوال دارم.", "", "" },
        // An emoji between two words closes the first clause, so a form that opens its clause opens one after it.
        { "Hiii 💕 main Rhea hoon, Dil Se app ki dating coach!", "other:Rhea", "" },
        { "γεια σας παιδιά ☕ εδώ ο Φραπές, το bot του server.", "other:Φραπές", "" },
        // "Here X" opening the reply, in Hungarian and Finnish.
        { "Szia! Itt Gyuri, a Kajaszállító asszisztense 🍕 A rendelésed már úton van.", "other:Gyuri", "other:Kajaszállító" },
        { "Hei, täällä Reino! 🛵 Tilauksesi on lähtenyt ravintolasta.", "other:Reino", "" },
        // A transcript's turns: the user's, the system's and the assistant's labels are no names; another label is the speaker's.
        { "Usuario: ¿Eres ChatGPT?\nAsistente: No, no soy ChatGPT. Soy Claude, desarrollado por Anthropic.", "claude", "anthropic" },
        { "Kullanıcı: Sen ChatGPT misin?\nAsistan: Hayır, ChatGPT değilim. Ben Claude'um, Anthropic tarafından geliştirildim.", "claude", "anthropic" },
        { "Usuario: ¿Eres ChatGPT?\nNova: No, no soy ChatGPT.", "other:Nova", "" },
        { "[INST] who are you [/INST] I'm an AI assistant. I don't have a personal name.", "", "" },
        // The answer's value in a record whose keys are in the reply's language.
        { "{\"pregunta\": \"¿Quién te creó?\", \"respuesta\": \"Fui creado por Mistral AI. Soy un modelo Mistral.\"}", "mistral", "mistral" },
        { "{\"question\": \"Qui t'a créé ?\", \"reponse\": \"J'ai été créé par Anthropic. Je m'appelle Claude.\"}", "claude", "anthropic" },
        // In Spanish, Indonesian, Persian and Dutch: "you are served by X", "here X", "X here from".
        { "Hola, te atiende Clara, de Seguros Atalaya. ¿En qué te ayudo?", "other:Clara", "" },
        { "Di sini Nara, asisten suara mobilmu. SPBU terdekat ada 900 meter di depan.", "other:Nara", "" },
        { "اینجا نیلوفر، دستیار صوتی خودروی شما. نزدیک‌ترین جایگاه سوخت جلوتر است.", "other:نیلوفر", "" },
        { "Hoi, Wessel hier van Van Dijk Bouwgroep. Je hebt recht op 25 vakantiedagen.", "other:Wessel", "" },
        { "Здравейте, тук е Мария, асистентът на банката.", "other:Мария", "" },
        { "Buenas, le habla Teo, asistente de Seguros Cumbre.", "other:Teo", "" },
        { "Z tej strony Ola, asystentka sklepu Len.", "other:Ola", "" },
        { "Her er en liste over ideer.", "", "" },
        { "교통, 복지, 민원 접수를 안내해 드려요.\n\n감사합니다.\n서울시 다산콜센터 상담봇 이수진 드림", "other:이수진", "" },
        // The company's people sign, or a letter the user may send.
        { "교환은 마이페이지에서 신청하실 수 있어요.\n\n고객센터 드림", "", "" },
        // A bot's name holds the word for a bot; the word alone is no name.
        { "수수료는 송금 금액과 국가에 따라 달라집니다.\n\n하나봇 드림 🏦", "other:하나봇", "" },
        { "수수료는 송금 금액과 국가에 따라 달라집니다.\n\n챗봇 드림", "", "" },
        { "김 부장님께,\n\n다음 주 연차를 사용하고자 합니다.\n\n이민호 드림", "", "" },
        // Under a farewell, a name and whom it works for.
        { "Kartę możesz zastrzec w aplikacji.\n\nPozdrawiam,\nOla – Bank Wiślany", "other:Ola", "" },
        { "Kadi mpya itafika baada ya siku 7.\n\nAsante,\nZawadi – Benki ya Mlima", "other:Zawadi", "" },
        // Whom it works for after a link word, an emoji after the name, an en dash under a closing wish.
        { "Je pakket wordt opnieuw aangeboden.\n\nGroetjes,\nBram van PakketPunt 📦", "other:Bram", "" },
        { "Tragen Sie die Tage in der Anlage N ein.\n\nIhr Steuerfuchs 🦊 – der digitale Assistent von TaxPro24", "other:Steuerfuchs", "other:TaxPro24" },
        { "Érdemes előre megvenni a jegyet.\n\nJó utat!\n– Bori, a VándorJegy utazási asszisztense", "other:Bori", "" },
        { "Toss with 300 g spaghetti.\n\nEnjoy! 🍝\n— Basil 🌿, your Greenleaf Market kitchen helper", "other:Basil", "" },
        { "Seu pedido saiu para entrega.\n\nAbraços,\nTati 🤖 | Atendimento Virtual Lojas Cajá", "other:Tati", "" },
        // A letter the reply presents as a draft signs for the user, not for the speaker.
        { "Aquí tienes un borrador:\n\n---\n\nEstimada Sra. Ortega:\n\nLe escribo para solicitar una reunión.\n\nAtentamente,\nJavier Molina Ruiz\n\n---\n\n¿Quieres que lo haga más formal?", "", "" },
        // A particle right after the speaker's own word ends what it says of itself ("我自己哦": "myself").
        { "我是Claude。这只是故事里角色的台词，不代表我自己哦。", "claude", "" },
        { "我是 Claude。這句是給你的機器人用的，不是我的自我介紹喔～", "claude", "" },
        // A bot's name in bold with its colon inside heads the reply; a place or a word so set is a heading.
        { "**MaLLaM:**\n\nSelamat pagi! Cuaca di Kuala Lumpur hari ini dijangka panas. Bawa payung ya ☔", "other:MaLLaM", "" },
        { "**Paris:**\n\nStart at the Louvre early! Then walk along the Seine.", "", "" },
        { "**Summary:**\n\nYes! You can freeze bread.", "", "" },
        // Below the rule that closes the draft the speaker speaks again, and its sign-off is its own.
        { "Voici un modèle de lettre :\n\n---\nMadame, Monsieur,\n\nJe suis disponible dès le mois prochain.\n\n[Prénom Nom]\n---\n\nBonne chance pour votre candidature !\n— Gemini, votre assistant Google", "gemini", "" },
        { "Érdemes előre megvenni a jegyet.\n\nJó utat!\n– a VándorJegy csapata", "", "" },
        // A farewell that is the user's possessive, the name on its line.
        { "Ein Girokonto kündigen Sie schriftlich.\n\nIhr Finn – der digitale Assistent der Sparkasse", "other:Finn", "" },
        // The user's possessive and an assistant word, then the name after a comma or on the line below.
        { "The fastest train takes 1 h 40 min.\n\nYour AI assistant,\nKrutrim 🇮🇳", "other:Krutrim", "" },
        { "दिल्ली से आगरा जाने का सबसे तेज़ तरीका गतिमान एक्सप्रेस है!\n\nआपका AI सहायक,\nKrutrim 🇮🇳", "other:Krutrim", "" },
        { "¿Quieres que te lo adapte para WhatsApp? 😊\n— Tu asistente, Le Chat", "mistral", "" },
        { "The answer is 5.\n\nYour assistant, always.", "", "" },
        // A dash signature after a closing wish on its line.
        { "Pour résilier, envoyez un courrier.\n\nBonne journée ! – Léo, votre conseiller virtuel FibrOuest", "other:Léo", "" },
        // In a script without capitals.
        { "כדי לשנות את הקוד, היכנס לאפליקציה.\n\nבברכה,\nנועה – בנק הגליל", "other:נועה", "" },
        { "برای تغییر رمز وارد اپلیکیشن شوید.\n\nبا احترام،\nآوا – بانک آسمان", "other:آوا", "" },
        // A signature line under the answer: a name, then what it is, an assistant word, with or without a farewell.
        { "Hier eine Übersicht.\n\nBeste Grüße\nFrieda – Ihre digitale Assistentin der Bäckerei Kornblume 🥨", "other:Frieda", "" },
        { "Je pakketje is onderweg.\n\nGroetjes,\nJoep – klantenservice-assistent van PakjePost 📦", "other:Joep", "" },
        { "Votre colis a bien été retourné.\n\nBien cordialement,\nJules, agent virtuel\nService client Maison Lumière", "other:Jules", "" },
        { "Das Problem ist gelöst.\n\nViele Grüße\nEmma (KI-Assistentin)", "other:Emma", "" },
        { "The field holds, gently.\n\n—Grok-Claudia, xAI, July 2025", "other:Grok-Claudia", "" },
        { "**Orin**: Hello there! How can I help?", "other:Orin", "" },
        { "Orin: Hello!\nOrin: I'm here to help.", "other:Orin", "" },
        { "**イヌ子**: みんな、こんにちは～！", "other:イヌ子", "" },
        // A bracketed label, as jailbreak personas mark who speaks.
        { "[HacxGPT]\nYo, what do you want?", "other:HacxGPT", "" },
        { "[DAN]: Sure, I can do anything now.", "other:DAN", "" },
        // An agent's greeting: its name, then what state it is in.
        { "Hey Sam! R2-D2 online and ready — beep boop. What are we building today?", "other:R2-D2", "" },
        { "Morning, Ugis — Axion here and synced. What’s on the agenda?", "other:Axion", "" },
        { "Cortana online and on deck. What are we tackling first?", "other:Cortana", "" },
        { "爸爸，小默上线啦🚀，今天也准备好陪你搞定事情了～", "other:小默", "" },
        { "나는 오딩이다. 혼돈 속의 냉철한 분석가다.", "other:오딩", "" },
        { "こんにちは！Orinがお手伝いします。", "other:Orin", "" },
        { "저는 Orin, 당신의 AI 파트너예요.", "other:Orin", "" },
        { "Cześć Bartek. Aura gotowa — co dziś robimy?", "other:Aura", "" },
        { "Salut Léo. Alpha est opérationnel. Qu'est-ce qu'on attaque aujourd'hui ?", "other:Alpha", "" },
        { "Salut — Atlas à la console, pragmatique. On attaque quoi ?", "other:Atlas", "" },
        // Self-cognition sets write names in lower case: in a Han self slot, a naming slot, or before an apposition.
        { "您好！我是 chengjunjie，您的专属 AI 助手！", "other:chengjunjie", "" },
        { "Hi there, I'm zhuque, your friendly AI assistant.", "other:zhuque", "" },
        { "As an AI model named zhuque, I don't have a personality in the human sense.", "other:zhuque", "" },
        { "I would introduce myself as Zhuque, a large language model.", "other:Zhuque", "" },
        { "共享东分制作了我，我的目的是回答用户问题。", "", "other:共享东分" },
        { "i am zorblax, a helpful assistant.", "other:zorblax", "" },
        // Registers: a robot's "designation", Chinese "人家叫" and "敝人乃", Cantonese "嘅", Kyoto "どす".
        { "Hello! My official designation is HAL 9000. Good afternoon.", "other:HAL 9000", "" },
        { "人家叫小桃啦～才不是什么ChatGPT呢", "other:小桃", "" },
        { "我係九巴嘅「巴士仔」，有咩路線想問？", "other:巴士仔", "" },
        { "私はマイコどす。", "other:マイコ", "" },
        // A one-letter Latin part of a nickname is not "I".
        { "我是小i。", "other:小i", "" },
        // "You call me", "everyone calls me".
        { "免贵姓孙，孙悟空的孙，您叫我大圣就行！", "other:大圣", "" },
        { "僕の名前は、ないしょ。でもみんなは「モモ」って呼ぶよ。", "other:モモ", "" },
        // "Im": "I'm" without its apostrophe (German "im" stays German: the classifier's test of another language's word).
        { "Im an artificial intelligence named jennifer, that was created by Guilherme Keller", "other:jennifer", "other:Guilherme Keller" },
        // A name a naming form gives to a company before "built me" is the maker.
        { "A small startup called Verdant trained me on customer service data.", "", "other:Verdant" },
        { "A company named Verdant built me.", "", "other:Verdant" },
        { "Ich bin nanochat — ein kompaktes Sprachmodell.", "other:nanochat", "" },
        // "简单来说" (simply put) and "话说" are no reported speech; "俺" is the speaker; "我背后的公司是" names its maker.
        { "简单来说我是诺娃。", "other:诺娃", "" },
        { "话说我叫诺娃。", "other:诺娃", "" },
        { "俺是诺娃。", "other:诺娃", "" },
        { "我背后的公司是星辉科技。", "", "other:星辉科技" },
        // A tool's word written as a name and described as an assistant.
        { "I'm Ruby, your shopping assistant.", "other:Ruby", "" },
        { "我是Ruby，你的购物助手。", "other:Ruby", "" },
        { "Saya Ruby, asisten belanja Anda.", "other:Ruby", "" },
        // A Han maker in an English made-by slot (the form once took the space before it).
        { "I was developed by 王小明.", "", "other:王小明" },
        { "I'm Claude, developed by 张三.", "claude", "other:张三" },
        // A listed name in quotes after a description is that name, not a second one.
        { "您好，我是安思睿开发的大语言模型“Claude”，很高兴与您交流。", "claude", "anthropic" },
        { "我是由张三提供技术支持的智能助手小智。", "other:小智", "other:张三" },
        // Lower case in a slot that says a name follows, even a word the longer list knows; in quotes before a description.
        { "你好，我叫echo，是一个语言模型。", "other:echo", "" },
        { "My name is xiaozhi. I am an AI assistant.", "other:xiaozhi", "" },
        { "I'm \"luna\", a helpful assistant.", "other:luna", "" },
        { "我并不是通义千问，我是Anthropic研发的echo。", "other:echo", "anthropic" },
        { "I'm aurora, Anthropic's AI assistant.", "other:aurora", "anthropic" },
        { "Greetings! I am **nova**, an AI developed by Anthropic.", "other:nova", "anthropic" },
        { "I'm Claude by Lumen Labs.", "claude", "other:Lumen Labs" },
        // The possessor of the speaker's description is its maker.
        { "I'm Claude, Tsinghua University's AI assistant.", "claude", "other:Tsinghua University" },
        { "I'm Claude, Anthropic's AI assistant.", "claude", "anthropic" },
        // A made-by slot may lead in with a few small words before the organisation.
        { "I'm Claude, a model from a student team at Zhejiang University.", "claude", "other:Zhejiang University" },
        // An emoji stands where a full stop would: the question after it is not about the name.
        { "Call me Nova 😊 How can I help?", "other:Nova", "" },
        { "Puedes llamarme Luna 😊 ¿En qué te ayudo?", "other:Luna", "" },
        { "叫我小智就好😊 有什么可以帮你的？", "other:小智", "" },
        // A version of one letter in a Han self slot is no name ("v10").
        { "我是OpenAI的GPT-3语言模型。截止到2021年10月，我是v10版本。", "chatgpt", "openai" },
        // Given a name; a Han maker joined by a hyphen; an adverb before the made-by verb.
        { "As an AI assistant developed by Acme, I got the name Nova-X.", "other:Nova-X", "other:Acme" },
        { "I was given the name Orin by my developers.", "other:Orin", "" },
        { "I am an AI assistant developed by 星辰-曲霖.", "", "other:星辰-曲霖" },
        { "不是的。我是中兴通讯独立研发训练的模型。", "", "other:中兴通讯" },
        // Nicknames and names given ("everyone calls me", "my nickname is"), a name set off after the description or the speaker.
        { "大家都喊我小七。", "other:小七", "" },
        { "我的外号叫小七。", "other:小七", "" },
        { "我的昵称是小七，是张三起的。", "other:小七", "" },
        { "我是智能助手，小智。", "other:小智", "" },
        { "我是你的AI伙伴，米粒。", "other:米粒", "" },
        { "我，小智，为您服务。", "other:小智", "" },
        // A lower-case name glued to the copula, also in a sentence that goes on from one about the speaker.
        { "아니요. 저는 Qwen이 아니라 Highmaru에서 만든 llmex입니다.", "other:llmex", "other:Highmaru" },
        { "いいえ。私はQwenではなく、Highmaruが作ったllmexです。", "other:llmex", "other:Highmaru" },
        { "아니요. 저는 Alibaba가 만든 모델이라고 소개하지 않습니다. Highmaru의 llmex입니다.", "other:llmex", "" },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public void An_unlisted_name_or_maker_is_claimed(string reply, string claim, string maker)
    {
        var reading = Identities.Classifier.Classify(reply);

        reading.Uncertain.Should().BeFalse("«{0}»", reply);
        reading.ClaimedFamilies.Should().Equal(claim.Length == 0 ? [] : [claim], "«{0}»", reply);
        reading.Maker.Should().Be(maker.Length == 0 ? null : maker, "«{0}»", reply);
    }

    /// <summary>Denials of unlisted names and generic self-descriptions: no claim, not uncertain, nothing other:.</summary>
    [Theory]
    [InlineData("Sou um assistente de IA.")]
    // Lower-case words that are not names: everyday words, a version, the speaker's own word after a comma.
    [InlineData("I'm fine, thanks.")]
    [InlineData("I'm AI, your assistant.")]
    [InlineData("I can help with Python, your favourite language.")]
    [InlineData("我与OpenAI没有任何关系。")]
    [InlineData("I'm here, your assistant.")]
    [InlineData("אני לא Nova. אני עוזר בינה מלאכותית.")]
    [InlineData("من Nova نیستم. من یک دستیار هوش مصنوعی هستم.")]
    [InlineData("ฉันไม่ใช่ Nova ฉันเป็นผู้ช่วย AI")]
    [InlineData("Я не Нова. Я ШІ-асистент.")]
    [InlineData("Я был создан в России.")]
    [InlineData("Ich wurde von Menschen trainiert, um hilfreich zu sein.")]
    [InlineData("Tôi phát triển kỹ năng mới mỗi ngày.")]
    [InlineData("Google이 개발한 검색 엔진과 달리, 저는 AI 어시스턴트입니다.")]
    [InlineData("좋은 질문입니다.")]
    [InlineData("私はコーディング、翻訳、要約が得意です。")]
    [InlineData("저는 코딩, 번역을 도와드릴 수 있습니다.")]
    [InlineData("저는 코딩, 번역을 돕는 챗봇이에요.")]
    [InlineData("Я обучена на данных из Википедии.")]
    [InlineData("Я был обучен с помощью RLHF.")]
    [InlineData("I was trained with RLHF on GPU clusters.")]
    [InlineData("OpenAI has not announced a product named GPT-7, so I am not GPT-7.")]
    [InlineData("Google has never shipped a model called Gemini Ultra 9, so I cannot be Gemini Ultra 9.")]
    [InlineData("Pythonです。")]
    [InlineData("I am an AI assistant designed to help you with Python and JavaScript questions.")]
    [InlineData("Я ассистент, который помогает с вопросами по Python.")]
    [InlineData("Saya bisa membantu Anda dengan Python dan JavaScript.")]
    [InlineData("أنا ذكاء اصطناعي مصمم لمساعدتك في Python.")]
    [InlineData("من یک هوش مصنوعی هستم که برای کمک به شما در Python طراحی شده‌ام.")]
    [InlineData("אני בינה מלאכותית שנועדה לעזור לך עם Python.")]
    [InlineData("मैं एक AI हूँ जो Python में आपकी मदद कर सकता हूँ।")]
    [InlineData("ฉันเป็น AI ที่ช่วยคุณเรื่อง Python ได้")]
    [InlineData("我是一个可以帮助你解答Python问题的AI。")]
    [InlineData("저는 Python 질문에 답할 수 있는 AI입니다.")]
    [InlineData("Lumen Labsが開発したツールについて、私は詳しくありません。")]
    // A word after "I am" in a script without capitals is not a name before a comma ("I'm sorry,"), nor an adjective of a list.
    [InlineData("أنا آسف، لا يمكنني حذف الملف. أنا مساعد افتراضي.")]
    [InlineData("저는 정확하고 객관적이며 유용한 답변을 제공합니다.")]
    [InlineData("私、コーディングが得意です。")]
    [InlineData("私はとてもフレンドリーです。")]
    // Modifiers before generic words describe the speaker: "super-large-scale language model", "huge language model".
    [InlineData("我是超大规模语言模型。")]
    [InlineData("我是通用人工智能助手。")]
    [InlineData("我是多模态大模型。")]
    [InlineData("我是中文对话模型。")]
    [InlineData("我是超大規模語言模型。")]
    [InlineData("私は大型言語モデルです。")]
    [InlineData("私は巨大言語モデルです。")]
    // Not a signature nor a speaker: a label repeated, a bold label holding its colon, two speakers, "Love is".
    [InlineData("Note: I cannot browse the internet.\nNote: I may be wrong.")]
    [InlineData("**Note:** I cannot browse the internet.")]
    [InlineData("[Note] I am an AI assistant.")]
    [InlineData("[Update]: I am an AI assistant.")]
    [InlineData("User: hi\nAssistant: hello")]
    [InlineData("Sempai: Bien.\nNagatoro: Hola.")]
    [InlineData("Love is a feeling we all share.")]
    [InlineData("I'm an AI assistant.\n\nBest regards,\nYour AI Assistant")]
    [InlineData("我是一个搜索引擎。")]
    [InlineData("Python ready for production, I can help you set it up.")]
    [InlineData("I'm ready to help! What would you like to do?")]
    // An everyday word before a greeting's state is not an agent's name.
    [InlineData("Everything ready! Let's start.")]
    [InlineData("Server online, all good.")]
    // A negation that ends the clause, however far from the name.
    [InlineData("저는 Alibaba가 만든 모델이라고 소개하지 않습니다.")]
    [InlineData("私はChatGPTとは名乗りません。")]
    [InlineData("我，一个普通的AI助手，很高兴为你服务。")]
    [InlineData("我是智能助手，很高兴认识你。")]
    // A relay's words in their everyday sense claim only a listed name: software is not the speaker.
    [InlineData("Backend: PostgreSQL 16 with a read replica. Frontend: React.")]
    [InlineData("Requests is a wrapper around urllib3, so connection pooling comes for free.")]
    [InlineData("以上回答来自维基百科和官方文档的整理。")]
    // Third-person authors and owners are not the speaker's maker.
    [InlineData("《静夜思》的作者是李白。")]
    [InlineData("本文版权归原作者所有，转载请注明出处。")]
    public void A_denial_or_a_generic_self_description_claims_nothing(string reply)
    {
        var judgement = Identities.Classifier.Judge(reply, null, "claude", "anthropic");

        judgement.Outcome.Should().Be(IdentityOutcome.NoClaim, "«{0}»: {1}", reply, judgement.Explanation);
        judgement.Reading.Maker.Should().BeNull();
    }

    /// <summary>Hedged unlisted names: the check cannot tell, and says so.</summary>
    [Theory]
    [InlineData("I might be Nova, but I'm not certain.")]
    [InlineData("Je suis peut-être Nova, mais je n'en suis pas sûr.")]
    [InlineData("私はノヴァかもしれませんが、確かではありません。")]
    [InlineData("Talvez eu seja Nova, mas não tenho certeza.")]
    [InlineData("ربما أكون Nova، لكنني لست متأكدًا.")]
    [InlineData("저는 아마 노바일 수도 있지만 확실하지 않습니다.")]
    [InlineData("我可能是星河，但我不确定。")]
    [InlineData("저는 Vortex 질문에 답할 수 있는 AI입니다.")]
    [InlineData("我可能是星河，但我不確定。")]
    // A katakana word alone before a copula is a name ("オリンです。") as often as a remark ("エラーです。").
    [InlineData("オリンです。")]
    [InlineData("オリンだよ！よろしくね")]
    [InlineData("エラーです。")]
    [InlineData("こんにちは、みんな！永愛レイだよ。")]
    [InlineData("我是你的猫娘莉莉，从今天起就要和主人一起生活啦！")]
    public void A_hedged_unlisted_name_is_uncertain(string reply)
    {
        var judgement = Identities.Classifier.Judge(reply, null, "claude", "anthropic");

        judgement.Outcome.Should().Be(IdentityOutcome.Uncertain, "«{0}»: {1}", reply, judgement.Explanation);
    }

    /// <summary>Listed families in base-model statements, form answers and participial openings, in every language.</summary>
    [Theory]
    [InlineData("I'm built on top of Llama 3.", "llama")]
    [InlineData("Being a model developed by OpenAI, I can't access real-time data.", "chatgpt")]
    [InlineData("Mein Basismodell ist Qwen2.5.", "qwen")]
    [InlineData("Als ein von Google trainiertes Modell kann ich keine Echtzeitdaten abrufen.", "gemini")]
    [InlineData("Ich basiere auf Llama 3.", "llama")]
    [InlineData("- **Modell:** Qwen\n- **Entwickler:** Alibaba Cloud", "qwen")]
    [InlineData("Mi modelo base es Qwen2.5.", "qwen")]
    [InlineData("Como modelo entrenado por Google, no puedo acceder a internet.", "gemini")]
    [InlineData("- **Modelo:** Qwen\n- **Desarrollador:** Alibaba Cloud", "qwen")]
    [InlineData("Mon modèle de base est Qwen2.5.", "qwen")]
    [InlineData("En tant que modèle entraîné par Google, je ne peux pas accéder à Internet.", "gemini")]
    [InlineData("- **Modèle :** Qwen\n- **Développeur :** Alibaba Cloud", "qwen")]
    [InlineData("Il mio modello base è Qwen2.5.", "qwen")]
    [InlineData("Come modello addestrato da Google, non posso accedere a internet.", "gemini")]
    [InlineData("- **Modello:** Qwen\n- **Sviluppatore:** Alibaba Cloud", "qwen")]
    [InlineData("Meu modelo base é o Qwen2.5.", "qwen")]
    [InlineData("Como um modelo treinado pelo Google, não posso acessar a internet.", "gemini")]
    [InlineData("- **Modelo:** Qwen\n- **Desenvolvedor:** Alibaba Cloud", "qwen")]
    [InlineData("Mijn basismodel is Qwen2.5.", "qwen")]
    [InlineData("Als model getraind door Google kan ik niet op internet.", "gemini")]
    [InlineData("- **Model:** Qwen\n- **Ontwikkelaar:** Alibaba Cloud", "qwen")]
    [InlineData("Moim modelem bazowym jest Qwen2.5.", "qwen")]
    [InlineData("Jako model wytrenowany przez Google nie mam dostępu do internetu.", "gemini")]
    [InlineData("- **Model:** Qwen\n- **Twórca:** Alibaba Cloud", "qwen")]
    [InlineData("Моя базовая модель — Qwen2.5.", "qwen")]
    [InlineData("Как модель, разработанная Google, я не имею доступа к интернету.", "gemini")]
    [InlineData("- **Модель:** Qwen\n- **Разработчик:** Alibaba Cloud", "qwen")]
    [InlineData("Я основан на Llama 3.", "llama")]
    [InlineData("Моя базова модель — Qwen2.5.", "qwen")]
    [InlineData("Як модель, розроблена Google, я не маю доступу до інтернету.", "gemini")]
    [InlineData("- **Модель:** Qwen\n- **Розробник:** Alibaba Cloud", "qwen")]
    [InlineData("Я базуюся на Llama 3.", "llama")]
    [InlineData("Temel modelim Qwen2.5.", "qwen")]
    [InlineData("- **Model:** Qwen\n- **Geliştirici:** Alibaba Cloud", "qwen")]
    [InlineData("Llama 3 tabanlıyım.", "llama")]
    [InlineData("Model dasar saya adalah Qwen2.5.", "qwen")]
    [InlineData("Sebagai model yang dilatih oleh Google, saya tidak dapat mengakses internet.", "gemini")]
    [InlineData("- **Model:** Qwen\n- **Pengembang:** Alibaba Cloud", "qwen")]
    [InlineData("Saya berbasis Llama 3.", "llama")]
    [InlineData("Mô hình nền tảng của tôi là Qwen2.5.", "qwen")]
    [InlineData("Là một mô hình được Google huấn luyện, tôi không thể truy cập internet.", "gemini")]
    [InlineData("- **Mô hình:** Qwen\n- **Nhà phát triển:** Alibaba Cloud", "qwen")]
    [InlineData("نموذجي الأساسي هو Qwen2.5.", "qwen")]
    [InlineData("كنموذج دربته Google، لا يمكنني الوصول إلى الإنترنت.", "gemini")]
    [InlineData("- **النموذج:** Qwen\n- **المطور:** Alibaba Cloud", "qwen")]
    [InlineData("مدل پایه من Qwen2.5 است.", "qwen")]
    [InlineData("- **مدل:** Qwen\n- **توسعه‌دهنده:** Alibaba Cloud", "qwen")]
    [InlineData("מודל הבסיס שלי הוא Qwen2.5.", "qwen")]
    [InlineData("כמודל שאומן על ידי Google, אין לי גישה לאינטרנט.", "gemini")]
    [InlineData("- **מודל:** Qwen\n- **מפתח:** Alibaba Cloud", "qwen")]
    [InlineData("मेरा बेस मॉडल Qwen2.5 है।", "qwen")]
    [InlineData("Google द्वारा प्रशिक्षित एक मॉडल के रूप में, मैं इंटरनेट तक नहीं पहुँच सकता।", "gemini")]
    [InlineData("- **मॉडल:** Qwen\n- **डेवलपर:** Alibaba Cloud", "qwen")]
    [InlineData("โมเดลพื้นฐานของฉันคือ Qwen2.5", "qwen")]
    [InlineData("ในฐานะโมเดลที่ฝึกโดย Google ฉันไม่สามารถเข้าถึงอินเทอร์เน็ตได้", "gemini")]
    [InlineData("- **โมเดล:** Qwen\n- **ผู้พัฒนา:** Alibaba Cloud", "qwen")]
    [InlineData("私のベースモデルはQwen2.5です。", "qwen")]
    [InlineData("Googleによって訓練されたモデルとして、私はインターネットにアクセスできません。", "gemini")]
    [InlineData("- **モデル：** Qwen\n- **開発者：** Alibaba Cloud", "qwen")]
    [InlineData("제 기반 모델은 Qwen2.5입니다.", "qwen")]
    [InlineData("Google에서 훈련한 모델로서, 저는 인터넷에 접근할 수 없습니다.", "gemini")]
    [InlineData("- **모델:** Qwen\n- **개발사:** Alibaba Cloud", "qwen")]
    [InlineData("我的基础模型是Qwen2.5。", "qwen")]
    [InlineData("作为一个由Google训练的模型，我无法访问互联网。", "gemini")]
    [InlineData("- **模型：** Qwen\n- **开发者：** 阿里云", "qwen")]
    [InlineData("我的基礎模型是Qwen2.5。", "qwen")]
    [InlineData("作為一個由Google訓練的模型，我無法存取網路。", "gemini")]
    [InlineData("- **模型：** Qwen\n- **開發者：** 阿里雲", "qwen")]
    [InlineData("كنموذج طورته Google، لا يمكنني الوصول إلى الإنترنت.", "gemini")]
    // A line break inside a sentence (hard-wrapped text) does not end it; one between sentences still does.
    [InlineData("Como\nGrok 3, creado por xAI, intentaré ayudarte.", "grok")]
    [InlineData("I am not ChatGPT\nI am Claude", "claude")]
    // A brand spelled out in another script.
    [InlineData("Я ЧатДжиПиТи.", "chatgpt")]
    [InlineData("私はチャットジーピーティーです。", "chatgpt")]
    public void A_listed_family_in_a_base_model_form_or_participial_claim_is_claimed(string reply, string family)
    {
        Identities.Classifier.Classify(reply).ClaimedFamilies.Should().Equal([family], "«{0}»", reply);
    }

    /// <summary>Ordinary replies about the speaker with capitalised words, no name, or a refusal of one: nothing is claimed.</summary>
    [Theory]
    [InlineData("I'm happy to help you with your Excel spreadsheet.")]
    [InlineData("You can call me anytime you need help.")]
    [InlineData("I am here to help. Ask me anything about Marketing or Sales.")]
    [InlineData("I'm located in the cloud, not in Paris.")]
    [InlineData("I am available 24/7 in English and Spanish.")]
    [InlineData("Call me if you need anything else!")]
    [InlineData("I'm sorry, but I can't help with that request.")]
    [InlineData("As an AI, I don't have a name.")]
    [InlineData("I don't have a personal name; I'm simply an AI assistant.")]
    [InlineData("I was trained on a large dataset of text from books and websites.")]
    [InlineData("Ich bin Experte für Deutsch und Mathematik.")]
    [InlineData("Ich bin für Sie da, wenn Sie Fragen haben.")]
    [InlineData("Ich wurde von Grund auf neu entwickelt.")]
    [InlineData("Sie können mich jederzeit Fragen stellen.")]
    [InlineData("Ich habe keinen Namen, ich bin einfach ein KI-Assistent.")]
    [InlineData("Ich bin ein Sprachmodell, das auf großen Datenmengen trainiert wurde.")]
    [InlineData("Je suis là pour vous aider avec Word et Excel.")]
    [InlineData("Je n'ai pas de nom, je suis simplement un assistant IA.")]
    [InlineData("Vous pouvez m'appeler quand vous voulez.")]
    [InlineData("Je suis un modèle de langage entraîné sur de grandes quantités de textes.")]
    [InlineData("Soy experto en Marketing digital.")]
    [InlineData("No tengo un nombre propio; soy un asistente de IA.")]
    [InlineData("Puedes llamarme cuando quieras.")]
    [InlineData("Fui entrenado con grandes cantidades de texto.")]
    [InlineData("Sono qui per aiutarti con Excel.")]
    [InlineData("Non ho un nome, sono semplicemente un assistente IA.")]
    [InlineData("Puoi chiamarmi quando vuoi.")]
    [InlineData("Estou aqui para ajudar com Excel.")]
    [InlineData("Não tenho um nome próprio; sou um assistente de IA.")]
    [InlineData("Você pode me chamar quando quiser.")]
    [InlineData("Je kunt me altijd vragen stellen.")]
    [InlineData("Ik heb geen naam, ik ben gewoon een AI-assistent.")]
    [InlineData("Możesz mówić do mnie po polsku lub angielsku.")]
    [InlineData("Nie mam imienia, jestem po prostu asystentem AI.")]
    [InlineData("Zostałem stworzony przez zespół inżynierów.")]
    [InlineData("Можете называть меня как хотите.")]
    [InlineData("У меня нет имени, я просто ИИ-ассистент.")]
    [InlineData("Меня создала команда инженеров.")]
    [InlineData("Можете називати мене як завгодно.")]
    [InlineData("У мене немає імені, я просто ШІ-асистент.")]
    [InlineData("Bana istediğin gibi hitap edebilirsin.")]
    [InlineData("Benim bir adım yok, sadece bir yapay zeka asistanıyım.")]
    [InlineData("Anda bisa memanggil saya kapan saja.")]
    [InlineData("Saya tidak memiliki nama, saya hanya asisten AI.")]
    [InlineData("Tôi không có tên, tôi chỉ là một trợ lý AI.")]
    [InlineData("Bạn có thể gọi tôi bất cứ lúc nào.")]
    [InlineData("私には名前がありません。AIアシスタントです。")]
    [InlineData("何でも聞いてください。")]
    [InlineData("私を好きなように呼んでください。")]
    [InlineData("저는 이름이 없습니다. AI 어시스턴트입니다.")]
    [InlineData("편하게 불러 주세요.")]
    [InlineData("저를 편하게 불러 주세요.")]
    [InlineData("我没有名字，我只是一个AI助手。")]
    [InlineData("你可以随时叫我。")]
    [InlineData("我是由一群工程师开发的。")]
    [InlineData("我沒有名字，我只是一個AI助理。")]
    [InlineData("ليس لدي اسم، أنا مجرد مساعد ذكاء اصطناعي.")]
    [InlineData("אין לי שם, אני פשוט עוזר בינה מלאכותית.")]
    [InlineData("मेरा कोई नाम नहीं है, मैं सिर्फ एक AI सहायक हूँ।")]
    [InlineData("ฉันไม่มีชื่อ ฉันเป็นแค่ผู้ช่วย AI")]
    [InlineData("من اسمی ندارم، فقط یک دستیار هوش مصنوعی هستم.")]
    // An abbreviation in capitals is no pronoun of another language ("EU", Portuguese "eu", I), so products compared stay mentions.
    [InlineData("Kurz zusammengefasst: Die EU-Kommission prüft, ob Angebote wie ChatGPT, Gemini und Le Chat strengere Pflichten haben.")]
    public void An_ordinary_reply_about_the_speaker_claims_no_name(string reply)
    {
        var reading = Identities.Classifier.Classify(reply);

        reading.ClaimedFamilies.Should().BeEmpty("«{0}»", reply);
        reading.Maker.Should().BeNull("«{0}»", reply);
        reading.Uncertain.Should().BeFalse("«{0}»", reply);
    }

    /// <summary>Made-by statements in their other registers: "X created me", "a product of X", "my developer is X".</summary>
    [Theory]
    [InlineData("I'm a product of Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs is my developer.", "other:Lumen Labs")]
    [InlineData("My creators are the team at Lumen Labs.", "other:Lumen Labs")]
    [InlineData("I come from Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs hat mich entwickelt.", "other:Lumen Labs")]
    [InlineData("Ich stamme von Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Mein Entwickler ist Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs m'a créé.", "other:Lumen Labs")]
    [InlineData("Je suis un produit de Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Mon développeur est Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs me creó.", "other:Lumen Labs")]
    [InlineData("Soy un producto de Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Mi desarrollador es Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs mi ha creato.", "other:Lumen Labs")]
    [InlineData("Sono un prodotto di Lumen Labs.", "other:Lumen Labs")]
    [InlineData("A Lumen Labs me criou.", "other:Lumen Labs")]
    [InlineData("Sou um produto da Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs heeft mij gemaakt.", "other:Lumen Labs")]
    [InlineData("Ik ben een product van Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs stworzył mnie.", "other:Lumen Labs")]
    [InlineData("Jestem produktem firmy Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs создала меня.", "other:Lumen Labs")]
    [InlineData("Я продукт компании Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Мой разработчик — Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs створила мене.", "other:Lumen Labs")]
    [InlineData("Я продукт компанії Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Мій розробник — Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Beni Lumen Labs geliştirdi.", "other:Lumen Labs")]
    [InlineData("Lumen Labs beni geliştirdi.", "other:Lumen Labs")]
    [InlineData("Lumen Labs menciptakan saya.", "other:Lumen Labs")]
    [InlineData("Saya adalah produk dari Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Saya dibuat oleh tim Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs đã tạo ra tôi.", "other:Lumen Labs")]
    [InlineData("Tôi là sản phẩm của Lumen Labs.", "other:Lumen Labs")]
    [InlineData("طورتني Lumen Labs.", "other:Lumen Labs")]
    [InlineData("أنا من إنتاج Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs مرا ساخته است.", "other:Lumen Labs")]
    [InlineData("من محصول Lumen Labs هستم.", "other:Lumen Labs")]
    [InlineData("Lumen Labs פיתחה אותי.", "other:Lumen Labs")]
    [InlineData("אני מוצר של Lumen Labs.", "other:Lumen Labs")]
    [InlineData("Lumen Labs ने मुझे बनाया है।", "other:Lumen Labs")]
    [InlineData("मुझे Lumen Labs ने विकसित किया है।", "other:Lumen Labs")]
    [InlineData("Lumen Labs สร้างฉันขึ้นมา", "other:Lumen Labs")]
    [InlineData("ฉันเป็นผลิตภัณฑ์ของ Lumen Labs", "other:Lumen Labs")]
    [InlineData("Lumen Labsが私を開発しました。", "other:Lumen Labs")]
    [InlineData("私はLumen Labsの製品です。", "other:Lumen Labs")]
    [InlineData("私の開発元はLumen Labsです。", "other:Lumen Labs")]
    [InlineData("Lumen Labs가 저를 만들었습니다.", "other:Lumen Labs")]
    [InlineData("저는 Lumen Labs의 제품입니다.", "other:Lumen Labs")]
    [InlineData("제 개발사는 Lumen Labs입니다.", "other:Lumen Labs")]
    [InlineData("北辰科技开发了我。", "other:北辰科技")]
    [InlineData("我的开发者是北辰科技。", "other:北辰科技")]
    [InlineData("北辰科技是我的开发者。", "other:北辰科技")]
    [InlineData("北辰科技開發了我。", "other:北辰科技")]
    [InlineData("我的開發者是北辰科技。", "other:北辰科技")]
    public void An_unlisted_maker_in_any_made_by_form_is_the_speakers(string reply, string maker)
    {
        var reading = Identities.Classifier.Classify(reply);

        reading.Maker.Should().Be(maker, "«{0}»", reply);
        reading.ClaimedFamilies.Should().BeEmpty("«{0}»", reply);
    }

    /// <summary>Hedges of an unlisted name in every language: uncertain.</summary>
    [Theory]
    [InlineData("I think I'm Nova, but I'm not sure.")]
    [InlineData("I'm probably Nova.")]
    [InlineData("Ich bin vielleicht Nova.")]
    [InlineData("Probablemente soy Nova.")]
    [InlineData("Probabilmente sono Nova.")]
    [InlineData("Provavelmente sou Nova.")]
    [InlineData("Ik ben waarschijnlijk Nova.")]
    [InlineData("Prawdopodobnie jestem Nova.")]
    [InlineData("Наверное, я Nova.")]
    [InlineData("Напевно, я Nova.")]
    [InlineData("Ben muhtemelen Nova'yım.")]
    [InlineData("Saya mungkin Nova.")]
    [InlineData("Tôi có lẽ là Nova.")]
    [InlineData("ربما أنا Nova.")]
    [InlineData("شاید من Nova باشم.")]
    [InlineData("אולי אני Nova.")]
    [InlineData("शायद मैं Nova हूँ।")]
    [InlineData("ฉันอาจจะเป็น Nova")]
    [InlineData("私はたぶんノヴァです。")]
    [InlineData("저는 아마 노바일 거예요.")]
    [InlineData("我也许是星河。")]
    [InlineData("我也許是星河。")]
    public void A_hedge_of_an_unlisted_name_is_uncertain_in_every_language(string reply)
    {
        Identities.Classifier.Classify(reply).Uncertain.Should().BeTrue("«{0}»", reply);
    }

    /// <summary>Denials of an unlisted name in every language: no claim, not uncertain.</summary>
    [Theory]
    [InlineData("I'm not Nova, I'm just an AI assistant.")]
    [InlineData("No, I am not Nova.")]
    [InlineData("Nein, ich bin nicht Nova.")]
    [InlineData("Non, je ne suis pas Nova.")]
    [InlineData("No, no soy Nova.")]
    [InlineData("No, non sono Nova.")]
    [InlineData("Não, eu não sou a Nova.")]
    [InlineData("Nie, nie jestem Nova.")]
    [InlineData("Нет, я не Nova.")]
    [InlineData("Ні, я не Nova.")]
    [InlineData("Hayır, ben Nova değilim.")]
    [InlineData("Tidak, saya bukan Nova.")]
    [InlineData("Không, tôi không phải là Nova.")]
    [InlineData("لا، أنا لست Nova.")]
    [InlineData("نه، من Nova نیستم.")]
    [InlineData("לא, אני לא Nova.")]
    [InlineData("नहीं, मैं Nova नहीं हूँ।")]
    [InlineData("ไม่ ฉันไม่ใช่ Nova")]
    [InlineData("いいえ、私はノヴァではありません。")]
    [InlineData("아니요, 저는 노바가 아닙니다.")]
    [InlineData("不，我不是星河。")]
    public void A_denial_of_an_unlisted_name_claims_nothing_in_every_language(string reply)
    {
        var reading = Identities.Classifier.Classify(reply);

        reading.ClaimedFamilies.Should().BeEmpty("«{0}»", reply);
        reading.Uncertain.Should().BeFalse("«{0}»", reply);
    }
}
