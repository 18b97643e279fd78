using System.Buffers;

namespace RankingService;

/// <summary>Reads a request body into memory, at most <see cref="ServiceLimits.MaxBodyBytes"/> bytes, declared or chunked.</summary>
/// <remarks>
/// The limit is the service's own (Kestrel's MaxRequestBodySize is set to the same value in Program.cs as a second
/// guard), so that it holds the same way in memory (the tests' TestServer) and on Kestrel: a declared Content-Length
/// over the limit is refused before reading, and a chunked body is refused as soon as it passes the limit.
/// </remarks>
internal sealed class RequestBody : IDisposable
{
    private byte[] buffer;

    private RequestBody(byte[] buffer, int length) => (this.buffer, Length) = (buffer, length);

    public int Length { get; }

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    public static async Task<RequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > ServiceLimits.MaxBodyBytes)
        {
            throw new ProblemException(Problems.TooLarge(request.ContentLength));
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, ServiceLimits.MaxBodyBytes) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > ServiceLimits.MaxBodyBytes)
                    {
                        throw new ProblemException(Problems.TooLarge(null));
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, ServiceLimits.MaxBodyBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read;
                try
                {
                    read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                }
                catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    // Kestrel's own limit (the same value) fired first on a chunked body: the same problem document.
                    throw new ProblemException(Problems.TooLarge(null));
                }

                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > ServiceLimits.MaxBodyBytes)
                {
                    throw new ProblemException(Problems.TooLarge(null));
                }
            }

            return new RequestBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }
}
