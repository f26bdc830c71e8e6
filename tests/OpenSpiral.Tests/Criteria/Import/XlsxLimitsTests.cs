using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria.Import;

namespace OpenSpiral.Tests.Criteria.Import;

/// <summary>
/// A workbook is refused, with a message naming the limit, as soon as it would expand past what
/// post-its need; the memory of the import does not follow what the file claims to hold.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class XlsxLimitsTests(OpenSpiralApplication app)
{
    private static readonly char Space = '\u202f';

    [Fact]
    public async Task A_zip_bomb_of_shared_strings_is_refused_before_it_expands()
    {
        // 300 MB of shared strings in a few hundred kilobytes.
        var bomb = XlsxBombs.Workbook(XlsxBombs.RepeatedStrings(300));
        Assert.InRange(bomb.Length, 1, 1024 * 1024);

        var (messages, allocated) = await RefusedAsync(bomb);

        Assert.Equal(["Le classeur dépasse 256 Mo une fois décompressé\u00A0: enregistrez les critères seuls dans un nouveau classeur, ou répartissez-les en plusieurs fichiers."], messages);
        Assert.InRange(allocated, 0, 64L * 1024 * 1024);
    }

    [Fact]
    public async Task A_workbook_lying_about_its_sizes_is_refused_without_expanding()
    {
        // Each part claims 1,000 bytes: the real count, while decompressing, stops at the first byte too many.
        var bomb = XlsxBombs.LyingAboutSizes(XlsxBombs.Workbook(XlsxBombs.RepeatedStrings(300)), 1000);

        var (messages, allocated) = await RefusedAsync(bomb);

        Assert.Equal(["Le fichier n'est pas un classeur XLSX."], messages);
        Assert.InRange(allocated, 0, 64L * 1024 * 1024);
    }

    [Fact]
    public async Task Too_many_different_texts_are_refused_naming_the_limit()
    {
        var file = XlsxBombs.Workbook(w =>
        {
            for (var i = 0; i <= XlsxLimits.MaxSharedStrings; i++)
            {
                w.Write("<si><t/></si>");
            }
        });

        var (messages, _) = await RefusedAsync(file);

        Assert.Equal([$"Le classeur contient plus de 1{Space}000{Space}000 textes différents\u00A0: répartissez-le en plusieurs fichiers."], messages);
    }

    [Fact]
    public async Task Texts_too_long_in_all_are_refused_naming_the_limit()
    {
        var file = XlsxBombs.Workbook(w =>
        {
            var item = "<si><t>" + new string('x', 30_000) + "</t></si>";
            for (var i = 0; i < 2_200; i++)
            {
                w.Write(item);
            }
        });

        var (messages, _) = await RefusedAsync(file);

        Assert.Equal([$"Les textes du classeur dépassent 64{Space}000{Space}000 caractères au total\u00A0: répartissez-le en plusieurs fichiers."], messages);
    }

    [Theory]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{long}</t></is></c></row>", "line 1", "Une cellule dépasse 32{space}767 caractères.")]
    [InlineData("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", "line 1", "Une cellule se trouve au-delà de la colonne XFD, la dernière d'une feuille.")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>0</v></c><c r=\"D1\" t=\"s\"><v>0</v></c><c r=\"E1\" t=\"s\"><v>0</v></c><c r=\"F1\" t=\"s\"><v>0</v></c><c r=\"G1\" t=\"s\"><v>0</v></c><c r=\"H1\" t=\"s\"><v>0</v></c><c r=\"I1\" t=\"s\"><v>0</v></c></row>", "line 1", "La ligne dépasse 262{space}136 caractères.")]
    [InlineData("{rows}", "line 400001", "La feuille a plus de 400{space}000 lignes\u00A0: répartissez-la en plusieurs fichiers.")]
    public async Task A_worksheet_past_a_limit_is_refused_naming_it(string rows, string key, string message)
    {
        var file = XlsxBombs.Workbook(
            w => w.Write("<si><t>" + new string('y', 32_000) + "</t></si>"),
            w =>
            {
                if (rows == "{rows}")
                {
                    // A good header, then blank rows: the scan skips them, the reader still counts them.
                    w.Write("<row r=\"1\">" + string.Concat(CriteriaFiles.Header.Split(',').Select((name, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{name}</t></is></c>")) + "</row>");
                    for (var i = 2; i <= XlsxLimits.MaxWorksheetRows + 1; i++)
                    {
                        w.Write($"<row r=\"{i}\"/>");
                    }
                }
                else
                {
                    w.Write(rows.Replace("{long}", new string('z', XlsxLimits.MaxCellCharacters + 1), StringComparison.Ordinal));
                }
            });

        var (messages, _) = await RefusedAsync(file, key);

        Assert.Equal([message.Replace("{space}", Space.ToString(), StringComparison.Ordinal)], messages);
    }

    // Imports the file through the API in French; answers the messages under "file" (or key) and the bytes the process allocated meanwhile.
    private async Task<(List<string?> Messages, long Allocated)> RefusedAsync(byte[] file, string key = "file")
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, file, "bombe.xlsx", "fr");

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var body = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("errors").TryGetProperty(key, out _), body.ToString());
        Assert.Equal(0, await territory.CountCriteriaAsync(app));
        return ([.. body.GetProperty("errors").GetProperty(key).EnumerateArray().Select(e => e.GetString())], allocated);
    }
}
