import type { DiffPart } from '@/lib/analysis';
import styles from './Redline.module.css';

/** A run's leading whitespace apart from its words, so marks never strike or underline a space. */
function split(text: string): [string, string] {
  const space = /^\s*/.exec(text)?.[0] ?? '';
  return [space, text.slice(space.length)];
}

/**
 * A word diff as marked text: removed words struck through (<del>), added ones underlined
 * (<ins>), each also named for screen readers. The whole run is one bidirectional isolate, so a
 * right-to-left clause reads in its own direction.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <bdi className={styles.diff}>
      {parts.map((part, i) => {
        const [given, words] = split(part.text);
        // A replacement at the very start has no space of its own between the old and new words.
        const space =
          given || (part.kind === 'added' && parts[i - 1]?.kind === 'removed' ? ' ' : '');
        if (part.kind === 'same') return <span key={i}>{part.text}</span>;
        const Mark = part.kind === 'removed' ? 'del' : 'ins';
        return (
          <span key={i}>
            {space}
            <Mark className={part.kind === 'removed' ? styles.removed : styles.added}>
              <span className="sr-only">[{part.kind}: </span>
              {words}
              <span className="sr-only">]</span>
            </Mark>
          </span>
        );
      })}
    </bdi>
  );
}
