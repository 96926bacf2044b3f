import { useSearchParams } from "react-router";

/** The person whose record is open (`?person=` in the address, so it survives a reload), and how to open or close one. */
export function usePersonParam(): [string | null, (id: string | null) => void] {
  const [params, setParams] = useSearchParams();
  function open(id: string | null) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === null) next.delete("person");
        else next.set("person", id);
        return next;
      },
      { replace: true },
    );
  }
  return [params.get("person"), open];
}
