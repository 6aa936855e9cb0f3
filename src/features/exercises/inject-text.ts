// The built script in the facilitator's language: each inject's kind becomes a line and a prompt,
// which the facilitator may then rewrite. Keys are made here (device-made, unique in the run).
import type { Inject } from '../../domain/exercise';
import type { ScriptInject } from '../../domain/tabletop-script';
import type { T } from '../../i18n/use-i18n';

export const newKey = () => crypto.randomUUID();

export function injectsInWords(script: readonly ScriptInject[], scenarioTitle: string, t: T): Inject[] {
  return script.map((s): Inject => {
    const vars = { scenario: scenarioTitle, process: s.processName ?? '', hours: s.rtoHours ?? '' };
    return {
      key: newKey(),
      atMinutes: s.atMinutes,
      title: t(`exercises.inject.${s.kind}.title`, vars).slice(0, 300),
      prompt: t(`exercises.inject.${s.kind}.prompt`, vars).slice(0, 300),
    };
  });
}
