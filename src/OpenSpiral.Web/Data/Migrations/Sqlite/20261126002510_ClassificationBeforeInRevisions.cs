using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClassifiedByBefore",
                table: "CriterionRevisions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClassifiedViaBefore",
                table: "CriterionRevisions",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionRankBefore",
                table: "CriterionRevisions",
                type: "INTEGER",
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
