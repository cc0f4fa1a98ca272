using Spectre.Console;

namespace Statistico.Cli.Status;

/// <summary>
/// One invocation of <c>statistico status</c>: reads the platform once or every interval until stopped, and writes a
/// table (redrawn in place on a terminal, printed anew each time otherwise) or JSON. Returns the last read's exit code.
/// </summary>
internal sealed class StatusRun(IAnsiConsole console, StatusReader reader, IReadOnlyList<(StatusTarget, Uri)> targets, TimeSpan interval)
{
    public async Task<int> JsonAsync(bool once, CancellationToken cancellationToken)
    {
        var last = 1;
        try
        {
            do
            {
                var status = await reader.ReadAsync(targets, cancellationToken).ConfigureAwait(false);
                // Straight to the output: the console would wrap long lines at its width and break the JSON.
                await console.Profile.Out.Writer.WriteLineAsync(StatusJson.Write(status, indented: once)).ConfigureAwait(false);
                await console.Profile.Out.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                last = status.ExitCode;
            }
            while (!once && await WaitAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the last read stands.
        }

        return last;
    }

    public async Task<int> TableAsync(bool once, CancellationToken cancellationToken)
    {
        var status = await reader.ReadAsync(targets, cancellationToken).ConfigureAwait(false);
        if (once || !console.Profile.Capabilities.Ansi)
        {
            console.Write(StatusTable.Render(status));
            return once ? status.ExitCode : await PrintEachAsync(status.ExitCode, cancellationToken).ConfigureAwait(false);
        }

        var last = status.ExitCode;
        try
        {
            // Taller than the terminal, the display is cut: at the bottom, so the world clock and the first stages stay in
            // view (Spectre cuts the top by default, and the world clock went first).
            var display = console.Live(StatusTable.Render(status));
            display.Overflow = VerticalOverflow.Ellipsis;
            display.Cropping = VerticalOverflowCropping.Bottom;
            await display.StartAsync(async live =>
            {
                // The live display draws only when refreshed: without this the first read stayed off screen for an interval.
                live.Refresh();
                while (await WaitAsync(cancellationToken).ConfigureAwait(false))
                {
                    var next = await reader.ReadAsync(targets, cancellationToken).ConfigureAwait(false);
                    last = next.ExitCode;
                    live.UpdateTarget(StatusTable.Render(next));
                    live.Refresh();
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the table stays on screen with the last read.
        }

        return last;
    }

    /// <summary>Without a terminal to redraw on (output piped to a file), each read is printed below the last.</summary>
    private async Task<int> PrintEachAsync(int last, CancellationToken cancellationToken)
    {
        try
        {
            while (await WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                var status = await reader.ReadAsync(targets, cancellationToken).ConfigureAwait(false);
                console.WriteLine();
                console.Write(StatusTable.Render(status));
                last = status.ExitCode;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C.
        }

        return last;
    }

    private async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
