// Drafts of create forms: kept in localStorage, listed in the save status store while they exist
// (so the header does not say "All changes saved"), found again after a reload, cleared on Save.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, readDraft, registerStoredDrafts, writeDraft } from '../../src/components/form/drafts';
import { saveStatusStore } from '../../src/lib/save-status';

class MemoryStorage {
  map = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.map.size;
  }
  key = (i: number) => [...this.map.keys()][i] ?? null;
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  };
  removeItem = (k: string) => void this.map.delete(k);
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  saveStatusStore.setState({ drafts: [] });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});
const drafts = () => saveStatusStore.getState().drafts;

describe('create-form drafts', () => {
  it('keeps the typed values, lists the draft, and clears both on save', () => {
    writeDraft('w1:new-scenario', { title: 'Flood', description: 'Basement' });
    expect(readDraft('w1:new-scenario')).toEqual({ title: 'Flood', description: 'Basement' });
    expect(drafts()).toEqual(['w1:new-scenario']);
    writeDraft('w1:new-scenario', { title: 'Flood!', description: 'Basement' });
    expect(drafts()).toEqual(['w1:new-scenario']);
    clearDraft('w1:new-scenario');
    expect(readDraft('w1:new-scenario')).toBeNull();
    expect(drafts()).toEqual([]);
  });

  it('finds drafts left by an earlier visit', () => {
    storage.setItem('continuity-workbook.draft:w2:new-contact', '{"name":"Kim"}');
    storage.setItem('continuity-workbook.language', 'ko');
    registerStoredDrafts();
    expect(drafts()).toEqual(['w2:new-contact']);
    expect(readDraft('w2:new-contact')).toEqual({ name: 'Kim' });
  });

  it('still says the text is unsaved when the draft cannot be stored', () => {
    storage.failWrites = true;
    writeDraft('w1:new-incident', { title: 'Outage' });
    expect(drafts()).toEqual(['w1:new-incident']);
    expect(readDraft('w1:new-incident')).toBeNull();
  });

  it('a corrupt draft is ignored, not thrown', () => {
    storage.setItem('continuity-workbook.draft:w1:new-workbook', '{');
    expect(readDraft('w1:new-workbook')).toBeNull();
  });
});
