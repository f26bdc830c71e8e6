using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Web.Data;

public sealed class PostgresOpenSpiralDbContext(DbContextOptions<PostgresOpenSpiralDbContext> options) : OpenSpiralDbContext(options);
