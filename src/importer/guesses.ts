import type { MessageData } from '../core/diagnostic.js';

/** One thing the importer assumed, at the cell it read it from (1-based), for the clerk to check. */
export interface Guess {
  severity: 'info' | 'warning';
  messageId: string;
  data: MessageData;
  sheet: string;
  row: number;
  column: number;
}

/** The import report as it grows: every guess, in the order the cells were read. */
export class Guesses {
  readonly list: Guess[] = [];

  add(sheet: string, at: { row: number; column: number }, messageId: string, data: MessageData = {}, severity: Guess['severity'] = 'info'): void {
    this.list.push({ severity, messageId, data, sheet, row: at.row, column: at.column });
  }

  warn(sheet: string, at: { row: number; column: number }, messageId: string, data: MessageData = {}): void {
    this.add(sheet, at, messageId, data, 'warning');
  }
}
