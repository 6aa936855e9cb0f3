import { beforeAll, describe, expect, it } from 'vitest';
import { buildCallTree, isContactStale, possibleCallers } from '../../src/domain/call-tree';
import { contactSchema, type Contact } from '../../src/domain/communications';
import { createRecord, listByWorkbook } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { loadCatalogues, translate, translateLoose } from '../../src/i18n';
import { makeT } from '../../src/i18n/use-i18n';
import { contactFormSchema } from '../../src/features/communications/form-schemas';
import { contactsCsv } from '../../src/features/communications/contacts-csv';

beforeAll(() => loadCatalogues());

const base = { workbookId: 'w', name: 'X' };
const firstMessage = (value: Record<string, unknown>) => {
  const r = contactFormSchema.safeParse({ ...base, ...value });
  return r.success ? null : { path: r.error.issues[0]!.path.join('.'), key: r.error.issues[0]!.message };
};

describe('contact validation', () => {
  it('explains a bad email beside the field, in English and Korean', () => {
    expect(firstMessage({ email: 'kim@' })).toEqual({ path: 'email', key: 'errors.email' });
    expect(firstMessage({ email: 'kim@contoso.co.kr' })).toBeNull();
    expect(firstMessage({ email: '' })).toBeNull();
    expect(translate('en', 'errors.email')).toBe('Enter an email address such as name@example.com.');
    expect(translate('ko', 'errors.email')).toBe('name@example.com 같은 이메일 주소를 입력하세요.');
  });

  it('explains a bad phone number, and accepts real ones', () => {
    expect(firstMessage({ officePhone: 'call me' })).toEqual({ path: 'officePhone', key: 'errors.phone' });
    expect(firstMessage({ mobilePhone: '010' })).toEqual({ path: 'mobilePhone', key: 'errors.phone' });
    expect(firstMessage({ mobilePhone: '+82 10-1234-5678' })).toBeNull();
    expect(firstMessage({ officePhone: '(02) 555 0100' })).toBeNull();
    expect(translate('en', 'errors.phone')).toMatch(/phone number/);
    expect(translate('ko', 'errors.phone')).toMatch(/전화번호/);
  });

  it('requires a name and a sensible escalation order', () => {
    expect(firstMessage({ name: '' })).toEqual({ path: 'name', key: 'errors.required' });
    expect(firstMessage({ escalationOrder: 0 })).toEqual({
      path: 'escalationOrder',
      key: 'communications.contacts.orderRange',
    });
    expect(translateLoose('ko', 'communications.contacts.orderRange')).toMatch(/정수/);
  });
});

const c = (id: string, calledById: string | null, over: Partial<Contact> = {}): Contact =>
  contactSchema.parse({
    id,
    workbookId: 'w',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: id,
    calledById,
    ...over,
  });

describe('call tree', () => {
  it('builds who calls whom, ordered by escalation order', () => {
    const contacts = [
      c('lead', null),
      c('b', 'lead', { escalationOrder: 2 }),
      c('a', 'lead', { escalationOrder: 1 }),
      c('a1', 'a'),
      c('orphan', 'gone'),
    ];
    const { roots, inLoop } = buildCallTree(contacts);
    const shape = (nodes: typeof roots): unknown => nodes.map((n) => [n.contact.id, shape(n.children)]);
    expect(shape(roots)).toEqual([
      [
        'lead',
        [
          ['a', [['a1', []]]],
          ['b', []],
        ],
      ],
      ['orphan', []],
    ]);
    expect(inLoop).toEqual([]);
  });

  it('reports contacts caught in a loop, and never offers a caller that would make one', () => {
    const contacts = [c('top', null), c('x', 'y'), c('y', 'x')];
    expect(buildCallTree(contacts).inLoop.map((k) => k.id)).toEqual(['x', 'y']);
    const chain = [c('a', null), c('b', 'a'), c('c', 'b')];
    expect(possibleCallers(chain, 'a').map((k) => k.id)).toEqual([]);
    expect(possibleCallers(chain, 'c').map((k) => k.id)).toEqual(['a', 'b']);
    expect(possibleCallers(chain, 'b').map((k) => k.id)).toEqual(['a']);
  });
});

describe('stale contacts', () => {
  it('flags contacts never verified or verified more than six months ago', () => {
    expect(isContactStale({ lastVerifiedDate: null }, '2026-11-30')).toBe(true);
    expect(isContactStale({ lastVerifiedDate: '2026-05-30' }, '2026-11-30')).toBe(false);
    expect(isContactStale({ lastVerifiedDate: '2026-05-29' }, '2026-11-30')).toBe(true);
    expect(isContactStale({ lastVerifiedDate: '2026-08-31' }, '2027-02-28')).toBe(false);
  });
});

describe('contacts CSV', () => {
  it('exports every field with the caller by name, Hangul intact and formulas defused', async () => {
    const w = await createWorkbook({ title: 'CSV' });
    const lead = await createRecord('contacts', { workbookId: w.id, name: '김민지', role: '팀장, IT' });
    await createRecord('contacts', {
      workbookId: w.id,
      order: 2,
      kind: 'vendor',
      name: 'Contoso support',
      mobilePhone: '+82 10-1234-5678',
      calledById: lead.id,
      contractRef: '=HYPERLINK("evil")',
      supportHours: '24/7',
    });
    const csv = contactsCsv(makeT('en'), await listByWorkbook('contacts', w.id));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFKind,Name,Role,Team,Primary or alternate,Office phone,Mobile phone,Email,Escalation order,Called by (call tree),Last verified,Contract or tenant reference,Support hours',
    );
    expect(lines[1]).toBe('Continuity team,김민지,"팀장, IT",,Primary,,,,,,,,');
    expect(lines[2]).toBe(
      `Vendor,Contoso support,,,Primary,,'+82 10-1234-5678,,,김민지,,"'=HYPERLINK(""evil"")",24/7`,
    );
  });
});
