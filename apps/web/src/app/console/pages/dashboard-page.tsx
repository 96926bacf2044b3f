import { DashboardView } from "../../../features/dashboard/components/dashboard-view.tsx";

export function DashboardPage() {
  return <DashboardView />;
}
