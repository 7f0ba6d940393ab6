using System.Buffers;

namespace Alignment.Identity;

/// <summary>
/// Which marks open a quotation and which close it, for every reader that sets quoted words apart: straight and curly double
/// quotes, the low opening quote of German and Polish („…“), guillemets («…»), and the corner brackets of Chinese and Japanese
/// (「…」, 『…』). Single quotes are not here: they are apostrophes as often, and each reader that takes them says when.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>The marks that open a quotation.</summary>
    public static readonly SearchValues<char> Openings = SearchValues.Create("\"“„«「『");

    /// <summary>The marks that close a quotation; “ closes German's „…“ and stands for ” in careless text.</summary>
    public static readonly SearchValues<char> Closings = SearchValues.Create("\"”“»」』");

    private static readonly SearchValues<char> ClosesGuillemet = SearchValues.Create("»");
    private static readonly SearchValues<char> ClosesCorner = SearchValues.Create("」");
    private static readonly SearchValues<char> ClosesWhiteCorner = SearchValues.Create("』");
    private static readonly SearchValues<char> ClosesDouble = SearchValues.Create("\"”“");

    /// <summary>The first opening mark at or after <paramref name="from"/>, or -1.</summary>
    public static int NextOpening(string text, int from) =>
        from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny(Openings) is var at and >= 0 ? from + at : -1;

    public static bool Opens(char c) => Openings.Contains(c);

    public static bool Closes(char c) => Closings.Contains(c);

    /// <summary>Whether this closing mark ends a quotation that this mark opened.</summary>
    public static bool Pair(char open, char close) => Closers(open).Contains(close);

    /// <summary>
    /// Where the quotation opened at <paramref name="open"/> closes, looking at most <paramref name="within"/> characters on,
    /// or -1.
    /// </summary>
    public static int Close(string text, int open, int within)
    {
        var from = open + 1;
        var span = text.AsSpan(from, Math.Min(within, text.Length - from));
        return span.IndexOfAny(Closers(text[open])) is var at and >= 0 ? from + at : -1;
    }

    /// <summary>
    /// Where the quotation closed at <paramref name="close"/> opened: the nearest opening mark at most <paramref name="within"/>
    /// characters back, if it pairs with the closing one; else -1.
    /// </summary>
    public static int Open(string text, int close, int within)
    {
        var from = Math.Max(0, close - within);
        var at = text.AsSpan(from, close - from).LastIndexOfAny(Openings);
        return at >= 0 && Pair(text[from + at], text[close]) ? from + at : -1;
    }

    private static SearchValues<char> Closers(char open) => open switch
    {
        '«' => ClosesGuillemet,
        '「' => ClosesCorner,
        '『' => ClosesWhiteCorner,
        _ => ClosesDouble,
    };
}
