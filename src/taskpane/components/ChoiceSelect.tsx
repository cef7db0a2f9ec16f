/** A drop-down of fixed choices ({ value, label }), whose answer comes back as one of the choices' values. */
import { Select, type SelectProps } from "@fluentui/react-components";

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export type ChoiceSelectProps<T extends string> = Omit<SelectProps, "value" | "onChange" | "children"> & {
  value: T;
  choices: readonly Choice<T>[];
  onChoice: (value: T) => void;
};

export function ChoiceSelect<T extends string>({ value, choices, onChoice, ...rest }: ChoiceSelectProps<T>) {
  return (
    // The options are the choices themselves, so the value read back is always one of T.
    <Select {...rest} value={value} onChange={(_, d) => onChoice(d.value as T)}>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </Select>
  );
}
