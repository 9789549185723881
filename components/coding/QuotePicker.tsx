'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import styles from './Coding.module.css';

const noSubscription = () => () => undefined;
const isClient = () => true;
const isServer = () => false;

/**
 * A source's text in a text box the coder cannot change, and, with JavaScript, a "Use as
 * evidence" button: the passage selected fills the evidence form (`formId`) with its exact
 * characters and their offsets. Chromium gives a `readonly` text box no caret, so the keyboard
 * could not select in it: once hydrated the box drops `readonly` (keeping `aria-readonly`) and
 * refuses every edit instead, so the caret and Shift+arrows select as the mouse does. Without
 * JavaScript the box stays `readonly`: the mouse selects, and the coder copies or types the quote.
 */
export function QuotePicker({ text, formId }: { text: string; formId: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  // True once hydrated (false in the server's HTML): the button needs JavaScript.
  const ready = useSyncExternalStore(noSubscription, isClient, isServer);
  const [note, setNote] = useState('');

  useEffect(() => {
    const area = box.current;
    if (!area) return;
    const refuse = (event: Event) => event.preventDefault();
    // Whatever still gets through (an input method's composition) is undone at once.
    const restore = () => {
      if (area.value === text) return;
      const { selectionStart, selectionEnd } = area;
      area.value = text;
      area.setSelectionRange(selectionStart, selectionEnd);
    };
    area.addEventListener('beforeinput', refuse);
    area.addEventListener('input', restore);
    return () => {
      area.removeEventListener('beforeinput', refuse);
      area.removeEventListener('input', restore);
    };
  }, [text]);

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
        readOnly={!ready}
        aria-readonly="true"
        spellCheck={false}
        rows={16}
        defaultValue={text}
        aria-describedby="source-text-hint"
      />
      <p className={styles.hint} id="source-text-hint">
        {ready
          ? 'Select a passage with the mouse, or with Shift and the arrow keys; the text cannot be changed here.'
          : 'Select a passage with the mouse and copy it into the quote below.'}
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
