import { useCallback, useState } from "react";

export type LocationStatus = "idle" | "locating" | "denied" | "unavailable";

/** Rounds to two decimals (about a kilometre): enough to sort by distance, too coarse to point at a home. */
function rounded(value: number): string {
  return value.toFixed(2);
}

/**
 * The device's position, asked for only when `locate` is called (a tap), never on its own.
 * Resolves to "lat,lon" or null when it was refused or could not be had.
 */
export function useGeolocation(): { status: LocationStatus; locate: () => Promise<string | null> } {
  const [status, setStatus] = useState<LocationStatus>("idle");
  const locate = useCallback(
    () =>
      new Promise<string | null>((resolve) => {
        if (!("geolocation" in navigator)) {
          setStatus("unavailable");
          resolve(null);
          return;
        }
        setStatus("locating");
        navigator.geolocation.getCurrentPosition(
          ({ coords }) => {
            setStatus("idle");
            resolve(`${rounded(coords.latitude)},${rounded(coords.longitude)}`);
          },
          (error) => {
            setStatus(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable");
            resolve(null);
          },
          { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
        );
      }),
    [],
  );
  return { status, locate };
}
