// The step preloader must find the page of any workbook URL (a wrong match silently loses the speed-up).
import { describe, expect, it } from 'vitest';
import { matchPath } from 'react-router';

describe('step route matching', () => {
  it('matches relative step paths only with a leading slash on both sides', () => {
    expect(matchPath('scenarios/:id', 'scenarios/s-1')).toBeNull();
    expect(matchPath('/scenarios/:id', '/scenarios/s-1')?.params.id).toBe('s-1');
    expect(matchPath('/w/:workbookId/*', '/w/abc/scenarios/new')?.params['*']).toBe('scenarios/new');
  });
});
