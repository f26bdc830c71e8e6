namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>API filters take enum values by the names the responses use; binding would also take numbers such as 99.</summary>
public static class EnumNames
{
    /// <summary>An enum value by its name, in any case; numbers and unknown names give null.</summary>
    public static TEnum? Parse<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().FirstOrDefault(name => string.Equals(name, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } found
            ? Enum.Parse<TEnum>(found)
            : null;
}
