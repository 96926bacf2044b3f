import { PersonMatches } from "../../../features/matching/components/person-matches.tsx";
import { HouseholdsTable } from "../../../features/people/components/households-table.tsx";
import { PersonDrawer } from "../../../features/people/components/person-drawer.tsx";
import { usePersonParam } from "../../../features/people/hooks/use-person-param.ts";
import { useConsoleUser } from "../console-user.ts";

/** 零就业家庭: households of one's jurisdiction whose working-age members in the labour force are all unemployed. */
export function ZeroEmploymentPage() {
  const user = useConsoleUser();
  const [personId, openPerson] = usePersonParam();
  return (
    <>
      <HouseholdsTable onOpenPerson={openPerson} />
      <PersonDrawer
        personId={personId}
        onClose={() => openPerson(null)}
        canManage={user.role === "staff"}
        matches={(id) => <PersonMatches personId={id} />}
      />
    </>
  );
}
