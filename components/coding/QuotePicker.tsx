'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import styles from './Coding.module.css';

/** The offset of a point (node, offset) inside `root`'s text, counting every text node before it. */
function textOffset(root: Node, node: Node, offset: number): number | undefined {
  if (!root.contains(node)) return undefined;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: count the text of the children before it.
    let total = 0;
    for (let i = 0; i < offset && i < node.childNodes.length; i++)
      total += node.childNodes[i]!.textContent?.length ?? 0;
    return (textOffset(root, node, 0) ?? 0) + total;
  }
  let total = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.textContent?.length ?? 0;
  }
  return undefined;
}

const noSubscription = () => () => undefined;
const isClient = () => true;
const isServer = () => false;

/**
 * A source's text, and (with JavaScript) a "Use as evidence" button: the passage selected in the
 * text fills the evidence form (`formId`) with its exact words and its character offsets. Without
 * JavaScript the text is shown and the coder types the quote.
 */
export function QuotePicker({ text, formId }: { text: string; formId: string }) {
  const box = useRef<HTMLDivElement>(null);
  // True once hydrated (false in the server's HTML): the button needs JavaScript.
  const ready = useSyncExternalStore(noSubscription, isClient, isServer);
  const [note, setNote] = useState('');

  const use = () => {
    const root = box.current;
    const selection = window.getSelection();
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!root || !form || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      setNote('Select a passage of the text first.');
      return;
    }
    const range = selection.getRangeAt(0);
    const start = textOffset(root, range.startContainer, range.startOffset);
    const end = textOffset(root, range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end <= start) {
      setNote('Select a passage inside the source text.');
      return;
    }
    const words = root.textContent?.slice(start, end) ?? '';
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
        field.value = value;
    };
    set('quote', words);
    set('start', String(start));
    set('end', String(end));
    setNote(
      `Selected characters ${start}–${end}. Choose the cell below and press Open in the position editor.`,
    );
    (form.elements.namedItem('party') as HTMLElement | null)?.focus();
  };

  return (
    <div className={styles.picker}>
      <div ref={box} className={styles.text} tabIndex={0} aria-label="Source text">
        {text}
      </div>
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
