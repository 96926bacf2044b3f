import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useMemo, useRef } from "react";
import type { Dashboard } from "../api/get-dashboard.ts";

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** How many of the recent actions were of each kind, as horizontal bars (most frequent on top). */
export function ActivityChart({ items, label }: { items: Dashboard["recentActivity"]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => {
    const byAction = new Map<string, number>();
    for (const { action } of items) byAction.set(action, (byAction.get(action) ?? 0) + 1);
    return [...byAction].sort((a, b) => a[1] - b[1]);
  }, [items]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element);
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: counts.map(([action]) => action) },
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
    .map(([action, count]) => `${action}: ${count}`)
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
