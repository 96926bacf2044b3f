import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useMemo, useRef } from "react";

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Counts by category as horizontal bars, the largest on top. */
export function CountChart({ rows, label }: { rows: [string, number][]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => [...rows].sort((a, b) => a[1] - b[1]), [rows]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element);
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: counts.map(([name]) => name) },
      series: [{ type: "bar", data: counts.map(([, count]) => count), itemStyle: { color: "#0b5cad" } }],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [counts]);

  const summary = counts
    .slice()
    .reverse()
    .map(([name, count]) => `${name}: ${count}`)
    .join(", ");
  return (
    <div
      ref={container}
      role="img"
      aria-label={`${label}: ${summary}`}
      style={{ height: Math.max(160, counts.length * 36 + 40) }}
    />
  );
}
