using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Territories;

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(120).IsRequired();
        builder.Property(t => t.Slug).HasMaxLength(80).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Country).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.Property(t => t.Languages).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.Membership).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Phase).HasConversion<string>().HasMaxLength(30);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Territories_Latitude", "\"Latitude\" IS NULL OR \"Latitude\" BETWEEN -90 AND 90");
            t.HasCheckConstraint("CK_Territories_Longitude", "\"Longitude\" IS NULL OR \"Longitude\" BETWEEN -180 AND 180");
        });
        builder.HasMany(t => t.Members).WithOne(m => m.Territory).HasForeignKey(m => m.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Questions).WithOne().HasForeignKey(q => q.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.DescriptionTranslations).WithOne().HasForeignKey(d => d.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Groups).WithOne(g => g.Territory).HasForeignKey(g => g.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TerritoryQuestionConfiguration : IEntityTypeConfiguration<TerritoryQuestion>
{
    public void Configure(EntityTypeBuilder<TerritoryQuestion> builder)
    {
        builder.Property(q => q.Question).HasConversion<string>().HasMaxLength(2);
        builder.Property(q => q.Language).HasMaxLength(8);
        builder.Property(q => q.Text).HasMaxLength(300).IsRequired();
        builder.HasIndex(q => new { q.TerritoryId, q.Question, q.Language }).IsUnique();
    }
}

internal sealed class TerritoryDescriptionConfiguration : IEntityTypeConfiguration<TerritoryDescription>
{
    public void Configure(EntityTypeBuilder<TerritoryDescription> builder)
    {
        builder.Property(d => d.Language).HasMaxLength(8);
        builder.Property(d => d.Text).HasMaxLength(4000).IsRequired();
        builder.HasIndex(d => new { d.TerritoryId, d.Language }).IsUnique();
    }
}
