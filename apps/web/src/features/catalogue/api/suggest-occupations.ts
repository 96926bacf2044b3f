import { suggestOccupations as suggestRoute } from "@jiuye/contract/catalogue";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export interface OccupationHints {
  title: string;
  description: string;
}

/** Occupations that fit a posting's title and description, best first. */
export function suggestOccupations({ title, description }: OccupationHints) {
  return callApi(suggestRoute, {
    query: { title: title.slice(0, 100), description: description.slice(0, 5000) || undefined },
  });
}

/** Suggestions for the hints (debounced by the caller); nothing until there is a title. */
export function useSuggestOccupations(hints: OccupationHints) {
  return useQuery({
    queryKey: ["occupations", "suggest", hints],
    queryFn: () => suggestOccupations(hints),
    enabled: hints.title.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}
