/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { DataText } from '@/components/DataText';

describe('DataText', () => {
  it('sets dataset text in a bdi of its own, adding no characters', () => {
    const { container } = render(
      <p>
        Only <DataText>{'روسيا\u202E'}</DataText> has a position.
      </p>,
    );
    expect(container.querySelector('p > bdi')?.textContent).toBe('روسيا\u202E');
    expect(container.textContent).toBe('Only روسيا\u202E has a position.');
  });
});
