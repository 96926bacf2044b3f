import { Drawer } from "antd";
import { useSearchParams } from "react-router";
import { useWageProject } from "../../../features/wages/api/get-wage-projects.ts";
import { ProjectDetail } from "../../../features/wages/components/project-detail.tsx";
import { ProjectsTable } from "../../../features/wages/components/projects-table.tsx";
import { useConsoleUser } from "../console-user.ts";

/** 欠薪监测项目: the project registry with a health light each; a project opens with its months and alerts. */
export function WageProjectsPage() {
  const user = useConsoleUser();
  const [params, setParams] = useSearchParams();
  const projectId = params.get("project");
  const project = useWageProject(projectId);
  const open = (id: string | null) =>
    setParams((p) => {
      if (id) p.set("project", id);
      else p.delete("project");
      return p;
    });
  return (
    <>
      <ProjectsTable onOpen={open} />
      <Drawer
        open={projectId !== null}
        onClose={() => open(null)}
        width={1000}
        title={project.data?.name}
        destroyOnHidden
      >
        {projectId && <ProjectDetail projectId={projectId} canFeed={user.role !== "leadership"} />}
      </Drawer>
    </>
  );
}
