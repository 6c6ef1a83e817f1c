using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Remediator.Cli.Hosting;
using Remediator.Events;

namespace Remediator.Cli.Worlds;

/// <summary>
/// Reads one describe-* output file into its resources. A file may hold one page, as the AWS CLI prints it
/// (it pages through on its own); a JSON array of pages; or pages written one after the other, which is
/// what appending each <c>--starting-token</c> call's output with <c>&gt;&gt;</c> leaves. <c>NextToken</c> and
/// fields Remediator does not use are ignored.
/// </summary>
internal static class PagedJsonFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static List<WorldItem<T>> ReadItems<TPage, T>(
        string folder, WorldFile file, JsonTypeInfo<TPage> pageType, Func<TPage, IReadOnlyList<T?>?> items)
        where T : class
    {
        var path = Path.Combine(folder, file.Name);
        var pages = Pages(path, file);
        var result = new List<WorldItem<T>>();
        for (var number = 1; number <= pages.Count; number++)
        {
            var where = pages.Count == 1 ? "" : $"page {number}: ";
            var page = Deserialize(pages[number - 1], pageType, path, where);
            var list = items(page) ?? throw new BadInputException(
                $"{path}: {where}{file.ListName} is missing; expected the output of `{file.Export}`.");
            for (var i = 0; i < list.Count; i++)
            {
                result.Add(new WorldItem<T>(
                    list[i] ?? throw new BadInputException($"{path}: {where}{file.ListName}[{i}] is null."),
                    path,
                    $"{where}{file.ListName}[{i}]"));
            }
        }

        return result;
    }

    /// <summary>Every page object of the file, in order.</summary>
    public static List<JsonElement> Pages(string path, WorldFile file)
    {
        var bytes = ReadBytes(path, file);
        var reader = new Utf8JsonReader(bytes.AsSpan().StartsWith(Utf8Bom) ? bytes.AsSpan(Utf8Bom.Length) : bytes, new JsonReaderOptions { AllowMultipleValues = true });
        var pages = new List<JsonElement>();
        try
        {
            while (reader.Read())
            {
                using var document = JsonDocument.ParseValue(ref reader);
                var root = document.RootElement;
                IEnumerable<JsonElement> values = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : [root];
                foreach (var page in values)
                {
                    pages.Add(page.ValueKind == JsonValueKind.Object
                        ? page.Clone()
                        : throw new BadInputException($"{path}: page {pages.Count + 1} is {Describe(page)}, not an object; expected the output of `{file.Export}`."));
                }
            }
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path}: is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).", e);
        }

        return pages.Count > 0 ? pages : throw new BadInputException($"{path}: is empty; expected the output of `{file.Export}`.");
    }

    private static byte[] ReadBytes(string path, WorldFile file)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException e)
        {
            throw new BadInputException($"{path}: no such file; make it with `{file.Export}`.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    private static TPage Deserialize<TPage>(JsonElement page, JsonTypeInfo<TPage> type, string path, string where)
    {
        try
        {
            return page.Deserialize(type) ?? throw new BadInputException($"{path}: {where}the page is null.");
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } jsonPath ? jsonPath[2..] : "the page";
            var problem = JsonFieldPath.Find(page, field) switch
            {
                { ValueKind: JsonValueKind.String } text when !JsonText.IsText(text) => JsonText.NotText,
                _ when !JsonText.NamesAreText(page) => JsonText.NameNotText,
                { } value => $"has the wrong type: found {Describe(value)}",
                null => "has the wrong type: found a value of another type",
            };
            throw new BadInputException($"{path}: {where}{field} {problem}.", e);
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
