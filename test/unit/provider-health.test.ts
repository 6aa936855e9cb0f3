// The provider's service health files: every example response from Microsoft's docs is read (or
// refused with the specific reason when it holds no issues or posts), enums are matched without
// case and unknown ones kept, HTML posts become text, and files that are not service health data
// are refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseEnum, parseProviderHealth, toWallClock } from '../../src/domain/provider-health';
import { providerHtmlToText } from '../../src/domain/provider-health-text';

const dir = join(import.meta.dirname, '../fixtures/graph');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');
const parse = (name: string) => parseProviderHealth(fixture(name));

describe('every example response from the Graph docs', () => {
  const expected: Record<string, { ids: string[] } | { refused: string }> = {
    'list-issues.response.json': { ids: ['EX226792'] },
    'get-issue.response.json': { ids: ['MO226784'] },
    'get-servicehealth-expand-issues.response.json': { ids: ['MO226574'] },
    'list-healthoverviews-expand-issues.response.json': { ids: ['EX226574'] },
    'list-messages.response.json': { ids: ['MC172851'] },
    'get-message.response.json': { ids: ['MC172851'] },
    'get-servicehealth.response.json': { refused: 'overviewWithoutIssues' },
    'list-healthoverviews.response.json': { refused: 'overviewWithoutIssues' },
    'list-message-attachments.response.json': { refused: 'attachments' },
    'get-incidentreport.response.json': { refused: 'incidentReportStream' },
  };
  it('covers every JSON file in the fixtures folder', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });
  it.each(Object.entries(expected))('%s', (name, want) => {
    const result = parse(name);
    if ('ids' in want) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.items.map((i) => i.provider.id)).toEqual(want.ids);
    } else {
      expect(result).toEqual({ ok: false, problem: { code: want.refused } });
    }
  });
});

describe('an issue', () => {
  it('keeps every field the incident log shows, with PascalCase enums normalised', () => {
    const result = parse('list-issues.response.json');
    if (!result.ok) throw new Error('refused');
    expect(result.nextLink).toBe(
      'https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues?$skip=100',
    );
    expect(result.issues).toBe(1);
    expect(result.notices).toBe(0);
    expect(result.items[0]).toEqual({
      title: 'Limited number of users unable to send or receive email through the Exchange Online service',
      service: 'Exchange Online',
      startAt: toWallClock('2020-11-13T21:00:00Z'),
      endAt: toWallClock('2020-11-14T17:15:00Z'),
      provider: {
        kind: 'issue',
        id: 'EX226792',
        feature: 'Mailflow - delayed delivery from Internet',
        featureGroup: 'E-Mail timely delivery',
        classification: 'incident',
        status: 'serviceRestored',
        impactDescription:
          'Users may have been unable to send or receive email through the Exchange Online service.',
        lastModifiedAt: '2020-11-14T18:20:24.767Z',
        posts: [
          {
            // Posted before the issue's start, as in the docs' example: kept, not refused.
            at: '2020-11-12T07:07:38.970Z',
            type: 'regular',
            text: 'Title: Limited number of users unable to send or receive email through the Exchange Online service\n\nUser Impact: Users may be unable to send or receive email through the Exchange Online service.',
          },
        ],
      },
    });
  });

  it('shows times as wall-clock time on this device', () => {
    const d = new Date('2020-11-13T21:00:00Z');
    const two = (n: number) => String(n).padStart(2, '0');
    expect(toWallClock('2020-11-13T21:00:00Z')).toBe(
      `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`,
    );
  });

  it('accepts a null end (ongoing), unknown enum values, and undocumented fields', () => {
    const issue = JSON.parse(fixture('get-issue.response.json'));
    Object.assign(issue, {
      endDateTime: null,
      status: 'somethingNewFromMicrosoft',
      classification: 'INCIDENT',
      madeUpField: { deep: [1, 2] },
    });
    const result = parseProviderHealth(JSON.stringify(issue));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.items[0]!.endAt).toBeNull();
    expect(result.items[0]!.provider.status).toBe('somethingNewFromMicrosoft');
    expect(result.items[0]!.provider.classification).toBe('incident');
    expect(result.items[0]!.provider).not.toHaveProperty('madeUpField');
  });

  it('matches enums without regard to case', () => {
    expect(normaliseEnum('status', 'SERVICERESTORED')).toBe('serviceRestored');
    expect(normaliseEnum('status', 'postincidentreviewpublished')).toBe('postIncidentReviewPublished');
    expect(normaliseEnum('classification', 'Advisory')).toBe('advisory');
    expect(normaliseEnum('category', 'StayInformed')).toBe('stayInformed');
    expect(normaliseEnum('severity', 'Critical')).toBe('critical');
    expect(normaliseEnum('status', 'NewValue2027')).toBe('NewValue2027');
    expect(normaliseEnum('status', null)).toBe('');
  });

  it('turns an end before the start into an open incident rather than refusing it', () => {
    const issue = JSON.parse(fixture('get-issue.response.json'));
    issue.endDateTime = '2020-11-01T00:00:00Z';
    const result = parseProviderHealth(JSON.stringify(issue));
    expect(result.ok && result.items[0]!.endAt).toBeNull();
  });
});

describe('a message center post', () => {
  it('becomes a notice with its category, severity, services and body', () => {
    const result = parse('list-messages.response.json');
    if (!result.ok) throw new Error('refused');
    expect(result.notices).toBe(1);
    const notice = result.items[0]!;
    expect(notice.service).toBe('SharePoint Online, OneDrive for Business');
    expect(notice.provider.kind).toBe('notice');
    expect(notice.provider.classification).toBe('stayInformed');
    expect(notice.provider.status).toBe('normal');
    expect(notice.provider.posts).toHaveLength(1);
    expect(notice.provider.posts[0]!.text).toMatch(/^Updated January 07, 2021: Based on learnings/);
  });
});

describe('HTML posts become text', () => {
  it('drops scripts and tags, keeps line breaks and decodes entities', () => {
    expect(
      providerHtmlToText(
        '<p>Users &amp; admins<br>could not <b>sign in</b>.</p><script>alert(1)</script><img src=x onerror="alert(2)">Next update &lt;30 min&gt;&#x2026; &#128512; &bogus;',
      ),
    ).toBe('Users & admins\ncould not sign in.\nNext update <30 min>… 😀 &bogus;');
  });
  it('keeps text posts as they are (no entity decoding)', () => {
    expect(providerHtmlToText('a &amp; <b>', 'Text')).toBe('a &amp; <b>');
  });
  it('removes a tag cut off at the end and invalid code points', () => {
    expect(providerHtmlToText('ok <img src=x onerror=alert(1) &#xD800; &#99999999;')).toBe('ok');
    expect(providerHtmlToText('x &#xD800; y &#0;')).toBe('x \uFFFD y \uFFFD');
  });
  it('applies to an imported issue post', () => {
    const issue = JSON.parse(fixture('get-issue.response.json'));
    issue.posts[0].description.content =
      '<script>steal()</script><img src=x onerror="alert(1)">Mail &gt; delayed';
    const result = parseProviderHealth(JSON.stringify(issue));
    expect(result.ok && result.items[0]!.provider.posts[0]!.text).toBe('Mail > delayed');
  });
});

describe('files that are not service health data are refused', () => {
  it.each([
    ['not JSON', 'hello', 'notJson'],
    ['a number', '42', 'notServiceHealth'],
    ['an array', '[1,2]', 'notServiceHealth'],
    ['an empty list', '{"value":[]}', 'empty'],
    [
      'a workbook backup',
      '{"format":"continuity-workbook-backup","version":2,"data":{}}',
      'notServiceHealth',
    ],
    ['a list of other things', '{"value":[{"displayName":"Alice"}]}', 'invalid'],
  ])('%s', (_name, text, code) => {
    const result = parseProviderHealth(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });
  it('names the field that is wrong', () => {
    const list = JSON.parse(fixture('list-issues.response.json'));
    list.value[0].startDateTime = 'yesterday';
    expect(parseProviderHealth(JSON.stringify(list))).toEqual({
      ok: false,
      problem: { code: 'invalid', path: 'value[0].startDateTime' },
    });
  });
});
