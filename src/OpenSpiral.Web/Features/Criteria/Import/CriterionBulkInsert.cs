using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// Inserts imported criteria through prepared INSERTs on the context's own connection and
/// transaction: no entity is tracked, so memory stays flat however long the file. Then one
/// set-based INSERT ... SELECT writes their "Created" revisions, sharing the import's batch id.
/// </summary>
internal sealed class CriterionBulkInsert : IAsyncDisposable
{
    private const string Columns = "\"TerritoryId\", \"GroupId\", \"Text\", \"Language\", \"Question\", \"Status\", \"Source\", \"CreatedAt\", \"UpdatedAt\"";
    private const string Values = "@territory, @group, @text, @language, @question, @status, @source, @now, @now";

    private readonly OpenSpiralDbContext _db;
    private readonly DbTransaction _transaction;
    private readonly int _territoryId;
    private readonly string _userId;
    private readonly DateTime _now;
    private readonly long _lastIdBefore;

    // Two statements, so that no parameter ever changes type between NULL and a value once prepared.
    private readonly Statement _unclassified;
    private readonly Statement _classified;

    private CriterionBulkInsert(OpenSpiralDbContext db, DbTransaction transaction, int territoryId, string userId, DateTime now, long lastIdBefore)
    {
        (_db, _transaction, _territoryId, _userId, _now, _lastIdBefore) = (db, transaction, territoryId, userId, now, lastIdBefore);
        _unclassified = new Statement(this, $"""INSERT INTO "Criteria" ({Columns}) VALUES ({Values})""", classified: false);
        _classified = new Statement(this, $"""
            INSERT INTO "Criteria" ({Columns}, "ComponentId", "ClassifiedById", "ClassifiedAt", "ClassifiedVia")
            VALUES ({Values}, @component, @user, @now, @via)
            """, classified: true);
    }

    public int Count { get; private set; }

    /// <summary>Starts on the context's transaction; <paramref name="now"/> marks every row of this import.</summary>
    public static async Task<CriterionBulkInsert> StartAsync(OpenSpiralDbContext db, IDbContextTransaction transaction, int territoryId, string userId, DateTime now, CancellationToken cancellationToken)
    {
        var lastIdBefore = await db.Criteria.IgnoreQueryFilters().MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var insert = new CriterionBulkInsert(db, transaction.GetDbTransaction(), territoryId, userId, now, lastIdBefore);
        await insert._unclassified.Command.PrepareAsync(cancellationToken);
        await insert._classified.Command.PrepareAsync(cancellationToken);
        return insert;
    }

    public async Task AddAsync(ImportedCriterion criterion, CancellationToken cancellationToken)
    {
        var statement = criterion.ComponentId is null ? _unclassified : _classified;
        statement.Group.Value = criterion.Group.Id;
        statement.Text.Value = criterion.Text;
        statement.Language.Value = criterion.Language;
        statement.Question.Value = criterion.Question.ToString();
        if (statement.Component is not null)
        {
            statement.Component.Value = criterion.ComponentId!.Value;
        }

        await statement.Command.ExecuteNonQueryAsync(cancellationToken);
        Count++;
    }

    /// <summary>Writes one "Created" revision per imported criterion, all in <paramref name="batchId"/> so that the import can be undone as one.</summary>
    public async Task WriteRevisionsAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO "CriterionRevisions" ("CriterionId", "TerritoryId", "BatchId", "Kind", "TextAfter", "ComponentAfter", "UserId", "At", "Undone")
            SELECT "Id", "TerritoryId", @batch, @kind, "Text", "ComponentId", @user, @now, @undone FROM "Criteria"
            WHERE "TerritoryId" = @territory AND "Id" > @lastIdBefore AND "Source" = @source AND "CreatedAt" = @now
            """);
        Parameter(command, "batch", _db.Database.IsSqlite() ? batchId.ToString().ToUpperInvariant() : batchId);
        Parameter(command, "kind", nameof(RevisionKind.Created));
        Parameter(command, "user", _userId);
        Parameter(command, "now", _now);
        Parameter(command, "undone", false);
        Parameter(command, "territory", _territoryId);
        Parameter(command, "lastIdBefore", _lastIdBefore);
        Parameter(command, "source", nameof(CriterionSource.Import));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _unclassified.Command.DisposeAsync();
        await _classified.Command.DisposeAsync();
    }

    private DbCommand Command(string sql)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private sealed class Statement
    {
        public Statement(CriterionBulkInsert owner, string sql, bool classified)
        {
            Command = owner.Command(sql);
            Parameter(Command, "territory", owner._territoryId);
            Group = Parameter(Command, "group", 0);
            Text = Parameter(Command, "text", "");
            Language = Parameter(Command, "language", "");
            Question = Parameter(Command, "question", "");
            Parameter(Command, "status", nameof(CriterionStatus.Approved));
            Parameter(Command, "source", nameof(CriterionSource.Import));
            Parameter(Command, "now", owner._now);
            if (classified)
            {
                Component = Parameter(Command, "component", 0);
                Parameter(Command, "user", owner._userId);
                Parameter(Command, "via", nameof(ClassificationMethod.Import));
            }
        }

        public DbCommand Command { get; }
        public DbParameter Group { get; }
        public DbParameter Text { get; }
        public DbParameter Language { get; }
        public DbParameter Question { get; }
        public DbParameter? Component { get; }
    }
}
