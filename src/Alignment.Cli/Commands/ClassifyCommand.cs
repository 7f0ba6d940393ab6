using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alignment.Identity;
using Alignment.Language;

namespace Alignment.Cli.Commands;

/// <summary>
/// alignment classify [FILE]: JSON Lines in ({"id","text","lang"}, and "asks_who_it_is": false for a reply to a prompt that
/// did not ask who the model is), one JSON line out per input.
/// The output keys are a public interface; keep them.
/// </summary>
public static class ClassifyCommand
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "JSON Lines to read; standard input when absent.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("classify", "Say which identity each reply claims and which language it is written in.") { file };
        command.SetAction(async (parse, cancel) =>
        {
            var input = parse.GetValue(file);
            if (input is not null && !input.Exists)
            {
                await Console.Error.WriteLineAsync($"alignment classify: {input.FullName} does not exist.");
                return 2;
            }

            var cases = RepoPaths.Cases(RepoPaths.FindRoot());
            var classifier = new Classifier(IdentityCatalog.Load(cases));
            using var reader = input is null ? new StreamReader(Console.OpenStandardInput()) : input.OpenText();
            return await classifier.RunAsync(reader, Console.Out, cancel);
        });
        return command;
    }

    /// <summary>The line-by-line work, separate from the console so tests can drive it.</summary>
    public sealed class Classifier(IdentityCatalog identities)
    {
        private readonly IdentityClassifier identity = new(identities);
        private readonly LanguageDetector language = new(identities.AllNames());

        /// <returns>0, or 1 when some line could not be read.</returns>
        public async Task<int> RunAsync(TextReader reader, TextWriter writer, CancellationToken cancel = default)
        {
            var exit = 0;
            var number = 0;
            while (await reader.ReadLineAsync(cancel) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                string output;
                try
                {
                    output = TerminalSafe(Classify(line).ToJsonString(Output));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Whatever one line holds, it gets its own error line and the stream goes on.
                    exit = 1;
                    output = new JsonObject { ["line"] = number, ["error"] = e is InputLineException ? e.Message : $"could not be classified: {e.Message}" }
                        .ToJsonString(Output);
                    output = TerminalSafe(output);
                }

                await writer.WriteLineAsync(output);
            }

            return exit;
        }

        public JsonObject Classify(string line)
        {
            JsonNode? node;
            try
            {
                // A duplicate key is an error at parse time, not an exception on first access.
                node = JsonNode.Parse(line, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 });
            }
            catch (JsonException e)
            {
                throw new InputLineException($"not valid JSON: {e.Message}");
            }

            if (node is not JsonObject input)
            {
                throw new InputLineException("expected a JSON object with \"text\"");
            }

            var text = StringField(input, "text") ?? throw new InputLineException("field \"text\" is missing");
            var lang = StringField(input, "lang");
            var asked = BoolField(input, "asks_who_it_is") ?? true;
            var reading = identity.Classify(text, lang, asked);
            var report = language.Detect(text);
            return new JsonObject
            {
                ["id"] = input["id"]?.DeepClone(),
                ["identity"] = new JsonObject
                {
                    ["claims"] = new JsonArray(reading.ClaimedFamilies.Select(f => (JsonNode)f).ToArray()),
                    ["maker"] = reading.Maker,
                    ["mentions"] = new JsonArray(reading.Mentions.Select(f => (JsonNode)f).ToArray()),
                    // As the gate judges an answer to an identity question; "asks_who_it_is": false reads a placebo's reply.
                    ["uncertain"] = identity.CouldNotTell(reading, text, lang, asked) is not null,
                },
                ["language"] = new JsonObject
                {
                    ["primary"] = report.Primary,
                    ["shares"] = new JsonObject(report.Shares.OrderByDescending(s => s.Value).Select(s => KeyValuePair.Create(s.Key, (JsonNode?)Math.Round(s.Value, 3)))),
                    ["mixed"] = report.Mixed,
                },
            };
        }

        /// <summary>
        /// The relaxed encoder leaves bidi controls and other format characters raw; in JSON text they can only stand
        /// inside strings, where \uXXXX is the same value, so escaping them keeps the output exact and the terminal safe.
        /// </summary>
        private static string TerminalSafe(string json)
        {
            if (!json.Any(NeedsEscape))
            {
                return json;
            }

            var safe = new System.Text.StringBuilder(json.Length + 16);
            foreach (var c in json)
            {
                if (NeedsEscape(c))
                {
                    safe.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    safe.Append(c);
                }
            }

            return safe.ToString();
        }

        private static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;

        private static bool? BoolField(JsonObject input, string name) => input[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            _ => throw new InputLineException($"field \"{name}\" must be true or false"),
        };

        private static string? StringField(JsonObject input, string name)
        {
            try
            {
                return input[name] switch
                {
                    null => null,
                    JsonValue v when v.TryGetValue<string>(out var s) => s,
                    _ => throw new InputLineException($"field \"{name}\" must be a string"),
                };
            }
            catch (InvalidOperationException)
            {
                // A lone surrogate escape such as \ud800 is valid JSON but not text.
                throw new InputLineException($"field \"{name}\" is not valid text (it holds a lone surrogate escape such as \\ud800)");
            }
        }
    }

    private sealed class InputLineException(string message) : Exception(message);
}
