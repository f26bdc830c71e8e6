using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Grid;

internal sealed class GridConfiguration :
    IEntityTypeConfiguration<GridVersion>,
    IEntityTypeConfiguration<Family>,
    IEntityTypeConfiguration<Component>,
    IEntityTypeConfiguration<FamilyText>,
    IEntityTypeConfiguration<ComponentText>
{
    public void Configure(EntityTypeBuilder<GridVersion> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(120).IsRequired();
        builder.Property(v => v.Version).HasMaxLength(40).IsRequired();
        builder.HasMany(v => v.Families).WithOne().HasForeignKey(f => f.GridVersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Family> builder)
    {
        builder.ToTable("GridFamilies");
        builder.Property(f => f.Code).HasMaxLength(4).IsRequired();
        builder.HasIndex(f => new { f.GridVersionId, f.Code }).IsUnique();
        builder.HasMany(f => f.Texts).WithOne().HasForeignKey(t => t.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Components).WithOne(c => c.Family).HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Component> builder)
    {
        builder.ToTable("GridComponents");
        builder.Property(c => c.Code).HasMaxLength(8).IsRequired();
        builder.HasIndex(c => new { c.FamilyId, c.Code }).IsUnique();
        builder.HasIndex(c => c.Code);
        builder.HasMany(c => c.Texts).WithOne().HasForeignKey(t => t.ComponentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FamilyText> builder)
    {
        builder.ToTable("GridFamilyTexts");
        builder.HasKey(t => new { t.FamilyId, t.Language });
        ConfigureText(builder);
    }

    public void Configure(EntityTypeBuilder<ComponentText> builder)
    {
        builder.ToTable("GridComponentTexts");
        builder.HasKey(t => new { t.ComponentId, t.Language });
        ConfigureText(builder);
    }

    private static void ConfigureText<T>(EntityTypeBuilder<T> builder) where T : GridText
    {
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Name).HasMaxLength(160).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(1000).IsRequired();
    }
}
