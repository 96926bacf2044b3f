import type { PersonFields } from "@jiuye/contract/people";
import { demoCreditCode } from "../seed/demo.ts";
import { TEST_PASSWORD, type TestApp, type TestClient } from "./app.ts";
import { personFields } from "./people.ts";

export interface Seeker {
  client: TestClient;
  userId: string;
  /** Their own registry record, when they made one. */
  personId: string | null;
}

/**
 * A new seeker account, logged in; with the registry record they register themselves when
 * `record` is given (unemployed, not recommended, unless said otherwise). Account and record are
 * in the record's region, by default 奇台县.
 */
export async function registerSeeker(
  t: TestApp,
  username: string,
  record?: { fields: Partial<PersonFields>; status?: string; recommendable?: boolean },
): Promise<Seeker> {
  const client = t.client();
  await client.request("GET", "/api/v1/auth/session");
  const made = await client.request("POST", "/api/v1/auth/register", {
    role: "seeker",
    username,
    password: TEST_PASSWORD,
    displayName: username,
    regionCode: record?.fields.regionCode ?? "652325",
    consent: true,
  });
  if (made.statusCode !== 201) throw new Error(`registering ${username} failed: ${made.body}`);
  if (!record) return { client, userId: made.json().user.id, personId: null };
  const person = await client.request("POST", "/api/v1/me/person", {
    ...personFields(record.fields),
    status: { status: record.status ?? "unemployed" },
    recommendable: record.recommendable ?? false,
    consent: true,
  });
  if (person.statusCode !== 201) throw new Error(`registering ${username}'s record failed: ${person.body}`);
  return { client, userId: made.json().user.id, personId: person.json().person.id };
}

/** A new employer account with its own organisation (credit code from `orgBody`, 8 characters), logged in. */
export async function registerEmployer(
  t: TestApp,
  username: string,
  orgBody: string,
  regionCode = "652325",
): Promise<TestClient> {
  const client = t.client();
  await client.request("GET", "/api/v1/auth/session");
  const made = await client.request("POST", "/api/v1/auth/register", {
    role: "employer",
    username,
    password: TEST_PASSWORD,
    displayName: username,
    regionCode,
    organisationName: `${username} 有限公司`,
    creditCode: demoCreditCode(regionCode, orgBody),
    consent: true,
  });
  if (made.statusCode !== 201) throw new Error(`registering ${username} failed: ${made.body}`);
  return client;
}
