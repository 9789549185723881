/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { DiffText } from '@/components/proposals/DiffText';
import { wordDiff } from '@/lib/analysis';

describe('DiffText', () => {
  it('strikes removed words and underlines added ones, with the spaces outside the marks', () => {
    const { container } = render(
      <DiffText parts={wordDiff('may fall to two fifths for', 'may fall to one half for')} />,
    );
    expect(container.querySelector('del')?.textContent).toBe('[removed: two fifths]');
    expect(container.querySelector('ins')?.textContent).toBe('[added: one half]');
    // Read without the screen-reader labels, the text keeps its spacing.
    container.querySelectorAll('.sr-only').forEach((label) => label.remove());
    expect(container.textContent).toBe('may fall to two fifths one half for');
  });

  it('puts a space between old and new words replaced at the very start', () => {
    const { container } = render(<DiffText parts={wordDiff('Half stays.', 'All stays.')} />);
    container.querySelectorAll('.sr-only').forEach((label) => label.remove());
    expect(container.textContent).toBe('Half All stays.');
  });

  it('is one isolated run, so right-to-left text keeps its own direction', () => {
    const { container } = render(<DiffText parts={wordDiff('ثلث المياه', 'نصف المياه')} />);
    expect(container.firstElementChild?.tagName).toBe('BDI');
    expect(container.querySelector('ins')?.textContent).toBe('[added: نصف]');
  });
});
