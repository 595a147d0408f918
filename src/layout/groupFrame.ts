/**
 * An expanded kelompok: a frame with the group's title on top and its members stacked in one
 * column below (a row of members is what made charts too wide to read). Lines to a member come in
 * through lanes in the frame's left gutter, beside the title and never through it, and turn into
 * the member's left side.
 */
import { fixedBox, placeText, sizeBox, type BoxContent, type SizedBox } from './box';
import { BOX, GROUP } from './measure';
import type { BoxText } from './types';

/** Lanes: the first 8 px inside the frame, 8 px apart; the last ends 18 px before the members. */
export const LANE = { first: 8, step: 8, toMember: 18 } as const;

export interface MemberPlace extends SizedBox {
  id: string;
  /** Offsets from the group's top-left corner. */
  x: number;
  y: number;
}
export interface GroupFrame {
  width: number;
  height: number;
  titleHeight: number;
  text: BoxText;
  members: MemberPlace[];
  /** x of each lane from the group's left edge. */
  laneX: number[];
  /** Where members (and the title) start. */
  inset: number;
}

export function laneX(i: number): number {
  return LANE.first + i * LANE.step;
}

/**
 * @param lanes how many lanes the gutter needs (0: no gutter, the usual padding).
 * @param memberWidth members' width; default: the widest member's natural width.
 */
export function groupFrame(
  content: BoxContent,
  members: readonly { id: string; content: BoxContent }[],
  lanes: number,
  memberWidth?: number,
): GroupFrame {
  const natural = members.map((m) => sizeBox(m.content));
  const width0 = memberWidth ?? Math.max(BOX.minWidth, ...natural.map((s) => s.width));
  const inset = lanes > 0 ? laneX(lanes - 1) + LANE.toMember : GROUP.padX;
  const width = inset + width0 + GROUP.padX;
  const title = placeText(content, inset, width - inset - GROUP.padX);
  const titleHeight = title.height - BOX.padBottom + GROUP.titleGap;
  let y = titleHeight;
  const placed: MemberPlace[] = members.map((m) => {
    const box = fixedBox(m.content, width0);
    const out = { id: m.id, x: inset, y, ...box };
    y += box.height + GROUP.memberGap;
    return out;
  });
  const height = (placed.length > 0 ? y - GROUP.memberGap : titleHeight) + GROUP.padBottom;
  return {
    width,
    height,
    titleHeight,
    text: title.text,
    members: placed,
    laneX: Array.from({ length: lanes }, (_, i) => laneX(i)),
    inset,
  };
}
