import { joinListParams } from '@/lib/url/formParams';

describe('joinListParams', () => {
  it('joins repeated parties and issues from a checkbox form and leaves the rest', () => {
    expect(joinListParams({ parties: ['a', 'b'], issues: 'x', round: ['r1', 'r2'] })).toEqual({
      parties: 'a,b',
      issues: 'x',
      round: ['r1', 'r2'],
    });
  });
});
