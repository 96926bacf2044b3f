import type { SessionUser } from "@jiuye/contract/auth";
import { useOutletContext } from "react-router";

/** The signed-in console user; only for pages inside the console layout, which guarantees one. */
export function useConsoleUser(): SessionUser {
  return useOutletContext<SessionUser>();
}
