using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClassificationBeforeInRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClassifiedAtBefore",
                table: "CriterionRevisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClassifiedByBefore",
                table: "CriterionRevisions",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClassifiedViaBefore",
                table: "CriterionRevisions",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionRankBefore",
                table: "CriterionRevisions",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClassifiedAtBefore",
                table: "CriterionRevisions");

            migrationBuilder.DropColumn(
                name: "ClassifiedByBefore",
                table: "CriterionRevisions");

            migrationBuilder.DropColumn(
                name: "ClassifiedViaBefore",
                table: "CriterionRevisions");

            migrationBuilder.DropColumn(
                name: "SuggestionRankBefore",
                table: "CriterionRevisions");
        }
    }
}
