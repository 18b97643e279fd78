using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RankingService;

/// <summary>The request pipeline of the POST endpoints: bounded body, strict JSON, the work, problems for bad input.</summary>
internal static class Endpoints
{
    /// <summary>The status written when the client went away before the answer (nginx's "client closed request").</summary>
    public const int ClientClosedRequest = 499;

    private static readonly JsonTypeInfo<Problem> ProblemInfo = ServiceJson.Info<Problem>();

    /// <summary>Reads the request, does the work with the request's abort token, and writes the answer or the problem.</summary>
    public static async Task Handle<TRequest, TResponse>(
        HttpContext context, JsonTypeInfo<TRequest> requestInfo, Func<TRequest, CancellationToken, TResponse> work, JsonTypeInfo<TResponse> responseInfo)
    {
        var cancellationToken = context.RequestAborted;
        try
        {
            TResponse response;
            using (var body = await RequestBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false))
            {
                var request = JsonSerializer.Deserialize(body.Span, requestInfo)
                    ?? throw new ProblemException(Problems.BadRequest("The request body must be a JSON object; it was null.", path: "$"));
                cancellationToken.ThrowIfCancellationRequested();
                response = work(request, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, response, responseInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client is gone: the work stopped at the next check; nobody reads an answer.
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
        catch (ProblemException ex)
        {
            await WriteProblemAsync(context, ex.Problem).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            await WriteProblemAsync(context, Problems.FromJson(ex)).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            await WriteProblemAsync(context, Problems.FromArgument(ex)).ConfigureAwait(false);
        }
        catch (FormatException ex)
        {
            await WriteProblemAsync(context, Problems.BadRequest(ex.Message)).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a problem document with its status.</summary>
    public static async Task WriteProblemAsync(HttpContext context, Problem problem)
    {
        context.Response.StatusCode = problem.Status;
        context.Response.ContentType = Problems.ContentType;
        await JsonSerializer.SerializeAsync(context.Response.Body, problem, ProblemInfo, context.RequestAborted).ConfigureAwait(false);
    }
}
