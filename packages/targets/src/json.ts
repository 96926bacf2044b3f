/**
 * Reading untyped JSON (plan files, the indicator catalogue) into typed values, collecting every problem
 * with its path instead of stopping at the first.
 */
import { isIsoDate } from "./time.ts";

export interface JsonProblem {
  /** Where: `tables[0].rows[3].cells[5]`. */
  path: string;
  message: string;
}

export type JsonObject = Readonly<Record<string, unknown>>;

export class JsonReader {
  readonly problems: JsonProblem[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(value: unknown, path: string): JsonObject | null {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as JsonObject;
    this.problem(path, "expected an object");
    return null;
  }

  array(value: unknown, path: string): readonly unknown[] {
    if (Array.isArray(value)) return value;
    this.problem(path, "expected an array");
    return [];
  }

  string(value: unknown, path: string): string {
    if (typeof value === "string" && value.trim() !== "") return value;
    this.problem(path, "expected a non-empty string");
    return "";
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, path);
  }

  integer(value: unknown, path: string): number {
    if (typeof value === "number" && Number.isInteger(value)) return value;
    this.problem(path, "expected an integer");
    return 0;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
    const found = allowed.find((a) => a === value);
    if (found !== undefined) return found;
    this.problem(path, `expected one of ${allowed.join(", ")}`);
    return allowed[0] as T;
  }

  isoDate(value: unknown, path: string): string {
    const text = this.string(value, path);
    if (text !== "" && !isIsoDate(text)) this.problem(path, "expected a date YYYY-MM-DD");
    return text;
  }
}
