/**
 * Which unit type and position a question is about: from the reader's picks, else from the words
 * that name a unit type and a position; where the words fit several equally, the ask card that
 * offers them.
 */
import { positionChoiceLabel, pickablePositions } from '../../../model/myPosition';
import type { Position, Region, UnitType } from '../../../model/types';
import type { Frame } from '../parse';
import { bestPositions, matchPositions, matchUnits, type PositionMatch } from '../subject';
import type { AskCard, Picks } from './card';

/** Which unit type and position the question is about, or what to ask. */
export function subject(
  region: Region,
  frame: Frame,
  picks: Picks,
  needPosition: boolean,
): { unit?: UnitType; position?: Position; ask?: AskCard } {
  const pickedUnit = picks.unit ? region.unitTypes.find((u) => u.id === picks.unit) : undefined;
  const matches = pickedUnit
    ? [{ unit: pickedUnit, score: Infinity, consumed: [] as string[] }]
    : matchUnits(region, frame.rest);
  const bestScore = matches[0]?.score ?? 0;
  const top = matches.filter((m) => m.score >= bestScore - 0.01);
  const consumed = new Set(top.flatMap((m) => m.consumed));
  const left = frame.rest.filter((w) => !consumed.has(w));
  // "Camat" names both the unit type and its head: with nothing else said, it is the position too.
  const bare = left.length === 0 && frame.categories.length === 0 && frame.jenjang.length === 0;
  const hint = {
    words: bare ? frame.rest : left,
    categories: frame.categories,
    jenjang: frame.jenjang,
  };
  const askUnit = (units: UnitType[]): AskCard => ({
    kind: 'ask',
    intent: frame.intent,
    what: 'unit',
    options: units.map((u) => ({
      label: u.name,
      ...(u.group ? { detail: u.group } : {}),
      pick: { ...picks, unit: u.id },
    })),
  });
  if (!needPosition) return top.length === 1 ? { unit: top[0]!.unit } : {};

  const askPosition = (unit: UnitType, among: Position[], unmatched = false): AskCard => ({
    kind: 'ask',
    intent: frame.intent,
    what: 'position',
    ...(unmatched ? { unmatched } : {}),
    options: among.map((p) => {
      const label = positionChoiceLabel(unit, p);
      return {
        label: label.name,
        ...(label.under ? { detail: label.under } : {}),
        pick: { ...picks, unit: unit.id, position: p.id },
      };
    }),
  });
  const pickedPosition = (unit: UnitType) =>
    picks.position ? unit.positions.find((p) => p.id === picks.position) : undefined;

  const fits = (unit: UnitType) => {
    const own = pickedPosition(unit);
    if (own) return [{ position: own, score: Infinity, fit: Infinity }];
    return matchPositions(unit, hint);
  };
  // Words that named the unit type break a tie between positions ("kepala biro").
  const unitWords = bare ? [] : frame.rest.filter((w) => consumed.has(w));
  const bestOf = (unit: UnitType, found: PositionMatch[]) => bestPositions(unit, found, unitWords);

  if (top.length === 1) {
    const unit = top[0]!.unit;
    const found = bestOf(unit, fits(unit));
    if (found.length === 1) return { unit, position: found[0]!.position };
    return {
      unit,
      ask: askPosition(unit, found.length > 1 ? found.map((f) => f.position) : pickablePositions(unit)),
    };
  }
  // No unit named (or several equally): the unit types where the position fits best.
  const pool = top.length > 0 ? top.map((t) => t.unit) : region.unitTypes;
  const scored = pool
    .map((unit) => ({ unit, found: fits(unit) }))
    .filter((s) => s.found.length > 0)
    .map((s) => ({ ...s, score: s.found[0]!.score }));
  const high = Math.max(...scored.map((s) => s.score), -Infinity);
  const best = scored.filter((s) => s.score >= high - 0.01);
  if (best.length === 1 && scored.length > 0) {
    const only = best[0]!;
    const found = bestOf(only.unit, only.found);
    if (found.length === 1) return { unit: only.unit, position: found[0]!.position };
    return {
      unit: only.unit,
      ask: askPosition(
        only.unit,
        found.map((f) => f.position),
      ),
    };
  }
  return { ask: askUnit(best.length > 0 ? best.map((b) => b.unit) : pool) };
}
