'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import styles from './Coding.module.css';

const noSubscription = () => () => undefined;
const isClient = () => true;
const isServer = () => false;

/**
 * A source's text in a read-only text box (the caret and Shift+arrows select in it, so the
 * keyboard can pick a passage as well as the mouse), and, with JavaScript, a "Use as evidence"
 * button: the passage selected fills the evidence form (`formId`) with its exact characters and
 * their offsets. Without JavaScript the text is shown and the coder copies or types the quote.
 */
export function QuotePicker({ text, formId }: { text: string; formId: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  // True once hydrated (false in the server's HTML): the button needs JavaScript.
  const ready = useSyncExternalStore(noSubscription, isClient, isServer);
  const [note, setNote] = useState('');

  const use = () => {
    const area = box.current;
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!area || !form) return;
    const { selectionStart: start, selectionEnd: end } = area;
    if (end <= start) {
      setNote('Select a passage of the text first.');
      return;
    }
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
        field.value = value;
    };
    set('quote', area.value.slice(start, end));
    set('start', String(start));
    set('end', String(end));
    setNote(
      `Selected characters ${start}–${end}. Choose the cell below and press Open in the position editor.`,
    );
    (form.elements.namedItem('party') as HTMLElement | null)?.focus();
  };

  return (
    <div className={styles.picker}>
      <label htmlFor="source-text">Source text</label>
      <textarea
        ref={box}
        id="source-text"
        className={styles.text}
        readOnly
        rows={16}
        defaultValue={text}
        aria-describedby="source-text-hint"
      />
      <p className={styles.hint} id="source-text-hint">
        Select a passage with the mouse, or with Shift and the arrow keys.
      </p>
      {ready ? (
        <p>
          <button type="button" className={styles.button} onClick={use}>
            Use as evidence
          </button>{' '}
          <span role="status" className="small">
            {note}
          </span>
        </p>
      ) : null}
    </div>
  );
}
