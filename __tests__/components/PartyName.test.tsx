/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { PartyName } from '@/components/PartyName';
import { markerPath } from '@/lib/charts/shapes';

describe('PartyName', () => {
  it("draws the party's own marker shape in its colour beside the name", () => {
    const { container } = render(
      <PartyName name="Russia" style={{ colour: '#D55E00', shape: 'diamond' }} />,
    );
    const path = container.querySelector('svg.swatch path');
    expect(path?.getAttribute('d')).toBe(markerPath('diamond', 6, 6, 4.4));
    expect(path?.getAttribute('style')).toContain('fill');
    expect(container.textContent).toBe('Russia');
  });

  it('marks a proposal with a document mark and the word proposal, a party with neither', () => {
    const { container } = render(
      <PartyName
        name="Draft plan"
        style={{ colour: '#000000', shape: 'square', document: true }}
      />,
    );
    expect(container.querySelector('svg.document-mark')).not.toBeNull();
    expect(container.textContent).toBe('Draft plan (proposal)');
    const plain = render(
      <PartyName name="Russia" style={{ colour: '#000000', shape: 'square' }} />,
    );
    expect(plain.container.querySelector('svg.document-mark')).toBeNull();
  });
});
