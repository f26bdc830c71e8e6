using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using OpenSpiral.Web.Infrastructure.Text;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// One pass over a criteria file: checks the header, then each row, and yields the good rows one by
/// one while every problem goes to <see cref="Problems"/>. Nothing is kept but the problems listed.
/// </summary>
public sealed partial class CriteriaFileScan(ImportCatalogue catalogue)
{
    public ImportProblems Problems { get; } = new();

    /// <summary>Data rows read so far (good or not).</summary>
    public int RowCount { get; private set; }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    public IEnumerable<ImportedCriterion> Read(Stream stream, CriteriaFileFormat format)
    {
        using var rows = Rows(stream, format).GetEnumerator();
        if (!rows.MoveNext())
        {
            // An unreadable file has said why already.
            if (Problems.Any)
            {
                yield break;
            }

            Problems.Add(null, l => l["The file is empty: its first row must be the header {0}.", string.Join(",", CriteriaFile.Columns)]);
            yield break;
        }

        if (!CheckHeader(rows.Current))
        {
            yield break;
        }

        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++RowCount > CriteriaFile.MaxRows)
            {
                Problems.Add(row.Line, l => l["The file has more than {0} criteria: split it into several files.", CriteriaFile.MaxRows.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
                RowCount--;
                yield break;
            }

            if (Check(row) is { } criterion)
            {
                yield return criterion;
            }
        }

        if (RowCount == 0 && !Problems.Any)
        {
            Problems.Add(null, l => l["The file has no criteria under its header."]);
        }
    }

    // Turns an unreadable file into a problem at the line where reading stopped.
    private IEnumerable<CriteriaFileRow> Rows(Stream stream, CriteriaFileFormat format)
    {
        using var rows = CriteriaFile.ReadRows(stream, format).GetEnumerator();
        while (true)
        {
            UnreadableFileException? failure = null;
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (UnreadableFileException e)
            {
                failure = e;
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or FileFormatException)
            {
                failure = new UnreadableFileException(null, l => l["The file is not an XLSX workbook."], e);
            }

            if (failure is not null)
            {
                Problems.Add(failure.Line, failure.Describe);
                yield break;
            }

            yield return rows.Current;
        }
    }

    private bool CheckHeader(CriteriaFileRow header)
    {
        var names = header.Values.Select(v => v.Trim()).ToList();
        while (names.Count > 0 && names[^1].Length == 0)
        {
            names.RemoveAt(names.Count - 1);
        }

        if (names.SequenceEqual(CriteriaFile.Columns, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var line = header.Line;
        var missing = CriteriaFile.Columns.Except(names, StringComparer.OrdinalIgnoreCase).ToList();
        var extra = names.Except(CriteriaFile.Columns, StringComparer.OrdinalIgnoreCase).Select(n => n.Length == 0 ? "\"\"" : n).ToList();
        if (missing.Count > 0)
        {
            Problems.Add(line, l => l["Missing columns: {0}.", string.Join(", ", missing)]);
        }

        if (extra.Count > 0)
        {
            Problems.Add(line, l => l["Unknown columns: {0}.", string.Join(", ", extra)]);
        }

        Problems.Add(line, l => l["The first row must be exactly {0}.", string.Join(",", CriteriaFile.Columns)]);
        return false;
    }

    private ImportedCriterion? Check(CriteriaFileRow row)
    {
        var line = row.Line;
        var values = row.Values;
        var count = values.Count;
        while (count > CriteriaFile.Columns.Count && string.IsNullOrWhiteSpace(values[count - 1]))
        {
            count--;
        }

        // Language and component may be left out at the end of a row; anything else is a shifted row.
        if (count is < 3 or > 5)
        {
            Problems.Add(line, l => l["Expected 5 values (group, question, text, language, component), found {0}.", count]);
            return null;
        }

        // Cells lose what the databases cannot store, as typed text does.
        string Cell(int index) => StorableText.Clean(values[index]).Trim();

        var before = Problems.Total;
        var groupName = Cell(0);
        var group = groupName.Length == 0 ? null : catalogue.FindGroup(groupName);
        if (groupName.Length == 0)
        {
            Problems.Add(line, l => l["The group is missing."]);
        }
        else if (group is null)
        {
            Problems.Add(line, l => l["Unknown group '{0}'.", groupName]);
        }

        var questionValue = Cell(1);
        Question? question = questionValue.ToUpperInvariant() switch
        {
            "Q1" => Question.Q1,
            "Q2" => Question.Q2,
            "Q3" => Question.Q3,
            "Q4" => Question.Q4,
            _ => null,
        };
        if (question is null)
        {
            Problems.Add(line, l => l["Unknown question '{0}': use Q1, Q2, Q3 or Q4.", questionValue]);
        }

        var text = Cell(2);
        if (text.Length == 0)
        {
            Problems.Add(line, l => l["The text is empty."]);
        }
        else if (text.Length > Criterion.MaxTextLength)
        {
            Problems.Add(line, l => l["The text has {0} characters; at most {1} are allowed.", text.Length, Criterion.MaxTextLength]);
        }

        var language = count > 3 ? Cell(3).ToLowerInvariant() : "";
        if (language.Length > 0 && !LanguageCode().IsMatch(language))
        {
            Problems.Add(line, l => l["'{0}' is not a language code such as en or fr.", language]);
        }

        var code = count > 4 ? Cell(4).ToUpperInvariant() : "";
        int? componentId = null;
        if (code.Length > 0 && (componentId = catalogue.FindComponent(code)) is null)
        {
            Problems.Add(line, l => l["Unknown component '{0}' in the current grid.", code]);
        }

        return Problems.Total > before
            ? null
            : new ImportedCriterion(line, group!, question!.Value, text, language.Length > 0 ? language : group!.Language, componentId, code.Length > 0 ? code : null);
    }
}
