import { useEffect, useLayoutEffect, useRef } from 'react';

export interface ModerationShortcutHandlers {
  approve?: () => void;
  reject?: () => void;
  next?: () => void;
}

/** Keys where typing happens: a letter typed there is text, never a command. */
const isTyping = (target: EventTarget | null) => {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return (
    element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.getAttribute('role') === 'combobox'
  );
};

/**
 * a = approve, r = reject, n = next job, for a moderator working through the queue. Ignored while
 * typing, with a modifier held (browser shortcuts), and while a dialog is open (it has the focus).
 * A missing handler means that key does nothing now.
 */
export function useModerationShortcuts(handlers: ModerationShortcutHandlers, enabled: boolean) {
  // The latest handlers without re-subscribing on every render.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (isTyping(event.target) || document.querySelector('[role="dialog"], [role="presentation"].MuiModal-root')) return;
      const handler = { a: latest.current.approve, r: latest.current.reject, n: latest.current.next }[event.key.toLowerCase()];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
