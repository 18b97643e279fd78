using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PublicSecurity.Stats.Tool.Outputs;

/// <summary>
/// Shows the progress of long work (rows read, rate, time left when the total is known) on standard error with
/// Spectre.Console, only when standard error is a terminal and the work takes longer than
/// <see cref="ToolConsole.ProgressDelay"/>; otherwise shows nothing. Standard output is never touched.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs work that reports the rows read so far, showing its progress if it is long.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="console">The console (its standard error and terminal flag).</param>
    /// <param name="description">What is read, for example the file name.</param>
    /// <param name="total">The number of rows when known (or estimated), else null.</param>
    /// <param name="work">The work, given where to report the rows read.</param>
    /// <returns>The work's result.</returns>
    public static async Task<T> RunAsync<T>(ToolConsole console, string description, long? total, Func<IProgress<long>, Task<T>> work)
    {
        var rows = new RowCount();
        var task = Task.Run(() => work(rows));
        if (!console.ErrorIsTerminal)
        {
            return await task.ConfigureAwait(false);
        }

        if (await Task.WhenAny(task, Task.Delay(console.ProgressDelay)).ConfigureAwait(false) == task)
        {
            return await task.ConfigureAwait(false);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(console.Error),
        });
        var columns = new List<ProgressColumn> { new TaskDescriptionColumn(), new RowsColumn(rows) };
        if (total is > 0)
        {
            columns.Insert(1, new ProgressBarColumn());
            columns.Add(new RemainingTimeColumn());
        }
        else
        {
            columns.Insert(1, new SpinnerColumn());
        }

        await terminal.Progress().AutoClear(true).Columns([.. columns]).StartAsync(async context =>
        {
            var item = context.AddTask(Markup.Escape(Path.GetFileName(description)), maxValue: total is > 0 ? total.Value : 1);
            item.IsIndeterminate = total is not > 0;
            context.Refresh();
            while (!task.IsCompleted)
            {
                if (total is > 0)
                {
                    item.Value = Math.Min(rows.Value, total.Value);
                }

                context.Refresh();
                await Task.WhenAny(task, Task.Delay(100)).ConfigureAwait(false);
            }

            item.Value = item.MaxValue;
            item.StopTask();
        }).ConfigureAwait(false);
        return await task.ConfigureAwait(false);
    }

    private sealed class RowCount : IProgress<long>
    {
        private long value;

        public long Value => Interlocked.Read(ref value);

        public void Report(long value) => Interlocked.Exchange(ref this.value, value);
    }

    /// <summary>The rows read and the rate: "1,234,567 rows, 456,789/s".</summary>
    private sealed class RowsColumn(RowCount rows) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var read = rows.Value;
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            var rate = seconds > 0 ? ", " + (read / seconds).ToString("N0", CultureInfo.InvariantCulture) + "/s" : string.Empty;
            return new Spectre.Console.Text(string.Create(CultureInfo.InvariantCulture, $"{read:N0} rows{rate}"));
        }
    }
}
