using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Comments;

namespace OpenSpiral.Tests.Comments;

/// <summary>Comments written straight into the test database.</summary>
public static class CommentData
{
    public static async Task<long> AddAsync(OpenSpiralApplication app, string authorEmail, CommentTarget target, string body)
    {
        return await app.QueryAsync(async db =>
        {
            var authorId = await db.Users.Where(u => u.Email == authorEmail).Select(u => u.Id).SingleAsync();
            var comment = new Comment { Body = body, AuthorId = authorId, CreatedAt = DateTime.UtcNow };
            target.Assign(comment);
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
    }

    /// <summary>A published action of the territory, for comments on actions.</summary>
    public static Task<int> PublishedActionAsync(OpenSpiralApplication app, int territoryId, bool published = true) =>
        app.QueryAsync(async db =>
        {
            var action = new OpenSpiral.Web.Features.Actions.TerritoryAction { TerritoryId = territoryId, Title = $"Action {Guid.NewGuid():N}", IsPublished = published, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });
}
