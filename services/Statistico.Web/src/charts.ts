// uPlot wrappers: one line chart shape for both charts (time on x, one line per series), sized to its container.
// Each container holds at most one chart; drawing again destroys the old one so refreshes do not leak canvases.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Aligned } from './series';

export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];

const charts = new WeakMap<HTMLElement, uPlot>();

export interface LineSpec {
  label: string;
  color?: string;
  dash?: number[];
  /** Line width in CSS pixels (1.5 when not given). */
  width?: number;
  /** Draw as steps (values that hold until the next point) rather than slopes. */
  stepped?: boolean;
}

export function drawLines(container: HTMLElement, data: Aligned, lines: LineSpec[], yLabel: string, height = 260): uPlot {
  charts.get(container)?.destroy();
  const width = Math.max(320, container.clientWidth || 640);
  const options: uPlot.Options = {
    width,
    height,
    scales: { x: { time: true } },
    axes: [{}, { label: yLabel, size: 60 }],
    series: [
      { label: 'time (UTC)', value: (_u, v) => (v == null ? '—' : new Date(v * 1000).toISOString().replace('T', ' ').slice(0, 19)) },
      ...lines.map((line, i) => ({
        label: line.label,
        stroke: line.color ?? PALETTE[i % PALETTE.length],
        width: line.width ?? 1.5,
        dash: line.dash,
        spanGaps: false,
        paths: line.stepped ? uPlot.paths.stepped!({ align: 1 }) : undefined,
      })),
    ],
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
  };
  const chart = new uPlot(options, [data.xs, ...data.ys] as uPlot.AlignedData, container);
  charts.set(container, chart);
  return chart;
}
