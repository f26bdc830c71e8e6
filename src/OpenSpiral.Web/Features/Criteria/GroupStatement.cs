using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>One statement of a group's own synthesis for one question, linked to the criteria it summarises.</summary>
public class GroupStatement
{
    public const int MaxTextLength = 1000;

    public int Id { get; set; }
    public int GroupId { get; set; }
    public HomogeneousGroup? Group { get; set; }
    public Question Question { get; set; }
    public required string Text { get; set; }
    public int SortOrder { get; set; }
    public List<Criterion> Criteria { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
}
