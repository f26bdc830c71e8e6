using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria.Import;

namespace OpenSpiral.Bench;

/// <summary>
/// Issue 6, point 2: the peak memory of reading and checking an XLSX file (the preview, which reads
/// exactly as the import does) for files of growing size, each against the smallest measured in the
/// same run; then a zip bomb of shared strings, which must be refused within the same memory.
/// </summary>
internal static class XlsxMemoryBenchmark
{
    public static async Task RunAsync(Func<OpenSpiralDbContext> create, int territoryId, int rows)
    {
        await using var db = create();
        var groups = await db.Groups.Where(g => g.TerritoryId == territoryId).Select(g => g.Name).ToListAsync();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"XLSX preview peak memory, up to {rows:N0} rows, every text different (so the shared strings grow with the file)"));
        Console.WriteLine();
        Console.WriteLine("| file | rows | size | shared strings uncompressed | peak managed heap above start | ratio to the smallest | time (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        double? baseline = null;
        foreach (var count in new[] { rows / 20, rows / 4, rows })
        {
            var path = Write(count, groups, out var sharedBytes);
            var (ms, peak, outcome) = await MeasureAsync(create, territoryId, path);
            baseline ??= Math.Max(peak, 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| generated | {count:N0} | {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MiB | {sharedBytes / 1024.0 / 1024.0:F0} MiB | {peak / 1024.0 / 1024.0:F1} MiB | {peak / baseline.Value:F2}x | {ms:F0} ({outcome}) |"));
            File.Delete(path);
        }

        var bomb = WriteBomb(300, out var bombShared);
        var (bombMs, bombPeak, bombOutcome) = await MeasureAsync(create, territoryId, bomb);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| zip bomb | 1 | {new FileInfo(bomb).Length / 1024.0:F0} KiB | {bombShared / 1024.0 / 1024.0:F0} MiB | {bombPeak / 1024.0 / 1024.0:F1} MiB | {bombPeak / baseline!.Value:F2}x | {bombMs:F0} ({bombOutcome}) |"));
        File.Delete(bomb);
    }

    private static async Task<(double Ms, long Peak, string Outcome)> MeasureAsync(Func<OpenSpiralDbContext> create, int territoryId, string path)
    {
        ImportPreview? preview = null;
        var (ms, peak, _) = await Measure.MemoryAsync(async () =>
        {
            await using var db = create();
            preview = await new CriteriaImportService(db, TimeProvider.System).PreviewAsync(territoryId, path, CriteriaFileFormat.Xlsx, null, CancellationToken.None);
        });
        var outcome = preview!.CanImport ? "read" : $"refused: {preview.Problems.Listed[0].Describe(new EnglishText())}";
        return (ms, peak, outcome);
    }

    private static string Write(int count, List<string> groups, out long sharedBytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"openspiral-xlsx-bench-{Guid.NewGuid():N}.xlsx");
        var random = new Random(2026);
        var words = "avoir un travail stable des amis près de chez soi le bus le soir se sentir utile la santé un logement digne pas de bruit la nuit".Split(' ');
        long shared = 0;
        Package(path, strings =>
        {
            // Texts first (index = row), then the group names and questions after them.
            var text = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                text.Clear().Append(CultureInfo.InvariantCulture, $"{i} ");
                for (var w = 4 + random.Next(14); w > 0; w--)
                {
                    text.Append(words[random.Next(words.Length)]).Append(' ');
                }

                shared += Item(strings, text.ToString());
            }

            foreach (var name in groups.Concat(["Q1", "Q2", "Q3", "group", "question", "text", "language", "component"]))
            {
                shared += Item(strings, name);
            }
        }, sheet =>
        {
            var header = count + groups.Count + 3;
            sheet.Write("<row r=\"1\">");
            for (var c = 0; c < 5; c++)
            {
                sheet.Write($"<c r=\"{(char)('A' + c)}1\" t=\"s\"><v>{header + c}</v></c>");
            }

            sheet.Write("</row>");
            for (var i = 0; i < count; i++)
            {
                var line = i + 2;
                sheet.Write($"<row r=\"{line}\"><c r=\"A{line}\" t=\"s\"><v>{count + (i % groups.Count)}</v></c><c r=\"B{line}\" t=\"s\"><v>{count + groups.Count + (i % 3)}</v></c><c r=\"C{line}\" t=\"s\"><v>{i}</v></c></row>");
            }
        });
        sharedBytes = shared;
        return path;
    }

    private static string WriteBomb(int megabytes, out long sharedBytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"openspiral-xlsx-bomb-{Guid.NewGuid():N}.xlsx");
        long shared = 0;
        Package(path, strings =>
        {
            var item = new string('x', 1000);
            while (shared < megabytes * 1024L * 1024)
            {
                shared += Item(strings, item);
            }
        }, sheet => sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
        sharedBytes = shared;
        return path;
    }

    private static int Item(TextWriter strings, string text)
    {
        var item = $"<si><t>{SecurityElement.Escape(text)}</t></si>";
        strings.Write(item);
        return item.Length;
    }

    private static void Package(string path, Action<TextWriter> writeStrings, Action<TextWriter> writeRows)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        void Part(string name, Action<TextWriter> write)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
            write(writer);
        }

        Part("[Content_Types].xml", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
        Part("_rels/.rels", w => w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{Rels}\"><Relationship Id=\"rId1\" Type=\"{Office}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Part("xl/workbook.xml", w => w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Office}\"><sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        Part("xl/_rels/workbook.xml.rels", w => w.Write(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{Rels}\"><Relationship Id=\"rId1\" Type=\"{Office}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            $"<Relationship Id=\"rId2\" Type=\"{Office}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        Part("xl/sharedStrings.xml", w =>
        {
            w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
            writeStrings(w);
            w.Write("</sst>");
        });
        Part("xl/worksheets/sheet1.xml", w =>
        {
            w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
            writeRows(w);
            w.Write("</sheetData></worksheet>");
        });
    }

    // The problems in English, for the table.
    private sealed class EnglishText : Microsoft.Extensions.Localization.IStringLocalizer
    {
        public Microsoft.Extensions.Localization.LocalizedString this[string name] => new(name, name);

        public Microsoft.Extensions.Localization.LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<Microsoft.Extensions.Localization.LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
