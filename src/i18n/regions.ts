// The one set of Venn region names (scenarios.region.* in the catalogues), for the screen and the
// printed plan alike, so the two never drift apart.
import type { RegionKey } from '../domain/venn';
import type { Language, MessageKey } from './index';

type Translate = (key: MessageKey) => string;

/** A region's name as a label or heading: "People only", "사람만". */
export const regionName = (t: Translate, region: RegionKey) => t(`scenarios.region.${region}` as MessageKey);

/** The same name inside a sentence ("… covers people only, …"): English starts in lower case. */
export function regionNameInSentence(t: Translate, region: RegionKey, lang: Language) {
  const name = regionName(t, region);
  return lang === 'en' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
