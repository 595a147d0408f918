import type { UnitType } from '../model/types';
import type { ChartLayout, LayoutMode } from './types';

export interface WorkerRequest {
  id: number;
  unit: UnitType;
  mode: LayoutMode;
}
export type WorkerResponse =
  { id: number; ok: true; layout: ChartLayout } | { id: number; ok: false; message: string };
