namespace OpenSpiral.Tests.Suggestions;

public sealed class ReykjavikDatasetTests
{
    [Fact]
    public void A_missing_data_folder_names_the_files_it_lacks_where_to_get_them_and_where_to_put_them()
    {
        var folder = Path.Combine(Path.GetTempPath(), "openspiral-reykjavik-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "train.csv"), "2,\"text\"");

            var error = Assert.Throws<FileNotFoundException>(() => ReykjavikDataset.Read(folder, "train.csv"));

            Assert.Equal(
                $"The Better Reykjavik dataset is missing: test.csv not found in {folder}. "
                + "Copy train.csv and test.csv (no header, lines such as 2,\"text\") from github.com/CitizensFoundation/your-priorities-app, "
                + "server_api/src/services/engine/old/exporters/datasets/better_reykjavik/categories/ at commit ac7096a5863d81a1e19eda096bf8a2bd3d6612c7, "
                + "into shared/data/reykjavik beside the repository, or set OPENSPIRAL_REYKJAVIK_DATA to the folder that holds them.",
                error.Message);
            Assert.StartsWith($"The Better Reykjavik dataset is missing: train.csv and test.csv not found in {folder}-none. ", ReykjavikDataset.Missing(folder + "-none"), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "test.csv"), "13,\"other\"");
            Assert.Equal([new ReykjavikDataset.Idea("R02", "text")], ReykjavikDataset.Read(folder, "train.csv"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
