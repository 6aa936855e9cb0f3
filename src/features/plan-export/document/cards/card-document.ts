// Which printed document to make from a snapshot: the plan, the wallet cards or the role cards.
// One place for the browser worker and Node (render-buffer.ts), so both print the same thing.
import type { DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import type { WorkbookSnapshot } from '../../../../domain/tables';
import { todayIso } from '../../../../lib/dates';
import type { PlanOptions } from '../options';
import { PlanDocument } from '../plan-document';
import { makePlanText } from '../plan-text';
import { RoleCards } from './role-cards';
import { WalletCards } from './wallet-card';

export const documentKinds = ['plan', 'walletCard', 'roleCards'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** The cards read only the language and date from the options; the plan reads all of them. */
export function printedDocument(
  kind: DocumentKind,
  snapshot: WorkbookSnapshot,
  options: PlanOptions,
): ReactElement<DocumentProps> {
  if (kind === 'plan')
    return createElement(PlanDocument, { snapshot, options }) as unknown as ReactElement<DocumentProps>;
  const props = { snapshot, text: makePlanText(options.lang), today: options.today ?? todayIso() };
  return createElement(
    kind === 'walletCard' ? WalletCards : RoleCards,
    props,
  ) as unknown as ReactElement<DocumentProps>;
}
