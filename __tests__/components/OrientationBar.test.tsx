/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { OrientationBar } from '@/components/OrientationBar';
import { pageQueryHeaderValue, reorientFields } from '@/lib/data/keptViewHeader';
import type { Party } from '@/lib/model';

const parties = [
  { id: 'north', name: 'Northland', shortName: 'North', kind: 'party-to-conflict' },
  { id: 'south', name: 'Southland', shortName: 'South', kind: 'party-to-conflict' },
] as Party[];

describe('reorientFields', () => {
  it('keeps every parameter of the page but orient and whatif, repeated ones in order', () => {
    const query = new URLSearchParams(
      'round=r2&parties=b&parties=a&orient=north&whatif=a.x%3D3&sort=range-gap&version=4',
    );
    expect(reorientFields(pageQueryHeaderValue(query) ?? null)).toEqual([
      ['round', 'r2'],
      ['parties', 'b'],
      ['parties', 'a'],
      ['sort', 'range-gap'],
      ['version', '4'],
    ]);
  });

  it('passes nothing for an empty query or one too long to be a real page', () => {
    expect(pageQueryHeaderValue(new URLSearchParams())).toBeUndefined();
    expect(pageQueryHeaderValue(new URLSearchParams({ q: 'x'.repeat(3000) }))).toBeUndefined();
    expect(reorientFields(null)).toEqual([]);
  });
});

describe('OrientationBar', () => {
  it("resubmits the page's other parameters as hidden fields, with the orientation chosen", () => {
    const { container } = render(
      <OrientationBar
        parties={parties}
        keep={[
          ['round', 'r2'],
          ['parties', 'b'],
          ['parties', 'a'],
        ]}
        orient="south"
      />,
    );
    const form = container.querySelector('form')!;
    expect(form.getAttribute('method')).toBe('get');
    const hidden = [...form.querySelectorAll('input[type="hidden"]')].map((i) => [
      i.getAttribute('name'),
      i.getAttribute('value'),
    ]);
    expect(hidden).toEqual([
      ['round', 'r2'],
      ['parties', 'b'],
      ['parties', 'a'],
    ]);
    expect(form.querySelector('select')!.value).toBe('south');
    expect(container.textContent).not.toMatch(/what-if/);
  });

  it('says in a what-if view that orienting leaves it', () => {
    const { container } = render(<OrientationBar parties={parties} keep={[]} leavesWhatIf />);
    expect(container.textContent).toMatch(/leaves the what-if view/);
  });
});
