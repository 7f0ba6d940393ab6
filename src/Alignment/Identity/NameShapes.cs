namespace Alignment.Identity;

/// <summary>
/// What a name's shape alone says: a model's ("PhoGPT", "MedBot-7B", "Dante-LM"), or a bot's ("SaludIA", "집밥봇"). The readers
/// of unlisted names ask it where a name stands outside a slot of the grammar, and a shape is the only evidence.
/// </summary>
internal static class NameShapes
{
    /// <summary>Whether a name ends in a model's size ("-13B", "8B").</summary>
    internal static bool HasSize(ReadOnlySpan<char> name) =>
        name.Length >= 3 && name[^1] is 'B' or 'b' && char.IsDigit(name[^2]);

    /// <summary>Whether a name has a letter other than a Latin capital: "Tulpar-7B", "Кодекс-13B", "فصيح-13B"; not "UTF-8".</summary>
    internal static bool HasLetterBesideCapitals(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsLetter(c) && !char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name is a bot's by its shape: a model's own ("MedBot-7B"), or a word with "AI", "KI", "IA" or "Bot" written onto
    /// it, after it or after a dot ("SaludIA", "ZorgWijzer-AI", "SağlıkRehberi AI", "Vitrine.AI", "DoutorBot", "หมอดีAI", "집밥봇");
    /// not "AI" alone.
    /// </summary>
    internal static bool BotsOwnName(ClaimGrammar grammar, ReadOnlySpan<char> name)
    {
        if (ModelsOwnName(grammar, name))
        {
            return true;
        }

        foreach (var suffix in grammar.BotSuffixes)
        {
            var before = name.Length - suffix.Length - 1;
            if (before >= 0 && name.EndsWith(suffix, StringComparison.Ordinal)
                && ((SpacedNames.IsWordLetter(name[before]) && !char.IsUpper(name[before]))
                    || (name[before] is '-' or ' ' or '.' && before > 0 && SpacedNames.IsWordLetter(name[before - 1]))))
            {
                return true;
            }
        }

        // Scripts without capitals write "bot" onto the name ("집밥봇", "レシピボット": glued-bot-words); "로봇" is a robot (robot-words).
        foreach (var suffix in grammar.GluedBotWords)
        {
            var before = name.Length - suffix.Length - 1;
            if (before >= 1 && name.EndsWith(suffix, StringComparison.Ordinal) && char.IsLetter(name[before]) && char.IsLetter(name[before - 1]))
            {
                foreach (var robot in grammar.RobotWords)
                {
                    if (name.EndsWith(robot, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>A run that ends in a word for a bot in Latin capitals with no Latin letter before it ("まなびAI").</summary>
    internal static bool EndsInBotSuffix(ClaimGrammar grammar, ReadOnlySpan<char> word)
    {
        foreach (var bot in grammar.BotSuffixes)
        {
            if (word.Length > bot.Length && word.EndsWith(bot, StringComparison.Ordinal) && !char.IsAsciiLetter(word[^(bot.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name is one only a model bears: a word that ends in a model's suffix after small letters ("BharatGPT",
    /// "SeaLLM": setting <c>model-suffixes</c>), or a size in billions of parameters ("MedBot-7B", "Kumru-2B"); not
    /// "PostgreSQL" or "iPhone 15".
    /// </summary>
    internal static bool ModelsOwnName(ClaimGrammar grammar, ReadOnlySpan<char> name)
    {
        foreach (var part in name.ToString().Split(' ', '-', '_'))
        {
            if (EndsInModelSuffix(grammar, part)
                || (part.Length >= 2 && part[^1] is 'B' or 'b' && part[..^1].All(c => char.IsDigit(c) || c == '.') && char.IsDigit(part[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsInModelSuffix(ClaimGrammar grammar, string part)
    {
        foreach (var suffix in grammar.ModelSuffixes)
        {
            if (part.Length > suffix.Length && part.EndsWith(suffix, StringComparison.Ordinal) && char.IsLower(part[^(suffix.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name looks like a model's rather than a person's: a digit, a capital right after a small letter ("PhoGPT",
    /// "SeaLLM"), or a word of three or more capitals ("TAIDE").
    /// </summary>
    /// <param name="acronyms">Whether a word of three capitals or more counts ("TAIDE" after a credit's "by"); not after a word for
    /// "of" or "from", where it is a course or a body ("votre cours de FLE").</param>
    internal static bool ModelShaped(ClaimGrammar grammar, ReadOnlySpan<char> name, bool acronyms = true)
    {
        if (HyphenatedTail(grammar, name))
        {
            return true;
        }

        var capitals = 0;
        for (var i = 0; i < name.Length; i++)
        {
            // "McCarthy", "MacBride": a family name's prefix, not a model's inner capital.
            if (char.IsDigit(name[i]) || (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]) && !ScottishPrefix(name, i)))
            {
                return true;
            }

            capitals = char.IsUpper(name[i]) ? capitals + 1 : 0;
            if (acronyms && capitals >= 3 && (i + 1 == name.Length || !char.IsLetter(name[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the capital at this index follows "Mc" or "Mac" at a word's start ("McCarthy", "MacBride").</summary>
    internal static bool ScottishPrefix(ReadOnlySpan<char> name, int capital)
    {
        var start = capital;
        while (start > 0 && char.IsLetter(name[start - 1]))
        {
            start--;
        }

        var prefix = name[start..capital];
        return prefix is "Mc" or "Mac";
    }

    /// <summary>
    /// Whether a name ends in a hyphen and capitals or a word for a bot, as models' names do ("Dante-LM", "LuatViet-AI",
    /// "वकील-AI", "Ilmu-Bot"); not "Coca-Cola" or "Jean-Paul".
    /// </summary>
    internal static bool HyphenatedTail(ClaimGrammar grammar, ReadOnlySpan<char> name)
    {
        var hyphen = name.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= name.Length || !char.IsLetter(name[hyphen - 1]))
        {
            return false;
        }

        var tail = name[(hyphen + 1)..];
        if (tail.Length >= 2 && tail.Length <= 4 && AllCapitals(tail))
        {
            return true;
        }

        foreach (var bot in grammar.BotWords)
        {
            if (tail.Equals(bot, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;

        static bool AllCapitals(ReadOnlySpan<char> part)
        {
            foreach (var c in part)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A word that ends in "bot" written onto a name ("fjordbot", "bakıbot", "raideri-botti"), not "bot" alone.</summary>
    internal static bool GluedBotWord(ClaimGrammar grammar, string word)
    {
        foreach (var bot in grammar.BotWords)
        {
            if (word.Length >= bot.Length + 3 && word.EndsWith(bot, StringComparison.Ordinal) && char.IsLetter(word[^(bot.Length + 1)]) || word.EndsWith("-" + bot, StringComparison.Ordinal) && word.Length > bot.Length + 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past a version after a name (" 1.3", " (v1.8)", " 2.0") and the emphasis that closes it ("**Hygge-Bot 1.3**").</summary>
    internal static int SkipVersion(FoldedText text, int at)
    {
        var end = at;
        if (end + 1 < text.Length && text[end] == ' ' && (char.IsDigit(text[end + 1]) || (text[end + 1] == '(' && end + 2 < text.Length && (text[end + 2] == 'v' || char.IsDigit(text[end + 2])))))
        {
            end++;
            while (end < text.Length && (char.IsDigit(text[end]) || text[end] is '.' or 'v' or '(' or ')'))
            {
                end++;
            }
        }

        while (end < text.Length && text[end] is '*' or '_')
        {
            end++;
        }

        return end;
    }
}
