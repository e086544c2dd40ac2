import { ScrollArea } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** Accessible name of the scrollable region. */
  label: string;
  /** Maximum height; without it the region only scrolls sideways (wide tables). */
  maxHeight?: number;
  children: ReactNode;
}

/**
 * A scrollable table container that keyboard users can focus and scroll (axe
 * "scrollable-region-focusable"), named for screen readers.
 */
export function ScrollRegion({ label, maxHeight, children }: ScrollRegionProps) {
  const viewportProps = { tabIndex: 0, role: 'region', 'aria-label': label };
  return maxHeight ? (
    <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars viewportProps={viewportProps}>
      {children}
    </ScrollArea.Autosize>
  ) : (
    <ScrollArea type="auto" offsetScrollbars viewportProps={viewportProps}>
      {children}
    </ScrollArea>
  );
}
