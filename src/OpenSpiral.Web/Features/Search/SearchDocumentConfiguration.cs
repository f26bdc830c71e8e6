using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Search;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Language).HasMaxLength(10).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(SearchDocument.MaxTitleLength).IsRequired();
        builder.Property(d => d.Body).HasMaxLength(SearchDocument.MaxBodyLength).IsRequired();
        builder.Property(d => d.Locator).HasMaxLength(300);
        builder.HasIndex(d => new { d.Kind, d.EntityId }).IsUnique();
        builder.HasIndex(d => d.TerritoryId);
        builder.HasOne<Territory>().WithMany().HasForeignKey(d => d.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
