// One visible error banner for the page. Each part of the page reports under its own name, so a later success of
// one part clears only its own message and never hides another part's failure.

const messages = new Map<string, string>();

export function reportError(source: string, error: unknown): void {
  if (error instanceof Error && error.name === 'AbortError') return;
  const text = error instanceof Error ? error.message : String(error);
  messages.set(source, text);
  render();
}

export function clearError(source: string): void {
  if (messages.delete(source)) render();
}

export function clearAllErrors(): void {
  messages.clear();
  render();
}

function render(): void {
  const banner = document.getElementById('error');
  if (!banner) return;
  banner.replaceChildren(...[...messages].map(([source, text]) => {
    const line = document.createElement('div');
    line.textContent = `${source}: ${text}`;
    return line;
  }));
  banner.hidden = messages.size === 0;
}
