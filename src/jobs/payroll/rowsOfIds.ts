/**
 * The file row of each 社員番号 — imported and rejected rows alike, the first when a number is repeated —
 * so that everything said later about an employee names the one row the clerk sees.
 */
export interface ImportedRows {
  /** The 社員番号 of each imported record, and its row. */
  ids: readonly string[];
  rows: readonly number[];
  /** The rejected rows, and the 社員番号 written on each (undefined when unreadable). */
  rejected: readonly { row: number }[];
  rejectedIds: readonly (string | undefined)[];
}

export function rowsOfIds(imported: ImportedRows): Map<string, number> {
  const written: [string, number][] = imported.ids.map((id, i) => [id, imported.rows[i]]);
  imported.rejected.forEach((r, i) => {
    const id = imported.rejectedIds[i];
    if (id !== undefined) written.push([id, r.row]);
  });
  written.sort(([, a], [, b]) => a - b);
  const out = new Map<string, number>();
  for (const [id, row] of written) if (!out.has(id)) out.set(id, row);
  return out;
}
