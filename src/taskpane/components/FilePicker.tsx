/**
 * A file drop zone with a real, keyboard-usable picker: the button opens the (visually hidden) file
 * input, a file dropped on the zone does the same. Only the first file is taken, unless `multiple`.
 */
import { useId, useRef, useState, type DragEvent } from "react";
import { Button, Caption1, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";

export interface FilePickerProps {
  /** Accessible name of the input and the button text. */
  label: string;
  buttonText: string;
  /** Shown inside the zone. */
  hint: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  /** Smaller zone for optional files. */
  compact?: boolean;
  /** data-testid of the file input (the tests' stable handle). */
  testId?: string;
  /** Several files at once (chosen or dropped), all handed to onFiles. */
  multiple?: boolean;
  onFiles?: (files: File[]) => void;
}

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  compact: { padding: tokens.spacingHorizontalS, ...shorthands.borderWidth(tokens.strokeWidthThin) },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export function FilePicker(p: FilePickerProps) {
  const s = useStyles();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    if (p.disabled || !files || files.length === 0) return;
    if (p.multiple && p.onFiles) p.onFiles([...files]);
    else p.onFile(files[0]);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer?.files);
  };
  return (
    <div
      className={mergeClasses(s.zone, p.compact && s.compact, over && s.over)}
      onDragOver={(e) => {
        e.preventDefault();
        if (!over) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        id={id}
        className={s.hidden}
        type="file"
        accept={p.accept}
        multiple={p.multiple}
        aria-label={p.label}
        data-testid={p.testId}
        disabled={p.disabled}
        tabIndex={-1}
        onChange={(e) => {
          take(e.currentTarget.files);
          // The same file chosen again (after fixing it) must fire onChange again.
          e.currentTarget.value = "";
        }}
      />
      <Button appearance={p.compact ? "secondary" : "primary"} disabled={p.disabled} onClick={() => input.current?.click()}>
        {p.buttonText}
      </Button>
      <Caption1>{p.hint}</Caption1>
    </div>
  );
}
