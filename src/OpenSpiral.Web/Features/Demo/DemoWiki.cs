using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>
/// The demo's wiki beyond the seeded methodology: a page of experiences from Mulhouse edited twice (so its
/// history and diff show something), and its French translation left outdated by the second edit.
/// </summary>
internal static class DemoWiki
{
    public const string Slug = "experiences-from-mulhouse";
    public const string FrenchSlug = "experiences-de-mulhouse";

    public static async Task AddAsync(OpenSpiralDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.WikiPages.AnyAsync(p => p.Slug == Slug, cancellationToken))
        {
            return;
        }

        var coordinator = await db.Users.Where(u => u.Email == DemoSeeder.CoordinatorEmail).Select(u => u.Id).FirstAsync(cancellationToken);
        var admin = await db.Users.Where(u => u.Email == DemoSeeder.AdminEmail).Select(u => u.Id).FirstAsync(cancellationToken);
        var overview = await db.WikiPages.Where(p => p.Language == "en" && p.ParentId == null).OrderBy(p => p.SortOrder).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        const string first = "# What we learnt\n\nOur first homogeneous groups met in the social centres of three districts.\n\n- Parents of young children\n- Older people living alone\n";
        const string second = "# What we learnt\n\nOur first homogeneous groups met in the social centres of three districts, in the evening so that working parents could come.\n\n- Parents of young children\n- Older people living alone\n- Young people from 16 to 25\n\nThe multipartite social contract came out of the second cycle.\n";
        var page = new WikiPage
        {
            Slug = Slug, Title = "Experiences from Mulhouse", Content = second, Language = "en", ParentId = overview, SortOrder = 100,
            Version = 2, CreatedAt = now.AddDays(-10), UpdatedAt = now.AddDays(-1),
        };
        page.Revisions.Add(new WikiRevision { Number = 1, Title = page.Title, Content = first, AuthorId = coordinator, Summary = "First notes", CreatedAt = now.AddDays(-10) });
        page.Revisions.Add(new WikiRevision { Number = 2, Title = page.Title, Content = second, AuthorId = admin, Summary = "Evening meetings, young people, the social contract", CreatedAt = now.AddDays(-1) });
        db.WikiPages.Add(page);
        await db.SaveChangesAsync(cancellationToken);

        const string french = "# Ce que nous avons appris\n\nNos premiers groupes homogènes se sont réunis dans les centres sociaux de trois quartiers.\n\n- Parents de jeunes enfants\n- Personnes âgées vivant seules\n";
        var translation = new WikiPage
        {
            Slug = FrenchSlug, Title = "Expériences de Mulhouse", Content = french, Language = "fr", SortOrder = 100,
            ParentId = await db.WikiPages.Where(p => p.Language == "fr" && p.OriginalId == overview).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken),
            OriginalId = page.Id, OriginalVersion = 1, CreatedAt = now.AddDays(-9), UpdatedAt = now.AddDays(-9),
        };
        translation.Revisions.Add(new WikiRevision { Number = 1, Title = translation.Title, Content = french, AuthorId = coordinator, CreatedAt = now.AddDays(-9) });
        db.WikiPages.Add(translation);
        await db.SaveChangesAsync(cancellationToken);
    }
}
