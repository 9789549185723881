import { statusCell } from '@/lib/csv/cells';

describe('statusCell', () => {
  it('reads withdrawn in any case, beside the other statuses', () => {
    expect(statusCell('Withdrawn')).toEqual({ ok: true, value: 'withdrawn' });
    expect(statusCell('WITHDRAWN')).toEqual({ ok: true, value: 'withdrawn' });
    expect(statusCell(' withdrawn ')).toEqual({ ok: true, value: 'withdrawn' });
    expect(statusCell('No stated position')).toEqual({ ok: true, value: 'none' });
  });

  it('names withdrawn among the words it expects', () => {
    const result = statusCell('gone');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/stated, inferred, withdrawn or none/);
  });
});
