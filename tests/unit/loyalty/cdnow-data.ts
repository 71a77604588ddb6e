import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared CDNOW data sits beside the repository (CI clones it with shared/ next to it). */
const CDNOW_DIR = path.resolve(process.cwd(), '../shared/data/cdnow');

export interface CdnowCustomer {
  cust: number;
  x: number;
  tx: number;
  T: number;
  xStar: number;
  mx: number;
}

/** derived_cdnow_cbs_calibration_holdout.csv: 2,357 customers, 39-week calibration and hold-out, in weeks. */
export function readCdnowCalibrationHoldout(): CdnowCustomer[] {
  const text = readFileSync(path.join(CDNOW_DIR, 'derived_cdnow_cbs_calibration_holdout.csv'), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const column = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`column ${name} missing from the CDNOW file`);
    return index;
  };
  const [cust, x, tx, T, xStar, mx] = ['cust', 'x', 't_x', 'T_cal', 'x_star', 'm_x'].map(column) as number[];
  return lines.map((line) => {
    const cells = line.split(',').map(Number);
    return { cust: cells[cust!]!, x: cells[x!]!, tx: cells[tx!]!, T: cells[T!]!, xStar: cells[xStar!]!, mx: cells[mx!]! };
  });
}
