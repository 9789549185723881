import { joinListParams, searchParamsOf } from '@/lib/url/formParams';

describe('joinListParams', () => {
  it('joins repeated parties and issues from a checkbox form and leaves the rest', () => {
    expect(joinListParams({ parties: ['a', 'b'], issues: 'x', round: ['r1', 'r2'] })).toEqual({
      parties: 'a,b',
      issues: 'x',
      round: ['r1', 'r2'],
    });
  });
});

describe('searchParamsOf', () => {
  it('gives a name once as a string and a repeated name as an array, in order', () => {
    const url = new URL('http://x/talks/matrix.csv?parties=a&parties=b&round=r1&q=');
    expect(searchParamsOf(url)).toEqual({ parties: ['a', 'b'], round: 'r1', q: '' });
  });

  it('is empty without a query', () => {
    expect(searchParamsOf(new URL('http://x/talks/chart.csv'))).toEqual({});
  });
});
