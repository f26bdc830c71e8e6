using Microsoft.Net.Http.Headers;

namespace OpenSpiral.Web.Infrastructure.Text;

/// <summary>
/// ASP.NET Core refuses a whole url-encoded form holding an encoded NUL ("%00") as a bad request,
/// so the visitor loses everything typed. Removing it first lets the form go through and be made
/// storable like any other text (see <see cref="StorableText"/>). Forms are small; a larger body is left as it is.
/// </summary>
public static class EncodedNulMiddleware
{
    private const long MaxRewrittenBytes = 1024 * 1024;

    // Set once the body is rewritten: an error page re-executes the pipeline on the same, already read, request.
    private static readonly object Rewritten = new();

    public static IApplicationBuilder UseStorableFormText(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!context.Items.ContainsKey(Rewritten)
            && request.ContentLength is > 0 and <= MaxRewrittenBytes
            && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var body = new byte[request.ContentLength.Value];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted);
            var length = RemoveEncodedNul(body);
            request.Body = new MemoryStream(body, 0, length, writable: false);
            request.ContentLength = length;
            context.Items[Rewritten] = true;
        }

        await next(context);
    });

    // Shifts the bytes over each "%00" in place; answers the new length.
    private static int RemoveEncodedNul(byte[] body)
    {
        var written = 0;
        for (var read = 0; read < body.Length; read++)
        {
            if (body[read] == '%' && read + 2 < body.Length && body[read + 1] == '0' && body[read + 2] == '0')
            {
                read += 2;
                continue;
            }

            body[written++] = body[read];
        }

        return written;
    }
}
