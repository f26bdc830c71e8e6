using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The full-text index over SearchDocuments: a stored generated tsvector (title weighted A, body B) in the
    /// text's own language, through an immutable mapping from ISO 639-1 codes to text search configurations
    /// ('simple' for a language PostgreSQL does not stem), and a GIN index. No model change.
    /// </summary>
    [DbContext(typeof(PostgresOpenSpiralDbContext))]
    [Migration("20261203220004_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION openspiral_search_config(language text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE language
                        WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig
                        WHEN 'es' THEN 'spanish'::regconfig WHEN 'it' THEN 'italian'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig
                        WHEN 'nl' THEN 'dutch'::regconfig WHEN 'sv' THEN 'swedish'::regconfig WHEN 'da' THEN 'danish'::regconfig
                        WHEN 'no' THEN 'norwegian'::regconfig WHEN 'nb' THEN 'norwegian'::regconfig WHEN 'nn' THEN 'norwegian'::regconfig
                        WHEN 'fi' THEN 'finnish'::regconfig WHEN 'ro' THEN 'romanian'::regconfig WHEN 'el' THEN 'greek'::regconfig
                        WHEN 'hu' THEN 'hungarian'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'tr' THEN 'turkish'::regconfig
                        WHEN 'ca' THEN 'catalan'::regconfig WHEN 'eu' THEN 'basque'::regconfig WHEN 'ga' THEN 'irish'::regconfig
                        WHEN 'lt' THEN 'lithuanian'::regconfig WHEN 'id' THEN 'indonesian'::regconfig WHEN 'sr' THEN 'serbian'::regconfig
                        WHEN 'ar' THEN 'arabic'::regconfig
                        ELSE 'simple'::regconfig END
                $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "SearchDocuments" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector(openspiral_search_config("Language"), "Title"), 'A')
                    || setweight(to_tsvector(openspiral_search_config("Language"), "Body"), 'B')) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_SearchDocuments_SearchVector" ON "SearchDocuments" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_SearchDocuments_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "SearchDocuments" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS openspiral_search_config(text);""");
        }
    }
}
