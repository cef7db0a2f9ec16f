/** A new step: the keyboard and the screen reader start at its heading, not at <body>. */
import { useEffect, useRef, type RefObject } from "react";

export function useHeadingFocus(container: RefObject<HTMLElement | null>, step: string, active: boolean) {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = container.current?.querySelector<HTMLElement>("section h2");
    if (heading && active) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [step, active]);
}
