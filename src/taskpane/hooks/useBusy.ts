/**
 * What the flow is busy with, shown beside a spinner, while a piece of work runs: cleared when it ends, even
 * when it throws (the work reports its own errors).
 */
import { useState } from "react";

export function useBusy(): [busy: string | undefined, withBusy: (text: string, work: () => Promise<void>) => Promise<void>] {
  const [busy, setBusy] = useState<string>();
  const withBusy = async (text: string, work: () => Promise<void>) => {
    setBusy(text);
    try {
      await work();
    } finally {
      setBusy(undefined);
    }
  };
  return [busy, withBusy];
}
