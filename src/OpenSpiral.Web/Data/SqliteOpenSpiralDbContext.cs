using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Web.Data;

public sealed class SqliteOpenSpiralDbContext(DbContextOptions<SqliteOpenSpiralDbContext> options) : OpenSpiralDbContext(options);
