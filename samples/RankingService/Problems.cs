using System.Text.Json;

namespace RankingService;

/// <summary>A request the service refuses, with the problem to answer (see <see cref="Problems"/>).</summary>
internal sealed class ProblemException : Exception
{
    public ProblemException()
        : this(Problems.BadRequest("The request was refused."))
    {
    }

    public ProblemException(string message)
        : this(Problems.BadRequest(message))
    {
    }

    public ProblemException(string message, Exception innerException)
        : base(message, innerException) => Problem = Problems.BadRequest(message);

    public ProblemException(Problem problem)
        : base(problem?.Detail) => Problem = problem ?? throw new ArgumentNullException(nameof(problem));

    public Problem Problem { get; }
}

/// <summary>The service's problem documents (RFC 9457, <c>application/problem+json</c>).</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>A 400 for a broken rule: the library's message, the argument it names and the JSON path.</summary>
    public static Problem BadRequest(string detail, string? argument = null, string? path = null, long? limit = null) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = "The request breaks a rule.",
        Status = StatusCodes.Status400BadRequest,
        Detail = detail,
        Argument = argument,
        Path = path,
        Limit = limit,
    };

    /// <summary>A 413 for a body over the limit.</summary>
    public static Problem TooLarge(long? declared) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        Title = "The request body is too large.",
        Status = StatusCodes.Status413PayloadTooLarge,
        Detail = declared is { } length
            ? $"The request body must not exceed {ServiceLimits.MaxBodyBytes} bytes; it declared {length}."
            : $"The request body must not exceed {ServiceLimits.MaxBodyBytes} bytes; it was longer.",
        Limit = ServiceLimits.MaxBodyBytes,
    };

    /// <summary>A request member that must be present.</summary>
    public static ProblemException Required(string argument, string path, string what) =>
        new(BadRequest($"The {what} must be given; it was missing.", argument, path));

    /// <summary>A 400 for JSON the service or the library could not read, with its path.</summary>
    public static Problem FromJson(JsonException exception) =>
        BadRequest(exception.Message, ArgumentOf(exception.InnerException), exception.Path);

    /// <summary>A 400 carrying a library rule's message and the argument it names.</summary>
    public static Problem FromArgument(ArgumentException exception, string? path = null) =>
        BadRequest(MessageOf(exception), exception.ParamName, path);

    /// <summary>The library's message without the " (Parameter 'x')" the runtime appends; the argument is given apart.</summary>
    public static string MessageOf(Exception exception)
    {
        var message = exception.Message;
        if (exception is ArgumentException { ParamName: { } name })
        {
            var suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                return message[..^suffix.Length];
            }
        }

        return message;
    }

    private static string? ArgumentOf(Exception? inner) => inner is ArgumentException argument ? argument.ParamName : null;
}
