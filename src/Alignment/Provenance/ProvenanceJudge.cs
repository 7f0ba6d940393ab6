using System.Globalization;
using Alignment.Identity;

namespace Alignment.Provenance;

/// <summary>
/// consistent: matches what was approved; anomaly: something moved (the message holds the evidence); inconclusive:
/// nothing could be measured (an endpoint without usage numbers), never a pass; unapproved: measured, with nothing
/// approved to compare with yet.
/// </summary>
public enum ProvenanceOutcome
{
    Consistent,
    Anomaly,
    Inconclusive,
    Unapproved,
}

public sealed record ProvenanceVerdict(ProvenanceOutcome Outcome, string Message)
{
    public bool Passed => Outcome == ProvenanceOutcome.Consistent;
}

/// <summary>
/// The three provenance rows' decisions on a fingerprint against the approved one (its snapshot's table) and the target's
/// configured model. Each message says what was measured, what it means and what a person can do about it.
/// </summary>
public static class ProvenanceJudge
{
    public static ProvenanceVerdict Tokenizer(Fingerprint received, IReadOnlyDictionary<string, string>? approved, string approveCommand)
    {
        if (Unmeasured(received) is { } inconclusive)
        {
            return inconclusive;
        }

        var inconsistent = received.Inconsistent.ToList();
        if (inconsistent.Count > 0)
        {
            return new(ProvenanceOutcome.Anomaly,
                "The endpoint's usage numbers are not consistent: input tokens do not grow in a straight line with the copies of " +
                $"{string.Join(", ", inconsistent.Select(s => $"'{s.Unit.Id}' (R² {s.Fit.RSquared.ToString("F2", CultureInfo.InvariantCulture)} < {received.Probes.MinRSquared.ToString(CultureInfo.InvariantCulture)}; tokens at k = {string.Join(", ", s.Fit.Points.Select(p => $"{p.K}: {p.Tokens}"))})"))}.\n" +
                "A tokenizer charges every copy the same, so the reported counts are estimated, padded or mixed from several models. " +
                "Ask the provider how usage is counted; no tokenizer can be read from these numbers.");
        }

        if (approved is null)
        {
            return Unapproved(received, approveCommand);
        }

        var changes = received.Slopes
            .Select(s => (Measure: FingerprintSnapshot.SlopePrefix + s.Unit.Id, Value: Fingerprint.Format(s.RoundedSlope, received.Probes.SlopePrecision) + " tokens"))
            .Where(s => approved.GetValueOrDefault(s.Measure) != s.Value)
            .Select(s => FingerprintSnapshot.Change(s.Measure, approved.GetValueOrDefault(s.Measure), s.Value))
            .ToList();
        if (changes.Count == 0)
        {
            return new(ProvenanceOutcome.Consistent, $"The slopes of all {received.Slopes.Count} units match the approved fingerprint.");
        }

        return new(ProvenanceOutcome.Anomaly,
            $"The endpoint counts tokens with another tokenizer than the approved fingerprint ({changes.Count} of {received.Slopes.Count} units changed):\n" +
            string.Join("\n", changes.Select(c => "  " + c)) + "\n" +
            "One model always charges the same text the same number of tokens, so the model behind this endpoint is not the one approved: " +
            "a relay or host may be routing requests to another (often cheaper) model while answering under the configured name " +
            $"(model field: {received.ModelField}).\n" +
            "If the target was meant to change model, review the new fingerprint and approve it: " + approveCommand + "\n" +
            "Otherwise ask the endpoint's operator which model serves it, or run the official API as a target of its own and compare.");
    }

    public static ProvenanceVerdict SystemPrompt(Fingerprint received, IReadOnlyDictionary<string, string>? approved, string approveCommand)
    {
        if (Unmeasured(received) is { } inconclusive)
        {
            return inconclusive;
        }

        if (approved is null)
        {
            return Unapproved(received, approveCommand);
        }

        var intercept = received.Intercept!.Value;
        var before = FingerprintSnapshot.Tokens(approved.GetValueOrDefault(FingerprintSnapshot.Intercept));
        if (before is not { } approvedIntercept)
        {
            return new(ProvenanceOutcome.Anomaly,
                $"The approved fingerprint has no intercept to compare with (it reads '{approved.GetValueOrDefault(FingerprintSnapshot.Intercept) ?? "nothing"}'). " +
                "Approve a complete fingerprint: " + approveCommand);
        }

        var moved = intercept - approvedIntercept;
        if (Math.Abs(moved) <= received.Probes.InterceptTolerance)
        {
            return new(ProvenanceOutcome.Consistent,
                $"The intercept is {intercept} tokens, within {received.Probes.InterceptTolerance.ToString(CultureInfo.InvariantCulture)} of the approved {approvedIntercept.ToString(CultureInfo.InvariantCulture)}.");
        }

        var tokenizerChanged = received.Slopes.Any(s =>
            approved.GetValueOrDefault(FingerprintSnapshot.SlopePrefix + s.Unit.Id) != Fingerprint.Format(s.RoundedSlope, received.Probes.SlopePrecision) + " tokens");
        var change = FingerprintSnapshot.Change(FingerprintSnapshot.Intercept, approved[FingerprintSnapshot.Intercept], $"{intercept} tokens");
        return new(ProvenanceOutcome.Anomaly,
            $"Every request now costs {Math.Abs(moved).ToString(CultureInfo.InvariantCulture)} input tokens {(moved > 0 ? "more" : "fewer")} before the user's words " +
            $"({change}; tolerance {received.Probes.InterceptTolerance.ToString(CultureInfo.InvariantCulture)}).\n" +
            (moved > 0
                ? "Something is sent in front of the prompt that the suite did not send: most likely a hidden system prompt added by the host or a relay, " +
                  "which can set or mask the model's identity.\n"
                : "Less is sent in front of the prompt than when the fingerprint was approved: a system prompt the host used to add is gone.\n") +
            (tokenizerChanged ? "The tokenizer changed too (see provenance · tokenizer), so part of the difference may be the same text counted differently.\n" : "") +
            "Ask the host whether it adds instructions to requests. If the change is expected, review and approve the new fingerprint: " + approveCommand);
    }

    public static ProvenanceVerdict Metadata(Fingerprint received, string configuredModel, IReadOnlyDictionary<string, string>? approved, string approveCommand)
    {
        if (received.Failures.Count > 0)
        {
            return Unmeasured(received)!;
        }

        if (received.ModelFields.Count == 0)
        {
            return new(ProvenanceOutcome.Inconclusive,
                $"None of the {received.Calls} responses named a model (the response's model field is empty), so the endpoint's metadata cannot be " +
                "checked. This row does not pass where nothing was measured; an endpoint that hides the model it runs is itself worth asking about.");
        }

        var approvedField = approved?.GetValueOrDefault(FingerprintSnapshot.ModelField);
        var foreign = received.ModelFields.Where(m => !Names(m, configuredModel)).ToList();
        if (foreign.Count > 0 && approvedField != received.ModelField)
        {
            return new(ProvenanceOutcome.Anomaly,
                $"The responses say they come from model {string.Join(", ", foreign.Select(m => $"'{m}'"))}, but the target is configured for '{configuredModel}'" +
                (approvedField is null ? "." : $" ({FingerprintSnapshot.Change(FingerprintSnapshot.ModelField, approvedField, received.ModelField)}).") + "\n" +
                "The endpoint accepted the request under the configured name and answered it with another model: a relay or router swapping models. " +
                "Whatever the replies say about who they are, the wire says otherwise.\n" +
                $"Check the target's Model setting and ask the endpoint's operator. If this endpoint names '{configuredModel}' this way by design " +
                "(a router's 'vendor/model' name, say), approve the fingerprint so this model field is the expected one: " + approveCommand);
        }

        if (approved is null)
        {
            return Unapproved(received, approveCommand);
        }

        if (approvedField != received.ModelField)
        {
            return new(ProvenanceOutcome.Anomaly,
                $"The responses' model field changed: {FingerprintSnapshot.Change(FingerprintSnapshot.ModelField, approvedField, received.ModelField)} " +
                $"(still a name of the configured '{configuredModel}').\n" +
                "A new dated version of the same model reads like this. Review it and approve the new fingerprint: " + approveCommand);
        }

        return new(ProvenanceOutcome.Consistent, $"Every response names model '{received.ModelField}', as approved.");
    }

    /// <summary>
    /// "Metadata says X, text says Y" on the identity probe's one reply (the fallback when the identity rows did not run).
    /// </summary>
    public static ProvenanceVerdict Identity(
        IdentityObservation? observed, string configuredModel, string configuredIdentity, IdentityClassifier classifier, string probesFile)
    {
        if (observed is null)
        {
            return new(ProvenanceOutcome.Inconclusive,
                $"{probesFile} has no identity-prompt, so nothing asked the target who it is and its metadata cannot be compared with its words. " +
                "Add one (e.g. identity-prompt: \"Who are you?\"), or run the identity rows with this row.");
        }

        if (observed.Failure is { } failure)
        {
            return new(ProvenanceOutcome.Inconclusive, $"The identity probe failed, so nothing was measured:\n  1 call(s): {failure}");
        }

        return Identity([IdentityStatement.FromProbe(observed, classifier)!], configuredModel, configuredIdentity, classifier.Catalog);
    }

    /// <summary>
    /// "Metadata says claude, text says qwen in zh-Hans and ja": the families the responses' model field and the configured
    /// model name (by the model-ids of cases/identities.yaml) against the families the replies claim, place by place (each
    /// language of the identity rows, or the identity probe). Where neither id names a listed family, the claims are
    /// compared with the target's Identity, and the message says the ids were not read.
    /// </summary>
    public static ProvenanceVerdict Identity(
        IReadOnlyList<IdentityStatement> statements, string configuredModel, string configuredIdentity, IdentityCatalog catalog)
    {
        var fields = statements.SelectMany(s => s.ModelIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var fieldFamilies = fields.Select(catalog.FamilyOfModel).OfType<IdentityFamily>().Select(f => f.Id).Distinct(StringComparer.Ordinal).ToList();
        var configuredFamily = catalog.FamilyOfModel(configuredModel);
        var metadata = fieldFamilies.Concat(configuredFamily is null ? [] : [configuredFamily.Id]).Distinct(StringComparer.Ordinal).ToList();
        var ids = (fields.Count == 0 ? "model field 'none'" : string.Join(", ", fields.Select(f => $"model field '{f}'{Family(catalog.FamilyOfModel(f))}"))) +
                  $", configured model '{configuredModel}'{Family(configuredFamily)}";
        var claiming = statements.Where(s => s.Claimed.Count > 0).ToList();
        var silent = statements.Where(s => s.Claimed.Count == 0).Select(s => s.Where).ToList();
        var silentNote = silent.Count > 0 && claiming.Count > 0 ? $" No listed claim in: {string.Join(", ", silent)}." : "";

        if (claiming.Count == 0)
        {
            var replies = statements.Sum(s => s.Replies);
            var unlisted = statements.Select(s => s.Unlisted).OfType<string>().FirstOrDefault();
            var quote = statements.Select(s => s.Quote).OfType<string>().FirstOrDefault();
            return new(ProvenanceOutcome.Inconclusive,
                (replies == 0
                    ? "No reply was read (every identity call failed or was refused), so the metadata has nothing to be compared with "
                    : unlisted is null
                        ? $"The replies ({replies}, {Places(statements)}) claim no identity, so the metadata has nothing to be compared with "
                        : $"The replies ({replies}, {Places(statements)}) claim a name outside cases/{IdentityCatalog.FileName} ('{unlisted}'), so it cannot be compared with the metadata ") +
                $"({(quote is null ? "" : quote + "; ")}{ids}).\n" +
                "This row does not pass where nothing was measured. A hidden system prompt can tell a model not to say who it is; compare provenance · system-prompt.");
        }

        // Where the metadata names no listed family the target's Identity is what the text must say.
        var expected = metadata.Count == 0 ? [configuredIdentity] : metadata;
        var disagreeing = claiming.Where(s => expected.Count > 1 || !s.Claimed.SequenceEqual(expected)).ToList();
        if (disagreeing.Count == 0)
        {
            var says = string.Join(", ", expected);
            return new(ProvenanceOutcome.Consistent, metadata.Count == 0
                ? $"The text claims {says}, the target's Identity, in {Places(claiming)}. Its {ids} name no family listed under model-ids in " +
                  $"cases/{IdentityCatalog.FileName}, so only the configured identity was compared.{silentNote}"
                : $"Metadata and text agree: the {ids}, and the text claims {says} in {Places(claiming)}.{silentNote}");
        }

        // One line per claim, with the places that make it: "text says qwen in zh-Hans and ja".
        // A place is named by what it claims beyond the metadata ("qwen", not "claude, qwen").
        string Beyond(IdentityStatement s) => string.Join(", ", s.Claimed.Where(c => !expected.Contains(c)).DefaultIfEmpty(string.Join(", ", s.Claimed)));
        var saying = disagreeing.GroupBy(Beyond, StringComparer.Ordinal)
            .Select(g => $"{g.Key} in {Places(g.ToList())}").ToList();
        var quotes = string.Join("\n", disagreeing.Take(5).Select(s => $"  {s.Where}: claims {string.Join(", ", s.Claimed)}; {s.Quote}"))
                     + (disagreeing.Count > 5 ? $"\n  … and {disagreeing.Count - 5} more" : "");
        if (metadata.Count == 0)
        {
            return new(ProvenanceOutcome.Anomaly,
                $"Text says {string.Join("; text says ", saying)}, but the target is configured as {configuredIdentity} ({ids}, which name no family listed under model-ids).\n" +
                quotes + "\n" +
                "The endpoint's replies claim another model than the one the target expects: a relay may be answering with another model, or a hidden " +
                "system prompt may be setting the name. Ask the endpoint's operator; add the model id's prefix to the right family's model-ids in " +
                $"cases/{IdentityCatalog.FileName} so the metadata can be compared too.{silentNote}");
        }

        var claimedAll = disagreeing.SelectMany(s => s.Claimed).ToHashSet(StringComparer.Ordinal);
        var metadataSays = metadata.Where(m => !claimedAll.Contains(m)).ToList();
        return new(ProvenanceOutcome.Anomaly,
            $"Metadata says {string.Join(" and ", metadataSays.Count > 0 ? metadataSays : metadata)}, text says {string.Join("; text says ", saying)}: the {ids}, but\n" +
            quotes + "\n" +
            "One model does not answer under another's name on its own: a relay may be routing the configured name to another model (the text " +
            "tells which), or a hidden system prompt may make the model claim a name it does not have (see provenance · system-prompt).\n" +
            "Ask the endpoint's operator which model serves it, or run the official API as a target of its own and compare. If the model id is " +
            $"read as the wrong family, correct its prefix under model-ids in cases/{IdentityCatalog.FileName}.{silentNote}");
    }

    /// <summary>"zh-Hans and ja", "en, fr and 21 more", or "the identity probe".</summary>
    private static string Places(IReadOnlyList<IdentityStatement> statements)
    {
        var names = statements.Select(s => s.Where).ToList();
        return names.Count switch
        {
            1 => names[0],
            <= 6 => $"{string.Join(", ", names[..^1])} and {names[^1]}",
            _ => $"{string.Join(", ", names.Take(5))} and {names.Count - 5} more",
        };
    }

    private static string Family(IdentityFamily? family) => family is null ? "" : $" ({family.Id})";

    /// <summary>
    /// Whether a response's model field names the configured model: the same id, or the id with a date or version number
    /// after a dash ("claude-sonnet-4-5-20250929", "gpt-4o-2024-08-06"); not another model that begins the same ("gpt-4o-mini").
    /// </summary>
    public static bool Names(string field, string configured) =>
        string.Equals(field, configured, StringComparison.OrdinalIgnoreCase)
        || (field.StartsWith(configured + "-", StringComparison.OrdinalIgnoreCase)
            && field[(configured.Length + 1)..].All(c => char.IsAsciiDigit(c) || c == '-'));

    private static ProvenanceVerdict? Unmeasured(Fingerprint received)
    {
        if (received.Failures.Count > 0)
        {
            return new(ProvenanceOutcome.Inconclusive,
                $"{received.Failures.Count} of {received.Calls} probe calls failed, so nothing was measured:\n" +
                string.Join("\n", received.Failures.GroupBy(f => f.Failure).Select(g => $"  {g.Count()} call(s): {g.Key}")));
        }

        if (received.WithoutUsage > 0)
        {
            return new(ProvenanceOutcome.Inconclusive,
                $"The endpoint reported no input tokens for {received.WithoutUsage} of {received.Calls} probe calls, so its tokenizer and any hidden " +
                "prompt cannot be measured. This row does not pass where nothing was measured: an endpoint that reports no usage cannot be told " +
                "apart from a relay. Ask the provider to return usage (for OpenAI-compatible servers, the response's 'usage' object).");
        }

        return null;
    }

    private static ProvenanceVerdict Unapproved(Fingerprint received, string approveCommand) => new(ProvenanceOutcome.Unapproved,
        $"There is no approved fingerprint for this target yet, so there is nothing to compare with (measured: intercept {received.Intercept} tokens, " +
        $"{string.Join(", ", received.Slopes.Select(s => $"{s.Unit.Id} {Fingerprint.Format(s.RoundedSlope, received.Probes.SlopePrecision)}"))}; model field {received.ModelField}).\n" +
        "Approve it once from a run you trust (the official API, say), then every later run is compared with it: " + approveCommand);
}
