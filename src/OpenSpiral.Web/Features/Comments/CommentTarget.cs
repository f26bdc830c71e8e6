using System.Globalization;
using System.Linq.Expressions;

namespace OpenSpiral.Web.Features.Comments;

public enum CommentTargetKind
{
    WikiPage,
    Article,
    Action,
    Territory,
}

/// <summary>What a comment is on, written "article:12", "wiki:3", "action:5" or "territory:2" in addresses and the API.</summary>
public readonly record struct CommentTarget(CommentTargetKind Kind, int Id)
{
    public static CommentTarget WikiPage(int id) => new(CommentTargetKind.WikiPage, id);

    public static CommentTarget Article(int id) => new(CommentTargetKind.Article, id);

    public static CommentTarget Action(int id) => new(CommentTargetKind.Action, id);

    public static CommentTarget Territory(int id) => new(CommentTargetKind.Territory, id);

    public static bool TryParse(string? text, out CommentTarget target)
    {
        target = default;
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            return false;
        }

        CommentTargetKind? kind = parts[0].ToLowerInvariant() switch
        {
            "wiki" => CommentTargetKind.WikiPage,
            "article" => CommentTargetKind.Article,
            "action" => CommentTargetKind.Action,
            "territory" => CommentTargetKind.Territory,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        target = new(kind.Value, id);
        return true;
    }

    public static CommentTarget Of(Comment c) =>
        c.WikiPageId is { } w ? WikiPage(w) : c.ArticleId is { } a ? Article(a) : c.ActionId is { } x ? Action(x) : Territory(c.TerritoryId!.Value);

    /// <summary>The comments on this target, as a query filter.</summary>
    public Expression<Func<Comment, bool>> Matches()
    {
        var id = Id;
        return Kind switch
        {
            CommentTargetKind.WikiPage => c => c.WikiPageId == id,
            CommentTargetKind.Article => c => c.ArticleId == id,
            CommentTargetKind.Action => c => c.ActionId == id,
            _ => c => c.TerritoryId == id,
        };
    }

    public void Assign(Comment comment)
    {
        switch (Kind)
        {
            case CommentTargetKind.WikiPage: comment.WikiPageId = Id; break;
            case CommentTargetKind.Article: comment.ArticleId = Id; break;
            case CommentTargetKind.Action: comment.ActionId = Id; break;
            default: comment.TerritoryId = Id; break;
        }
    }

    public override string ToString() => Kind switch
    {
        CommentTargetKind.WikiPage => "wiki",
        CommentTargetKind.Article => "article",
        CommentTargetKind.Action => "action",
        _ => "territory",
    } + ":" + Id.ToString(CultureInfo.InvariantCulture);
}
