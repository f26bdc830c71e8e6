namespace OpenSpiral.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
