import type { SessionUser } from "@jiuye/contract/auth";

/** Where an account goes after logging in: job seekers to the public site, everyone else to the console. */
export function homeFor(user: SessionUser): string {
  return user.role === "seeker" ? "/" : "/console";
}
