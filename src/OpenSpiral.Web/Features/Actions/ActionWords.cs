namespace OpenSpiral.Web.Features.Actions;

/// <summary>The names of statuses and kinds of resources (keys of the resource files).</summary>
public static class ActionWords
{
    public static string Status(ActionStatus status) => $"ActionStatus.{status}";

    public static string Kind(ResourceKind kind) => kind switch
    {
        ResourceKind.Money => "Money",
        ResourceKind.People => "People",
        ResourceKind.Place => "Place",
        ResourceKind.Material => "Material",
        _ => "Immaterial",
    };

    /// <summary>The status as the API and the forms write it.</summary>
    public static string Code(ActionStatus status) => status.ToString().ToLowerInvariant();

    public static string Code(ResourceKind kind) => kind.ToString().ToLowerInvariant();
}
