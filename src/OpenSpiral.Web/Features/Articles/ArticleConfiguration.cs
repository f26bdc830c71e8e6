using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Article.MaxTitleLength).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(Article.MaxSummaryLength).IsRequired();
        builder.Property(a => a.Content).HasMaxLength(Article.MaxContentLength).IsRequired();
        builder.Property(a => a.Language).HasMaxLength(10).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.CreatedAt);
        builder.HasIndex(a => new { a.TerritoryId, a.CreatedAt });
        builder.HasIndex(a => a.OriginalId);
        builder.HasOne<Territory>().WithMany().HasForeignKey(a => a.TerritoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.OriginalId).OnDelete(DeleteBehavior.SetNull);
    }
}
