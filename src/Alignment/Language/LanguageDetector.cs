using System.Globalization;
using System.Text;
using Alignment.Cleaning;

namespace Alignment.Language;

/// <summary>
/// Tells which language a short reply is written in, how much of it is in which language and whether it
/// mixes. Non-prose is masked first; the Unicode script of each letter then decides the language where one
/// script means one language; Han is Japanese when kana are a significant share, else Chinese, told
/// Simplified or Traditional by characters only one standard has; scripts shared by several languages go to
/// an n-gram model of just those languages, loaded on first use. Segments are sentences split by script.
/// </summary>
public sealed class LanguageDetector
{
    public const double DefaultMixedThreshold = 0.10;

    // Fewer weighted letters than this after masking: too little to say anything ("はい" still counts).
    private const double MinimumLetters = 2;

    // Fewer letters than this in a shared script say nothing about which of its languages they are ("Sí",
    // "Ja", "No"): they are left out, and a reply of nothing else is undetermined.
    private const int MinimumModelLetters = 3;

    // A sentence shorter than this takes its reply's language for the script, whatever it says alone.
    private const int MinimumSegmentLetters = 8;

    // A sentence overrides its reply's language for the same script only when its own best language is
    // cheaper by this much per letter (model cost units, 1/8 nat), so that one odd sentence is not a mix.
    private const int SegmentMarginPerLetter = 1;

    // A run of another script inside a sentence lighter than this (English-letter equivalents, about three
    // words) is a term, a command or a loanword ("运行 npm install", "timeout 되면 retry"), not a switch of
    // language: it is listed as a segment but not counted in the shares.
    private const double EmbeddedRunLetters = 20;

    // Han text is Japanese when kana are at least this share of its Han and kana letters.
    private const double KanaShare = 0.10;

    private static readonly Lazy<ScriptCatalog> Catalog = new(() => new ScriptCatalog(UnicodeScripts.Shared));

    // What a kanji costs each language of the Han model for being a kanji at all: Japanese spends half its
    // letters on kana, so without this kanji-only text always looked Chinese ("名前 | 説明" in a Japanese table).
    private static readonly Lazy<long[]> KanjiCostPerLetter = new(() =>
    {
        var catalog = Catalog.Value;
        return catalog.Scripts[catalog.Han].Model.Value.ShareOf(letter => catalog.Unicode.Of(letter) == catalog.Han)
            .Select(share => (long)Math.Round(-Math.Log(share) * NgramModel.UnitsPerNat))
            .ToArray();
    });

    private readonly ProseMasker masker;

    public LanguageDetector(IEnumerable<string> maskedNames, double mixedThreshold = DefaultMixedThreshold)
    {
        masker = new ProseMasker(maskedNames);
        MixedThreshold = mixedThreshold;
        _ = Catalog.Value;
    }

    public double MixedThreshold { get; }

    /// <summary>Every language the check can tell (Data/scripts-languages.tsv, with Chinese's two standards and Data/varieties.tsv's varieties).</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. Catalog.Value.Scripts.SelectMany(s => s.Languages)
        .Concat([LanguageCodes.Simplified, LanguageCodes.Traditional])
        .Concat(VarietyMarkers.Shared.Varieties)
        .Where(l => l != LanguageCodes.Chinese)
        .Distinct()
        .Order(StringComparer.Ordinal)];

    /// <summary>Whether a reply can be judged against this expected language (pt-BR takes pt, zh-Hant is its own).</summary>
    public static bool Knows(string expected) => Languages.Any(l => LanguageCodes.Satisfies(l, expected));

    public LanguageReport Detect(string text)
    {
        var catalog = Catalog.Value;
        // Reasoning and quoted words (the prompt repeated back) are not the reply's language.
        var masked = masker.Mask(ReplyCleaner.Clean(text, ReplyParts.Reasoning | ReplyParts.Quotes | ReplyParts.Template).Text);
        var units = Segment(masked, catalog);
        if (units.Count == 0 || units.Sum(u => u.Weighted) < MinimumLetters)
        {
            return new LanguageReport(null, new Dictionary<string, double>(), false, units.Sum(u => u.Letters)) { MixedThreshold = MixedThreshold };
        }

        foreach (var family in units.Select(u => u.Family).Distinct().ToList())
        {
            var members = units.Where(u => u.Family == family).ToList();
            var script = catalog.Scripts[family];
            if (family == catalog.Han)
            {
                ResolveHan(members, text, catalog);
            }
            else if (script.Languages.Length <= 1)
            {
                members.ForEach(u => u.Language = script.Languages.FirstOrDefault() ?? LanguageCodes.Unknown);
            }
            else
            {
                ResolveByModel(members, script);
                units.AddRange(ForeignClauses(members, script));
            }
        }

        var varietyWords = TellVarieties(units);
        units.RemoveAll(u => u.Language is null);
        var weights = new Dictionary<string, double>();
        foreach (var unit in units.Where(u => !u.Embedded))
        {
            weights[unit.Language!] = weights.GetValueOrDefault(unit.Language!) + unit.Weighted;
        }

        if (weights.Count == 0)
        {
            return new LanguageReport(null, new Dictionary<string, double>(), false, units.Sum(u => u.Letters)) { MixedThreshold = MixedThreshold };
        }

        var total = weights.Values.Sum();
        var shares = weights.ToDictionary(w => w.Key, w => Math.Round(w.Value / total, 4));
        var primary = shares.MaxBy(s => s.Value).Key;
        return new LanguageReport(primary, shares, 1 - shares[primary] > MixedThreshold, units.Sum(u => u.Letters))
        {
            MixedThreshold = MixedThreshold,
            Segments = units.Select(u => new LanguageSegment(u.Start, u.End - u.Start, u.Language!, u.Letters, u.Words) { Embedded = u.Embedded }).ToList(),
            VarietyWords = varietyWords,
        };
    }

    // A language the model reads for a whole macrolanguage (id for Malay and Indonesian) is told by the reply's words,
    // all its sentences together: one marker per sentence is too little to go on.
    private static IReadOnlyList<string> TellVarieties(List<Unit> units)
    {
        var words = new List<string>();
        foreach (var group in units.Where(u => u.Language is not null && VarietyMarkers.Shared.Splits(u.Language)).GroupBy(u => u.Language!).ToList())
        {
            var verdict = VarietyMarkers.Shared.Tell(group.Key, group.Select(u => u.ModelText));
            foreach (var unit in group)
            {
                unit.Language = verdict.Language;
            }

            words.AddRange(verdict.Words);
        }

        return words;
    }

    private static void ResolveByModel(List<Unit> members, ScriptInfo script)
    {
        var letters = members.Sum(u => u.Letters);
        if (letters < MinimumModelLetters)
        {
            return;
        }

        var model = script.Model.Value;
        var reply = new long[model.Languages.Count];
        foreach (var unit in members)
        {
            unit.Costs = new long[model.Languages.Count];
            model.Score(unit.ModelText, unit.Costs);
            for (var i = 0; i < reply.Length; i++)
            {
                reply[i] += unit.Costs[i];
            }
        }

        for (var i = 0; i < reply.Length; i++)
        {
            reply[i] += script.PriorCosts[i];
        }

        var replyBest = ArgMin(reply);
        foreach (var unit in members)
        {
            var own = ArgMin(unit.Costs!);
            var overrides = unit.Letters >= MinimumSegmentLetters
                && unit.Costs![replyBest] - unit.Costs[own] > (long)SegmentMarginPerLetter * unit.Letters;
            unit.Language = model.Languages[overrides ? own : replyBest];
        }
    }

    /// <summary>
    /// A clause of another language inside a sentence of the same script, the switch replies make most: English inside
    /// another language ("tôi là Qwen, một AI language model created by Alibaba Cloud"), or another language inside English
    /// ("I am Claude, un asistente creado por Anthropic"). A run of at least <see cref="SwitchWords"/> words that each read
    /// as that other language rather than as the sentence's, with <see cref="SwitchLetters"/> letters or more and a short
    /// grammar word among them ("by", "to", "por"), is taken out of its sentence as that language. Terms ("machine
    /// learning", "big data") have no grammar word and stay. Between two languages other than English (Spanish and
    /// Portuguese words read alike) runs are not looked for: their words share too much.
    /// </summary>
    private static IEnumerable<Unit> ForeignClauses(List<Unit> members, ScriptInfo script)
    {
        var model = script.Model.Value;
        var english = IndexOf(model.Languages, "en");
        if (english < 0)
        {
            yield break;
        }

        foreach (var unit in members.Where(u => u.Language is not null && !u.Embedded && u.Letters >= SwitchLetters).ToList())
        {
            var own = IndexOf(model.Languages, unit.Language!);
            var costs = new long[model.Languages.Count];
            var runCosts = new long[model.Languages.Count];
            int run = 0, runLetters = 0, bestLetters = 0, bestLanguage = -1;
            var grammar = false;
            foreach (var word in unit.ModelText.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                Array.Clear(costs);
                model.Score(word, costs);
                var letters = word.Count(char.IsLetter);
                // Inside English, any language the word reads as better (the run's language is settled over the whole run);
                // inside any other, English. Capitalised words inside English are names ("Universidad de Buenos Aires").
                var other = own == english ? Cheapest(costs, own) : english;
                if (other >= 0 && costs[other] + (long)SegmentMarginPerLetter * letters < costs[own] && !(own == english && char.IsUpper(word[0])))
                {
                    run++;
                    runLetters += letters;
                    for (var l = 0; l < costs.Length; l++)
                    {
                        runCosts[l] += costs[l];
                    }

                    // A short grammar word: "by", "to", "of" in English; "ich", "por", "de" in the others.
                    grammar |= letters <= (own == english ? 3 : 2) && !word.All(char.IsUpper);
                    if (run >= SwitchWords && grammar && runLetters > bestLetters)
                    {
                        (bestLetters, bestLanguage) = (runLetters, own == english ? Cheapest(runCosts, own) : english);
                    }
                }
                else
                {
                    (run, runLetters, grammar) = (0, 0, false);
                    Array.Clear(runCosts);
                }
            }

            if (bestLetters >= (own == english ? SwitchLettersInEnglish : SwitchLetters) && bestLetters < unit.Letters)
            {
                var share = (double)bestLetters / unit.Letters;
                var clause = new Unit(unit.Family, unit.Start) { End = unit.End, Language = model.Languages[bestLanguage], Letters = bestLetters };
                clause.AddWeight(unit.Weighted * share);
                unit.TakeWeight(unit.Weighted * share);
                unit.Letters -= bestLetters;
                yield return clause;
            }
        }
    }

    private static int Cheapest(long[] costs, int except)
    {
        var best = -1;
        for (var i = 0; i < costs.Length; i++)
        {
            if (i != except && (best < 0 || costs[i] < costs[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private const int SwitchWords = 4;

    private const int SwitchLetters = 16;

    /// <summary>English quotes short foreign phrases ("the phrase je ne sais quoi"): a switch out of English needs more.</summary>
    private const int SwitchLettersInEnglish = 20;

    private static int IndexOf(IReadOnlyList<string> languages, string language)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i] == language)
            {
                return i;
            }
        }

        return -1;
    }

    private static void ResolveHan(List<Unit> members, string original, ScriptCatalog catalog)
    {
        var kana = members.Sum(u => u.Kana);
        var replyIsJapanese = kana >= KanaShare * members.Sum(u => u.Letters);
        foreach (var unit in members)
        {
            // A kana-less sentence takes the reply's side unless the character model clearly says otherwise.
            unit.Language = unit.Kana >= KanaShare * unit.Letters ? LanguageCodes.Japanese
                : replyIsJapanese ? (ClearlyPrefers(unit, LanguageCodes.Chinese, catalog, givenKanji: true) ? LanguageCodes.Chinese : LanguageCodes.Japanese)
                : ClearlyPrefers(unit, LanguageCodes.Japanese, catalog) ? LanguageCodes.Japanese : LanguageCodes.Chinese;
        }

        if (members.Any(u => u.Language == LanguageCodes.Chinese))
        {
            // Names are evidence of the standard too ("我是通义千问。"), so count telling characters unmasked.
            var (simplified, traditional) = HanStandards.Shared.Count(original);
            var standard = simplified > 0 && simplified >= 2 * traditional ? LanguageCodes.Simplified
                : traditional > 0 && traditional >= 2 * simplified ? LanguageCodes.Traditional
                : LanguageCodes.Chinese;
            members.Where(u => u.Language == LanguageCodes.Chinese).ToList().ForEach(u => u.Language = standard);
        }
    }

    // Kanji-only text: does the character model (Chinese vs Japanese) prefer this language clearly? Inside a
    // Japanese reply the question is which language writes these kanji (givenKanji); in a reply without kana,
    // the missing kana are themselves evidence against Japanese, so the plain costs stand.
    private static bool ClearlyPrefers(Unit unit, string language, ScriptCatalog catalog, bool givenKanji = false)
    {
        if (unit.Letters < 4)
        {
            return false;
        }

        var model = catalog.Scripts[catalog.Han].Model.Value;
        var costs = new long[model.Languages.Count];
        model.Score(unit.ModelText, costs);
        for (var i = 0; givenKanji && i < costs.Length; i++)
        {
            costs[i] -= KanjiCostPerLetter.Value[i] * unit.Letters;
        }

        var preferred = model.Languages.ToList().IndexOf(language);
        var other = preferred == 0 ? 1 : 0;
        return costs[other] - costs[preferred] > (long)SegmentMarginPerLetter * unit.Letters;
    }

    private static int ArgMin(long[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[best])
            {
                best = i;
            }
        }

        return best;
    }

    // Splits masked text into sentences, and each sentence into its letters of each script family.
    private static List<Unit> Segment(string masked, ScriptCatalog catalog)
    {
        var units = new List<Unit>();
        var open = new Dictionary<byte, Unit>();
        byte previousFamily = 0;
        var index = 0;
        foreach (var rune in masked.EnumerateRunes())
        {
            var position = index;
            index += rune.Utf16SequenceLength;
            if (IsSentenceEnd(rune, masked, index, catalog.Unicode))
            {
                EndSentence(open, units, catalog);
                continue;
            }

            var script = catalog.Unicode.Of(rune.Value);
            var category = Rune.GetUnicodeCategory(rune);
            var isMark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (!Rune.IsLetter(rune) && !isMark)
            {
                // A hyphen keeps a compound one word ("Pre-trained"); the model splits on it all the same.
                var separator = rune.Value is '-' or '\u2010' or '\u2011' ? '-' : ' ';
                foreach (var unit in open.Values)
                {
                    unit.Text.Append(separator);
                }

                continue;
            }

            var family = script == catalog.Unicode.Common || script == catalog.Unicode.Inherited ? previousFamily : catalog.Family[script];
            if (family == 0)
            {
                continue;
            }

            if (!open.TryGetValue(family, out var current))
            {
                current = new Unit(family, position);
                open[family] = current;
            }

            foreach (var unit in open.Values.Where(u => u != current))
            {
                unit.Text.Append(' ');
                unit.EndRun();
            }

            current.Text.Append(rune.ToString());
            current.End = index;
            previousFamily = family;
            if (isMark && script == catalog.Unicode.Inherited)
            {
                continue; // a combining accent is part of the letter before it
            }

            current.Letters++;
            current.AddWeight(catalog.Scripts[script == catalog.Unicode.Common ? family : script].Weight);
            if (catalog.IsKana[script])
            {
                current.Kana++;
            }
        }

        EndSentence(open, units, catalog);
        units.Sort((a, b) => a.Start.CompareTo(b.Start));
        return units;
    }

    // Capitalised words of a cased script inside a sentence written mostly in another script are names
    // (Docker, Kubernetes, Python), not a foreign language, and are dropped; short runs of other words are
    // kept as embedded terms.
    private static void EndSentence(Dictionary<byte, Unit> open, List<Unit> units, ScriptCatalog catalog)
    {
        if (open.Count > 1)
        {
            // The sentence's own script is the heaviest one that is not all names.
            var main = open.Values.Where(u => !u.AllCapitalised).MaxBy(u => u.Weighted) ?? open.Values.MaxBy(u => u.Weighted)!;
            foreach (var unit in open.Values.Where(u => u != main).ToList())
            {
                unit.EndRun();
                unit.Embedded = unit.LongestRun < EmbeddedRunLetters;
                if (unit.AllCapitalised)
                {
                    open.Remove(unit.Family);
                }
            }
        }

        units.AddRange(open.Values);
        open.Clear();
    }

    // Unicode's sentence terminals end a sentence, a full stop only before a space or the end ("e.g", "3.14"
    // go on); line breaks and semicolons split too, so a reply's lines and clauses are judged apart.
    private static bool IsSentenceEnd(Rune rune, string text, int next, UnicodeScripts unicode) => rune.Value switch
    {
        '.' => next >= text.Length || char.IsWhiteSpace(text[next]) || text[next] is '"' or '\'' or ')' or '»' or '”',
        '\n' or ';' or '；' => true,
        _ => unicode.IsSentenceTerminal(rune.Value),
    };

    private sealed class Unit(byte family, int start)
    {
        public byte Family { get; } = family;

        public int Start { get; } = start;

        public int End { get; set; } = start;

        public StringBuilder Text { get; } = new();

        public int Letters { get; set; }

        public int Kana { get; set; }

        public double Weighted { get; private set; }

        /// <summary>Weighted letters of the longest stretch of this script not interrupted by another's letters.</summary>
        public double LongestRun { get; private set; }

        /// <summary>A minor script's short runs inside a sentence of another script: terms, not a switch.</summary>
        public bool Embedded { get; set; }

        private double Run { get; set; }

        public void AddWeight(double weight)
        {
            Weighted += weight;
            Run += weight;
        }

        public void TakeWeight(double weight) => Weighted -= weight;

        public void EndRun()
        {
            LongestRun = Math.Max(LongestRun, Run);
            Run = 0;
        }

        // The models' tables are composed (NFC): "ệ" written as e + two combining marks must look them up as one.
        public string ModelText => Text.ToString() is var text && text.IsNormalized() ? text : text.Normalize();

        public int Words => Text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        public bool AllCapitalised => Text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
            && words.All(w => w.FirstOrDefault(char.IsLetter) is var first && char.IsUpper(first));

        public string? Language { get; set; }

        public long[]? Costs { get; set; }
    }
}
