import type { FormInstance } from "antd";
import { ApiError } from "./api-client.ts";

/** Turns an issue path (`body.creditCode`, `/creditCode`, `$.creditCode`) into a form field name. */
function fieldName(path: string): (string | number)[] {
  return path
    .replace(/^\$\.?/, "")
    .split(/[./[\]]+/)
    .filter((part) => part !== "")
    .filter((part, index) => !(index === 0 && ["body", "query", "params"].includes(part)))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows an API error on the form: each validation issue on the field it names.
 * Returns the message for whatever could not be placed on a field (null when all were).
 */
export function showErrorsOnForm(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const known = new Set(form.getFieldsError().map((field) => String(field.name[0])));
  const unplaced: string[] = [];
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of error.issues) {
    const name = fieldName(issue.path);
    const first = name[0];
    if (first === undefined || !known.has(String(first))) {
      unplaced.push(issue.message);
      continue;
    }
    const key = name.join(".");
    const field = fields.get(key) ?? { name, errors: [] };
    field.errors.push(issue.message);
    fields.set(key, field);
  }
  form.setFields([...fields.values()]);
  if (fields.size > 0 && unplaced.length === 0) return null;
  return unplaced.length > 0 ? `${error.message}: ${unplaced.join("; ")}` : error.message;
}
