export interface Chip<V> {
  value: V;
  label: string;
  count?: number;
}

interface ChipGroupProps<V> {
  label: string;
  chips: readonly Chip<V>[];
  value: V;
  onChange: (value: V) => void;
}

/** A labelled row of choices, one of them on: big enough for a thumb, with counts where known. */
export function ChipGroup<V extends string | number | undefined>({
  label,
  chips,
  value,
  onChange,
}: ChipGroupProps<V>) {
  return (
    <fieldset className="chip-group">
      <legend>{label}</legend>
      <div className="chips">
        {chips.map((chip) => (
          <button
            key={String(chip.value ?? "")}
            type="button"
            className={chip.count === 0 ? "chip chip-none" : "chip"}
            aria-pressed={chip.value === value}
            onClick={() => onChange(chip.value)}
          >
            {chip.label}
            {chip.count !== undefined && <span className="chip-count">{chip.count}</span>}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
