using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Comments;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>
/// The demo's articles: an experience from Mulhouse in French with its English translation (outdated:
/// the original changed since), news from Pergine, a project with no territory; a few comments, one
/// of them reported and waiting in the moderation queue.
/// </summary>
internal static class DemoArticles
{
    public static async Task AddAsync(OpenSpiralDbContext db, IReadOnlyList<Territory> territories, DateTime now, CancellationToken cancellationToken)
    {
        var users = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        string? Id(string email) => users.GetValueOrDefault(email);
        var (mulhouse, pergine) = (territories[0], territories[1]);

        var experience = Article(Id(DemoSeeder.CoordinatorEmail), "fr", ArticleKind.Experience, mulhouse.Id, now.AddDays(-20),
            "Douze groupes homogènes en trois mois au centre social Papin",
            "Comment le groupe de coordination de Mulhouse a rencontré parents, jeunes, aînés et commerçants, et ce qu'il en retient.",
            "## Ce que nous avons fait\n\nNous avons réuni **douze groupes homogènes** : parents de jeunes enfants, jeunes de 16 à 25 ans, aînés, commerçants...\n\n## Ce que nous en retenons\n\n- Trois questions suffisent, posées dans cet ordre.\n- Les post-it se tapent le soir même.\n- Chaque groupe reçoit le lien de sa page *Ce que sont devenus vos mots*.");
        experience.Version = 2;
        db.Articles.Add(experience);
        var news = Article(Id(DemoSeeder.Coordinator2Email), "en", ArticleKind.News, pergine.Id, now.AddDays(-6),
            "Pergine Valsugana signs the charter",
            "The town council joined the network and starts its first cycle this autumn.",
            "The town council voted unanimously to sign the **charter of shared social responsibilities**. The coordination group meets for the first time next month.");
        var project = Article(Id(DemoSeeder.MemberEmail), "en", ArticleKind.Project, null, now.AddDays(-2),
            "A shared calendar of round tables",
            "An idea: publish the co-evaluation round tables of every territory in one calendar.",
            "Several territories hold round tables in the same weeks. A shared calendar would let neighbouring territories **attend each other's**.");
        db.Articles.AddRange(news, project);
        await db.SaveChangesAsync(cancellationToken);

        var translation = Article(Id(DemoSeeder.MemberEmail), "en", ArticleKind.Experience, mulhouse.Id, now.AddDays(-15),
            "Twelve homogeneous groups in three months at the Papin social centre",
            "How Mulhouse's coordination group met parents, young people, elders and shopkeepers, and what it learnt.",
            "## What we did\n\nWe met **twelve homogeneous groups**: parents of young children, young people aged 16 to 25, elders, shopkeepers...\n\n## What we learnt\n\n- Three questions are enough, asked in this order.\n- The post-its are typed the same evening.");
        (translation.OriginalId, translation.OriginalVersion) = (experience.Id, 1);
        db.Articles.Add(translation);

        var thanks = Comment(Id(DemoSeeder.Coordinator2Email), now.AddDays(-18), "Merci ! Combien de personnes par groupe en moyenne ?");
        thanks.ArticleId = experience.Id;
        var welcome = Comment(Id(DemoSeeder.CoordinatorEmail), now.AddDays(-5), "Welcome to the network! Mulhouse is happy to share its kiosk set-up.");
        welcome.ArticleId = news.Id;
        var advert = Comment(Id(DemoSeeder.MemberEmail), now.AddDays(-1), "Visit my shop for the best prices in town!");
        advert.TerritoryId = mulhouse.Id;
        db.Comments.AddRange(thanks, welcome, advert);
        await db.SaveChangesAsync(cancellationToken);

        if (Id(DemoSeeder.FacilitatorEmail) is { } facilitator)
        {
            db.CommentReports.Add(new CommentReport { CommentId = advert.Id, ReporterId = facilitator, Reason = "Advertising, not about the territory.", CreatedAt = now.AddHours(-20) });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static Article Article(string? authorId, string language, ArticleKind kind, int? territoryId, DateTime at, string title, string summary, string content) => new()
    {
        Title = title,
        Summary = summary,
        Content = content,
        Language = language,
        Kind = kind,
        TerritoryId = territoryId,
        AuthorId = authorId,
        CreatedAt = at,
        UpdatedAt = at,
    };

    private static Comment Comment(string? authorId, DateTime at, string body) => new() { Body = body, AuthorId = authorId, CreatedAt = at };
}
