// The workbook open in the shell, handed to each step's page through the router's outlet context.
import { useOutletContext } from 'react-router';
import type { Workbook } from '../domain/workbook';

export type OpenWorkbookContext = { workbook: Workbook };
export const useOpenWorkbook = () => useOutletContext<OpenWorkbookContext>().workbook;
