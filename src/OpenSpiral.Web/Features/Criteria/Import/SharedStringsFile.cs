using System.Text;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// A workbook's shared strings, kept in a temporary file rather than in memory: only their offsets
/// stay in memory (8 bytes a string), so that reading a workbook takes the same memory whatever its texts.
/// </summary>
internal sealed class SharedStringsFile : IDisposable
{
    private readonly FileStream _file = new(
        Path.Combine(Path.GetTempPath(), $"openspiral-strings-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    private readonly List<long> _offsets = [];
    private readonly BinaryWriter _writer;
    private readonly BinaryReader _reader;
    private bool _reading;

    public SharedStringsFile()
    {
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
        _reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
    }

    public int Count => _offsets.Count;

    public void Add(string text)
    {
        _offsets.Add(_file.Position);
        _writer.Write(text);
    }

    public string this[int index]
    {
        get
        {
            if (!_reading)
            {
                _writer.Flush();
                _reading = true;
            }

            _file.Position = _offsets[index];
            return _reader.ReadString();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _reader.Dispose();
        _file.Dispose();
    }
}
