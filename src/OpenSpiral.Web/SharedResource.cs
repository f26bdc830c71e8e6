namespace OpenSpiral.Web;

/// <summary>Marker for the UI text resources in Resources/SharedResource(.fr).resx.</summary>
public sealed class SharedResource;
