/**
 * Scrolls an element into view inside one scroll container only. Element.scrollIntoView also
 * scrolls every scrollable ancestor, the page included, which shifts the whole app when
 * anything makes the page a pixel taller than the window.
 */
export type ScrollPosition = 'center' | 'nearest';

export function scrollWithin(
  container: HTMLElement,
  element: HTMLElement,
  position: ScrollPosition,
  behavior: ScrollBehavior = 'smooth',
): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const top = target.top - box.top + container.scrollTop;
  const bottom = top + target.height;
  let next: number;
  if (position === 'center') next = top - (container.clientHeight - target.height) / 2;
  else if (top < container.scrollTop) next = top;
  else if (bottom > container.scrollTop + container.clientHeight)
    next = bottom - container.clientHeight;
  else return;
  container.scrollTo({ top: Math.max(0, next), behavior });
}
