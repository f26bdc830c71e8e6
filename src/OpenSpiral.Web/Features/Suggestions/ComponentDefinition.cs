namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// What the grid itself says about a component in one language (its name and scope description, with
/// their examples): a labelled text the model learns from before any criterion is classified.
/// </summary>
public readonly record struct ComponentDefinition(string Component, string Text)
{
    /// <summary>
    /// One definition per component and language: its name and description. A family's general
    /// component (x00) also gets the family's name and description, which describe it best.
    /// </summary>
    public static List<ComponentDefinition> From(IEnumerable<GridEntry> entries)
    {
        var list = entries.ToList();
        var families = list.Where(e => e.Component is null).ToLookup(e => (e.Family, e.Language));
        return [.. list.Where(e => e.Component is not null).Select(e => new ComponentDefinition(
            e.Component!,
            string.Join(". ", new[] { e.Name, e.Description }
                .Concat(e.Component!.EndsWith("00", StringComparison.Ordinal) ? families[(e.Family, e.Language)].SelectMany(f => new[] { f.Name, f.Description }) : [])
                .Where(t => !string.IsNullOrWhiteSpace(t)))))];
    }
}

/// <summary>The name and description of a family (<see cref="Component"/> null) or of a component, in one language.</summary>
public readonly record struct GridEntry(string Family, string? Component, string Language, string Name, string Description);
