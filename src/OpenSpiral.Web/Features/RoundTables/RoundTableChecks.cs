using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>The rules a round table follows, with field errors named as the API's JSON names them.</summary>
public sealed class RoundTableChecks(OpenSpiralDbContext db, CriterionService criteria, IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// Checks a whole round table of <paramref name="territoryId"/>. <paramref name="currentCodes"/> are the
    /// components of the round table being updated (null: a new one), kept when the input names none.
    /// </summary>
    public async Task<CheckedRoundTable> CheckAsync(int territoryId, RoundTableInput input, IReadOnlyList<string>? currentCodes, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (currentCodes is not null && input.Version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors["title"] = [l["Give the round table a title."]];
        }
        else if (input.Title.Trim().Length > RoundTable.MaxTitleLength)
        {
            errors["title"] = [l["A title has at most {0} characters.", RoundTable.MaxTitleLength]];
        }

        if (input.HeldOn is null)
        {
            errors["heldOn"] = [l["Give the date the round table was held on."]];
        }

        if ((input.Notes?.Length ?? 0) > RoundTable.MaxNotesLength)
        {
            errors["notes"] = [l["Notes have at most {0} characters.", RoundTable.MaxNotesLength]];
        }

        var territoryCycle = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).FirstAsync(cancellationToken);
        if (input.Cycle is { } cycle && (cycle < 1 || cycle > territoryCycle))
        {
            errors["cycle"] = [l["The cycle goes from 1 to the territory's current cycle ({0}).", territoryCycle]];
        }

        List<string> actionCodes = [];
        if (input.ActionId is { } actionId)
        {
            var action = await db.Actions.AsNoTracking().Where(a => a.Id == actionId && a.TerritoryId == territoryId)
                .Select(a => new { Codes = a.Components.Select(c => c.Component!.Code).ToList() }).FirstOrDefaultAsync(cancellationToken);
            if (action is null)
            {
                errors["actionId"] = [l["This action is not one of the territory's actions."]];
            }
            else
            {
                actionCodes = [.. action.Codes.Order(StringComparer.Ordinal)];
            }
        }

        var components = await CheckComponentsAsync(input, currentCodes, actionCodes, errors, cancellationToken);
        var participants = CheckParticipants(input.Participants, errors);
        var assessments = CheckAssessments(input.Assessments, participants, components, errors);
        return new CheckedRoundTable(errors, components, participants, assessments, input.Cycle ?? territoryCycle);
    }

    private async Task<List<Component>> CheckComponentsAsync(
        RoundTableInput input, IReadOnlyList<string>? currentCodes, List<string> actionCodes, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var given = (input.Components ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var codes = given.Count > 0 ? given
            : input.Components is null && currentCodes is not null ? [.. currentCodes]
            : actionCodes;
        if (codes.Count == 0)
        {
            errors["components"] = [l["Choose at least one component."]];
            return [];
        }

        var found = await criteria.FindCurrentComponentsAsync(codes, cancellationToken);
        var unknown = codes.Where(c => !found.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            errors["components"] = [.. unknown.Select(c => l["{0} is not a component of the current grid.", c].Value)];
        }

        return [.. codes.Where(found.ContainsKey).Select(c => found[c])];
    }

    private Dictionary<Perspective, int> CheckParticipants(Dictionary<string, int>? participants, Dictionary<string, string[]> errors)
    {
        var counts = new Dictionary<Perspective, int>();
        var messages = new List<string>();
        foreach (var (name, count) in participants ?? [])
        {
            if (Perspectives.Parse(name) is not { } perspective)
            {
                messages.Add(l["{0} is not a perspective: use beneficiary, carrier, partner, citizen or other.", name]);
            }
            else if (count is < 0 or > Perspectives.MaxCount)
            {
                messages.Add(l["{0}: a number of participants goes from 0 to {1}.", l[Perspectives.Label(perspective)], Perspectives.MaxCount]);
            }
            else if (count > 0)
            {
                counts[perspective] = count;
            }
        }

        if (messages.Count > 0)
        {
            errors["participants"] = [.. messages];
        }

        return counts;
    }

    private List<RoundTableAssessment> CheckAssessments(
        List<AssessmentInput>? assessments, Dictionary<Perspective, int> participants, List<Component> components, Dictionary<string, string[]> errors)
    {
        var checkedAssessments = new List<RoundTableAssessment>();
        var seen = new HashSet<(int, Perspective)>();
        var byCode = components.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (assessments?.Count ?? 0); i++)
        {
            var assessment = assessments![i];
            var prefix = $"assessments[{i}].";
            var perspective = Perspectives.Parse(assessment.Perspective);
            if (perspective is null)
            {
                errors[prefix + "perspective"] = [l["{0} is not a perspective: use beneficiary, carrier, partner, citizen or other.", assessment.Perspective ?? ""]];
            }
            else if (!participants.ContainsKey(perspective.Value))
            {
                errors[prefix + "perspective"] = [l["{0}: nobody took part from this perspective; count its participants before recording its view.", l[Perspectives.Label(perspective.Value)]]];
            }

            var code = assessment.Component?.Trim() ?? "";
            var component = byCode.GetValueOrDefault(code);
            if (component is null)
            {
                errors[prefix + "component"] = [l["{0} is not one of the round table's components.", code]];
            }

            if (assessment.Effect is not (>= Perspectives.MinEffect and <= Perspectives.MaxEffect))
            {
                errors[prefix + "effect"] = [l["An effect goes from -2 (clearly negative) to 2 (clearly positive)."]];
            }

            if ((assessment.Comment?.Length ?? 0) > RoundTableAssessment.MaxTextLength)
            {
                errors[prefix + "comment"] = [l["A comment or a proposal has at most {0} characters.", RoundTableAssessment.MaxTextLength]];
            }

            if ((assessment.Proposal?.Length ?? 0) > RoundTableAssessment.MaxTextLength)
            {
                errors[prefix + "proposal"] = [l["A comment or a proposal has at most {0} characters.", RoundTableAssessment.MaxTextLength]];
            }

            if (component is not null && perspective is not null && !seen.Add((component.Id, perspective.Value)))
            {
                errors[prefix + "component"] = [l["This component is already assessed from this perspective."]];
            }

            if (component is not null && perspective is not null && assessment.Effect is { } effect)
            {
                checkedAssessments.Add(new RoundTableAssessment
                {
                    ComponentId = component.Id,
                    Perspective = perspective.Value,
                    Effect = effect,
                    Comment = assessment.Comment?.Trim() ?? "",
                    Proposal = assessment.Proposal?.Trim() ?? "",
                });
            }
        }

        return checkedAssessments;
    }
}

/// <summary>A checked round table: its errors, or what to store.</summary>
public sealed record CheckedRoundTable(
    Dictionary<string, string[]> Errors, List<Component> Components, Dictionary<Perspective, int> Participants, List<RoundTableAssessment> Assessments, int Cycle);
