namespace OpenSpiral.Web.Features.Glossary;

/// <summary>A term of the SPIRAL method (criterion, component, indicator…), with its wording in each language.</summary>
public class GlossaryTerm
{
    public const int MaxKeyLength = 80;

    public int Id { get; set; }

    /// <summary>A stable, language-neutral name such as <c>criterion</c>: lower-case letters, digits and hyphens.</summary>
    public required string Key { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<GlossaryEntry> Entries { get; set; } = [];
}

/// <summary>A glossary term in one language: its wording, definition and what it must not be confused with.</summary>
public class GlossaryEntry
{
    public const int MaxTermLength = 100;
    public const int MaxDefinitionLength = 2000;
    public const int MaxNoteLength = 1000;

    public int TermId { get; set; }

    /// <summary>ISO 639-1 code.</summary>
    public required string Language { get; set; }

    public required string Term { get; set; }
    public required string Definition { get; set; }

    /// <summary>What the term must not be confused with, if anything.</summary>
    public string? DoNotConfuse { get; set; }

    /// <summary>Starts at 1, grows by one at each save; a save from an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime UpdatedAt { get; set; }
}
