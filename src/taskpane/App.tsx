/**
 * The task pane (index.tsx renders `App` inside Fluent UI's provider): the import → workbook → 全銀
 * workflow of Wizard.tsx, in Excel or in a plain browser (the host). The only clock of the pane is read here, once, for the default 対象年月.
 */
import { useState } from "react";
import { Wizard } from "./Wizard";
import type { PaneHost } from "./host/types";
import type { LawContext } from "../calc/law/lawContext";

export function App(p: { host: PaneHost; onLawChange?: (law: LawContext) => void }) {
  const [today] = useState(() => {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1 };
  });
  return <Wizard env={{ today, host: p.host, onLawChange: p.onLawChange }} />;
}
