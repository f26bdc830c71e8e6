using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Groups;

internal sealed class HomogeneousGroupConfiguration : IEntityTypeConfiguration<HomogeneousGroup>
{
    public void Configure(EntityTypeBuilder<HomogeneousGroup> builder)
    {
        builder.ToTable("HomogeneousGroups");
        builder.Property(g => g.Name).HasMaxLength(120).IsRequired();
        builder.Property(g => g.Profile).HasMaxLength(200);
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Language).HasMaxLength(8).IsRequired();
        builder.ComplexProperty(g => g.Counts);
        builder.Property(g => g.FeedbackCode).HasMaxLength(16);
        builder.HasIndex(g => g.FeedbackCode).IsUnique();
        builder.HasIndex(g => new { g.TerritoryId, g.Name }).IsUnique();
        builder.HasMany(g => g.Meetings).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Facilitators).WithOne().HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
