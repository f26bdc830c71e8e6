using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Tests.Data;

/// <summary>
/// Each entity of the application has its own IEntityTypeConfiguration, and the model really
/// contains what each configuration says (a configuration once existed that the model never applied).
/// </summary>
public sealed class EntityConfigurationTests
{
    private static readonly Type[] Configurations =
    [
        .. typeof(OpenSpiralDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && ConfiguredTypes(t).Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    [Fact]
    public void Every_entity_type_of_the_application_has_a_configuration_class()
    {
        var configured = Configurations.SelectMany(ConfiguredTypes).ToHashSet();
        var entities = DesignTimeModel().GetEntityTypes()
            .Where(e => e.ClrType.Assembly == typeof(OpenSpiralDbContext).Assembly && !e.IsOwned())
            .Select(e => e.ClrType)
            .ToList();

        Assert.NotEmpty(entities);
        Assert.Empty(entities.Where(e => !configured.Contains(e)).Select(e => e.Name));
    }

    [Fact]
    public void Every_configuration_class_is_applied_to_the_model()
    {
        var model = DesignTimeModel();
        Assert.NotEmpty(Configurations);
        foreach (var configuration in Configurations)
        {
            foreach (var entity in ConfiguredTypes(configuration))
            {
                var stated = Configure(configuration, entity);
                var facets = Facets(stated, stated);
                // The first facet only says the entity is there: a configuration must state more than that.
                Assert.True(facets.Count > 1, $"{configuration.Name} states nothing about {entity.Name}.");
                Assert.Equal(facets, Facets(stated, model.FindEntityType(entity)));
                // The comparison can fail: the same entity built by conventions alone, without its configuration, differs.
                Assert.NotEqual(facets, Facets(stated, Unconfigured(entity)));
            }
        }
    }

    private static IModel DesignTimeModel()
    {
        using var db = new SqliteOpenSpiralDbContext(new DbContextOptionsBuilder<SqliteOpenSpiralDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.GetService<IDesignTimeModel>().Model;
    }

    /// <summary>The entity as the SQLite conventions alone make it, as if its configuration had not been applied.</summary>
    private static IConventionEntityType Unconfigured(Type entity)
    {
        var builder = new ModelBuilder(SqliteConventionSetBuilder.Build());
        builder.Entity(entity);
        return (IConventionEntityType)builder.Model.FindEntityType(entity)!;
    }

    private static IEnumerable<Type> ConfiguredTypes(Type configuration) =>
        configuration.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .Select(i => i.GetGenericArguments()[0]);

    /// <summary>The entity as this configuration alone makes it, on the SQLite conventions.</summary>
    private static IConventionEntityType Configure(Type configuration, Type entity)
    {
        var builder = new ModelBuilder(SqliteConventionSetBuilder.Build());
        var apply = typeof(ModelBuilder).GetMethods()
            .Single(m => m.Name == nameof(ModelBuilder.ApplyConfiguration) && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .MakeGenericMethod(entity);
        apply.Invoke(builder, [Activator.CreateInstance(configuration, nonPublic: true)]);
        return (IConventionEntityType)builder.Model.FindEntityType(entity)!;
    }

    /// <summary>
    /// What <paramref name="stated"/> says explicitly (table, key, lengths, required columns,
    /// conversions, generated values, indexes, relationships), each read from <paramref name="entity"/>.
    /// </summary>
    private static List<string> Facets(IConventionEntityType stated, IReadOnlyEntityType? entity)
    {
        var facets = new List<string> { $"entity {stated.ClrType.Name}: {(entity is null ? "missing" : "present")}" };
        if (entity is null)
        {
            return facets;
        }

        if (stated.GetTableNameConfigurationSource() == ConfigurationSource.Explicit)
        {
            facets.Add($"table {entity.GetTableName()}");
        }

        if (stated.FindPrimaryKey() is { } key && key.GetConfigurationSource() == ConfigurationSource.Explicit)
        {
            facets.Add($"key {Names(key.Properties)} = {Names(entity.FindPrimaryKey()?.Properties)}");
        }

        foreach (var property in stated.GetProperties())
        {
            var actual = entity.FindProperty(property.Name);
            if (property.GetMaxLengthConfigurationSource() == ConfigurationSource.Explicit)
            {
                facets.Add($"{property.Name} max length {actual?.GetMaxLength()}");
            }

            if (property.GetIsNullableConfigurationSource() == ConfigurationSource.Explicit)
            {
                facets.Add($"{property.Name} nullable {actual?.IsNullable}");
            }

            if (property.GetProviderClrTypeConfigurationSource() == ConfigurationSource.Explicit || property.GetValueConverterConfigurationSource() == ConfigurationSource.Explicit)
            {
                facets.Add($"{property.Name} stored as {(actual?.GetValueConverter()?.ProviderClrType ?? actual?.GetProviderClrType())?.Name}");
            }

            if (property.GetValueGeneratedConfigurationSource() == ConfigurationSource.Explicit)
            {
                facets.Add($"{property.Name} generated {actual?.ValueGenerated}");
            }
        }

        foreach (var index in stated.GetIndexes().Where(i => i.GetConfigurationSource() == ConfigurationSource.Explicit))
        {
            var actual = entity.GetIndexes().FirstOrDefault(i => Names(i.Properties) == Names(index.Properties));
            facets.Add($"index {Names(index.Properties)} {(actual is null ? "missing" : actual.IsUnique ? "unique" : "not unique")}");
        }

        var model = entity.Model;
        foreach (var foreignKey in stated.GetForeignKeys().Concat(stated.GetReferencingForeignKeys()).Where(f => f.GetConfigurationSource() == ConfigurationSource.Explicit))
        {
            var actual = model.FindEntityType(foreignKey.DeclaringEntityType.ClrType)?.GetForeignKeys()
                .FirstOrDefault(f => Names(f.Properties) == Names(foreignKey.Properties) && f.PrincipalEntityType.ClrType == foreignKey.PrincipalEntityType.ClrType);
            facets.Add($"{foreignKey.DeclaringEntityType.ClrType.Name}({Names(foreignKey.Properties)}) -> {foreignKey.PrincipalEntityType.ClrType.Name}: {actual?.DeleteBehavior.ToString() ?? "missing"}");
        }

        return facets;
    }

    private static string Names(IEnumerable<IReadOnlyProperty>? properties) =>
        properties is null ? "none" : string.Join(",", properties.Select(p => p.Name));
}
