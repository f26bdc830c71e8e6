using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenSpiral.Web.Data;

// Used by `dotnet ef migrations add ... --context <Provider>OpenSpiralDbContext`.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOpenSpiralDbContext>
{
    public SqliteOpenSpiralDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOpenSpiralDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOpenSpiralDbContext>
{
    public PostgresOpenSpiralDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOpenSpiralDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
