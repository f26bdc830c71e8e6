using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The full-text index over SearchDocuments (Title, Body): an FTS5 external-content table kept in step by
    /// triggers. Tokenizer: Porter stemming over unicode61 without diacritics, for every language (FTS5 has one
    /// tokenizer per table). No model change.
    /// </summary>
    [DbContext(typeof(SqliteOpenSpiralDbContext))]
    [Migration("20261203220000_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchDocumentsFts" USING fts5("Title", "Body", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_FtsInsert" AFTER INSERT ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchDocumentsFts"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_FtsDelete" AFTER DELETE ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchDocumentsFts"("SearchDocumentsFts", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_FtsUpdate" AFTER UPDATE ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchDocumentsFts"("SearchDocumentsFts", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
                    INSERT INTO "SearchDocumentsFts"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "SearchDocumentsFts"("SearchDocumentsFts") VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchDocuments_FtsUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchDocuments_FtsDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchDocuments_FtsInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchDocumentsFts";""");
        }
    }
}
