using System.IO.Pipelines;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>
/// Writes a whole dataset to a response as it is read from the database: rows go out in small flushes,
/// so an export of the whole network never sits in memory. JSON is an object with the licence and the
/// rows in <c>items</c>; a CSV is one header line and one line per row, its licence in the
/// <c>Link: rel="license"</c> header and in <c>/open-data/licence.txt</c>.
/// </summary>
public sealed class OpenDataWriter(OpenDataService data, IOptions<JsonOptions> json, TimeProvider clock)
{
    private const int RowsPerFlush = 500;

    // A spreadsheet would run a text starting with these as a formula.
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@",
    };

    /// <summary>Writes into the response's pipe: each flush of the JSON writer only fills the pipe's buffer, and the pipe sends it asynchronously.</summary>
    public async Task WriteJsonAsync(string dataset, string licence, PipeWriter output, CancellationToken cancellationToken)
    {
        var options = json.Value.SerializerOptions;
        await using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("dataset", dataset);
        writer.WriteString("licence", licence);
        writer.WriteString("licenceUrl", OpenDataLicences.Url(licence));
        writer.WriteString("generatedAt", clock.GetUtcNow().UtcDateTime);
        writer.WriteStartArray("items");
        var count = 0;
        await foreach (var row in data.ReadAsync(dataset, cancellationToken))
        {
            JsonSerializer.Serialize(writer, row, row.GetType(), options);
            if (++count % RowsPerFlush == 0)
            {
                writer.Flush();
                await output.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>A comma-separated file whatever the reader's language: the files are for programs as much as for spreadsheets.</summary>
    public async Task WriteCsvAsync(string dataset, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, CsvFormat.Comma.Options(CsvOptions), leaveOpen: true);
        await WriteRecordAsync(csv, OpenDataService.ColumnsOf(dataset), cancellationToken);
        var count = 0;
        await foreach (var row in data.ReadAsync(dataset, cancellationToken))
        {
            await WriteRecordAsync(csv, row.CsvValues(), cancellationToken);
            if (++count % RowsPerFlush == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteRecordAsync(CsvWriter csv, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        foreach (var value in values)
        {
            csv.WriteField(value);
        }

        await csv.EndRecordAsync(cancellationToken);
    }
}
