using Spectre.Console;

namespace Statistico.Testing;

/// <summary>A plain, wide, non-interactive Spectre console writing to a string, so tests can read what the command printed.</summary>
public sealed class ConsoleCapture : IDisposable
{
    private readonly StringWriter _writer = new();

    public ConsoleCapture()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = 200;
    }

    public IAnsiConsole Console { get; }

    public string Text => _writer.ToString();

    public void Dispose() => _writer.Dispose();
}
