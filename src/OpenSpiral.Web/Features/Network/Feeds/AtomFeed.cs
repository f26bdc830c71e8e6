using System.Text;
using System.Xml;

namespace OpenSpiral.Web.Features.Network.Feeds;

/// <summary>One entry of an Atom feed; <see cref="Link"/> is absolute.</summary>
public sealed record AtomEntry(string Id, string Title, DateTime Updated, Uri Link, string Summary, string? Author = null);

/// <summary>Writes an Atom 1.0 document (RFC 4287): feed id, title, updated, author, alternate and self links, then the entries.</summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static string Write(string title, Uri self, Uri alternate, string author, IReadOnlyList<AtomEntry> entries, DateTime emptyUpdated)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = true };
        using (var writer = XmlWriter.Create(new StringWriterUtf8(builder), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Namespace);
            writer.WriteElementString("id", Namespace, self.AbsoluteUri);
            writer.WriteElementString("title", Namespace, title);
            writer.WriteElementString("updated", Namespace, Date(entries.Count == 0 ? emptyUpdated : entries.Max(e => e.Updated)));
            writer.WriteStartElement("author", Namespace);
            writer.WriteElementString("name", Namespace, author);
            writer.WriteEndElement();
            Link(writer, "self", self, "application/atom+xml");
            Link(writer, "alternate", alternate, "text/html");
            foreach (var entry in entries)
            {
                writer.WriteStartElement("entry", Namespace);
                writer.WriteElementString("id", Namespace, entry.Id);
                writer.WriteElementString("title", Namespace, Clean(entry.Title));
                writer.WriteElementString("updated", Namespace, Date(entry.Updated));
                if (entry.Author is { Length: > 0 } name)
                {
                    writer.WriteStartElement("author", Namespace);
                    writer.WriteElementString("name", Namespace, Clean(name));
                    writer.WriteEndElement();
                }

                Link(writer, "alternate", entry.Link, "text/html");
                writer.WriteStartElement("summary", Namespace);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(Clean(entry.Summary));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return builder.ToString();
    }

    private static void Link(XmlWriter writer, string rel, Uri href, string type)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }

    private static string Date(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    // Stored text is already free of control characters (decision 10); this keeps XML valid whatever came before.
    private static string Clean(string text) => new([.. text.Where(XmlConvert.IsXmlChar)]);

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
