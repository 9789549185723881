/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { ChangeFileList } from '@/components/changes/ChangeFileList';
import { RevisionList } from '@/components/changes/RevisionList';
import type { RevisionView } from '@/lib/pages/changes';

const revision = (lines: number): RevisionView => ({
  number: 4,
  author: 'ana',
  time: '2025-05-16T08:30:00.000Z',
  when: '16 May 2025, 08:30 UTC',
  reason: 'imported',
  lines: Array.from({ length: lines }, (_, i) => ({
    action: 'added' as const,
    part: 'positions',
    key: `p${i}`,
    after: `value ${i}, stated, high confidence`,
  })),
});

describe('RevisionList', () => {
  it('shows each revision with who, when and why, and each edit as a row', () => {
    const { container } = render(<RevisionList revisions={[revision(2)]} />);
    expect(container.querySelector('h3')?.textContent).toBe('Revision 4');
    expect(container.querySelector('time')?.getAttribute('dateTime')).toBe(
      '2025-05-16T08:30:00.000Z',
    );
    expect(container.textContent).toContain('16 May 2025, 08:30 UTC by ana: imported');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(container.querySelector('tbody td')?.textContent).toBe('Added');
  });
  it('shows the first 50 edits of a large revision and says how many more the CSV has', () => {
    const { container } = render(<RevisionList revisions={[revision(53)]} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(container.textContent).toContain('And 3 more changes: the CSV has them all.');
  });
  it('says so when the range has no revisions', () => {
    const { container } = render(<RevisionList revisions={[]} />);
    expect(container.textContent).toBe('No changes were recorded in this range.');
  });
});

describe('ChangeFileList', () => {
  it('shows markup in CHANGES.md as text', () => {
    const { container } = render(
      <ChangeFileList
        entries={[
          {
            date: '2025-05-16',
            when: '16 May 2025',
            version: 'abc',
            action: 'replaced (--force)',
            lines: [{ text: '<img src=x onerror=alert(1)>', nested: true }],
          },
        ]}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('li li')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('h3')?.textContent).toBe('16 May 2025, version abc');
  });
  it('says there are no recorded changes when there is no CHANGES.md', () => {
    const { container } = render(<ChangeFileList entries={[]} />);
    expect(container.textContent).toContain('There are no recorded changes');
  });
});
