// The step preloader must find the page of any workbook URL (a wrong match silently loses the speed-up).
import { describe, expect, it } from 'vitest';
import { findStepRoute } from '../../src/app/steps';

describe('finding the step of a workbook URL', () => {
  it.each([
    ['/w/abc', ''],
    ['/w/abc/scenarios', 'scenarios'],
    ['/w/abc/scenarios/new', 'scenarios/new'],
    ['/w/abc/scenarios/s-1', 'scenarios/:scenarioId'],
    ['/w/abc/areas/people', 'areas/:area'],
  ])('%s shows %s', (pathname, path) => {
    expect(findStepRoute(pathname)?.path).toBe(path);
  });
  it('is null outside a workbook', () => {
    expect(findStepRoute('/')).toBeNull();
  });
});
