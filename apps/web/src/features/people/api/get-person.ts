import { getPerson as getPersonRoute, type Person } from "@jiuye/contract/people";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

const personKey = (id: string) => ["people", "one", id] as const;

/** One person's record, masked, with status history, contacts and data checks; the read is audited. */
export async function getPerson(id: string): Promise<Person> {
  return (await callApi(getPersonRoute, { params: { id } })).person;
}

export function getPersonQueryOptions(id: string) {
  return queryOptions({ queryKey: personKey(id), queryFn: () => getPerson(id) });
}

export function usePerson(id: string | null) {
  return useQuery({ ...getPersonQueryOptions(id ?? ""), enabled: id !== null });
}

/** After a change to a person: their record as the server now has it, and every list that may show them. */
export function personChanged(queryClient: QueryClient, person: Person): Promise<void> {
  queryClient.setQueryData(personKey(person.id), person);
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === "people" && query.queryKey[1] !== "one",
  });
}

/** After a person's record is erased: it goes from the cache and from every list. */
export function personErased(queryClient: QueryClient, id: string): Promise<void> {
  queryClient.removeQueries({ queryKey: personKey(id) });
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === "people" && query.queryKey[1] !== "one",
  });
}
